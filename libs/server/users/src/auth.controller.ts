import {
  ANY_SIGNED_IN,
  CurrentUser,
  Public,
  RequestInfo,
  Roles,
  type Principal,
  type RequestContext,
  AccountSetup,
  ForbiddenError,
} from '@accord/server-core';
import { CSRF_HEADER, ErrorCode } from '@accord/contracts';
import { Body, Controller, Get, Headers, HttpCode, Post, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { AuthService, type SignedIn } from './auth.service';
import { ChangePasswordDto } from './dto/change-password.dto';
import { SignInDto } from './dto/sign-in.dto';
import { clearRefreshCookie, refreshCookieOf, setRefreshCookie } from './sessions/refresh-cookie';
import { RefreshSessionDto } from './sessions/refresh.dto';
import { SessionEndedError } from './sessions/session-ended.error';
import { SignInResult } from './views/sign-in-result.view';
import { UserView } from './views/user.view';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  /**
   * Signs in with e-mail and password (and the second factor's code once enrolled): a short-lived bearer
   * token and who the person is, and the session's refresh token in an HttpOnly cookie; failures are
   * throttled per account and address.
   */
  @Post('login')
  @Public()
  @HttpCode(200)
  async login(
    @Body() dto: SignInDto,
    @RequestInfo() context: RequestContext,
    @Res({ passthrough: true }) response: Response,
  ): Promise<SignInResult> {
    const signedIn = await this.auth.signIn(dto.email, dto.password, context, {
      code: dto.code,
      recoveryCode: dto.recoveryCode,
    });
    return withCookie(response, signedIn);
  }

  /**
   * A new access token for the session in the refresh cookie, which is replaced (each refresh token works
   * once; using one twice ends the session). Needs the X-Accord-CSRF header (403 CSRF_HEADER_MISSING);
   * 401 SESSION_ENDED with details.reason (idle, expired, reused, signed_out, …) clears the cookie.
   */
  @Post('refresh')
  @Public()
  @HttpCode(200)
  @ApiHeader({ name: CSRF_HEADER, required: true, description: 'any non-empty value, e.g. 1' })
  async refresh(
    @Body() dto: RefreshSessionDto,
    @Headers(CSRF_HEADER.toLowerCase()) csrf: string | undefined,
    @Req() request: Request,
    @RequestInfo() context: RequestContext,
    @Res({ passthrough: true }) response: Response,
  ): Promise<SignInResult> {
    // The cookie is sent with any request to this path from this site; a header is not, unless a page
    // of this origin (or one CORS allows) set it.
    if (!csrf) throw new ForbiddenError('Refresh from the dashboard', ErrorCode.CsrfHeaderMissing);
    try {
      return withCookie(
        response,
        await this.auth.refresh(refreshCookieOf(request), dto.idleSeconds ?? 0, context),
      );
    } catch (error) {
      if (error instanceof SessionEndedError) clearRefreshCookie(response);
      throw error;
    }
  }

  /** Who is signed in: id, name, role, team and what they may open. */
  @Get('me')
  @Roles(...ANY_SIGNED_IN)
  @AccountSetup()
  @ApiBearerAuth()
  me(@CurrentUser() principal: Principal): Promise<UserView> {
    return this.auth.me(principal);
  }

  /** Ends the caller's session (its tokens stop working, the refresh cookie is cleared); other devices stay signed in. */
  @Post('logout')
  @Roles(...ANY_SIGNED_IN)
  @AccountSetup()
  @ApiBearerAuth()
  @HttpCode(204)
  async logout(
    @CurrentUser() principal: Principal,
    @RequestInfo() context: RequestContext,
    @Res({ passthrough: true }) response: Response,
  ): Promise<void> {
    await this.auth.signOut(principal, context);
    clearRefreshCookie(response);
  }

  /**
   * Chooses one's own password, given the one in use: 422 CURRENT_PASSWORD_WRONG (throttled like
   * sign-ins) or PASSWORD_REJECTED with the rules it breaks; every other session of the person ends.
   */
  @Post('password')
  @Roles(...ANY_SIGNED_IN)
  @AccountSetup()
  @HttpCode(200)
  changePassword(
    @CurrentUser() principal: Principal,
    @Body() dto: ChangePasswordDto,
    @RequestInfo() context: RequestContext,
  ): Promise<SignInResult> {
    return this.auth.changePassword(principal, dto, context);
  }
}

function withCookie(response: Response, signedIn: SignedIn): SignInResult {
  setRefreshCookie(response, signedIn.refreshToken, signedIn.cookieLifetimeMs);
  return signedIn.result;
}
