import {
  ANY_SIGNED_IN,
  CurrentUser,
  Public,
  RequestInfo,
  Roles,
  type Principal,
  type RequestContext,
  AccountSetup,
} from '@accord/server-core';
import { Body, Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { AuthService } from './auth.service';
import { ChangePasswordDto } from './dto/change-password.dto';
import { SignInDto } from './dto/sign-in.dto';
import { SignInResult } from './views/sign-in-result.view';
import { UserView } from './views/user.view';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  /** Signs in with e-mail and password: a bearer token and who the person is; failures are throttled per account and address. */
  @Post('login')
  @Public()
  @HttpCode(200)
  login(@Body() dto: SignInDto, @RequestInfo() context: RequestContext): Promise<SignInResult> {
    return this.auth.signIn(dto.email, dto.password, context, {
      code: dto.code,
      recoveryCode: dto.recoveryCode,
    });
  }

  /** Who is signed in: id, name, role, team and what they may open. */
  @Get('me')
  @Roles(...ANY_SIGNED_IN)
  @AccountSetup()
  @ApiBearerAuth()
  me(@CurrentUser() principal: Principal): Promise<UserView> {
    return this.auth.me(principal);
  }

  /** Ends every session of the caller: all their tokens stop working. */
  @Post('logout')
  @Roles(...ANY_SIGNED_IN)
  @AccountSetup()
  @ApiBearerAuth()
  @HttpCode(204)
  logout(@CurrentUser() principal: Principal, @RequestInfo() context: RequestContext): Promise<void> {
    return this.auth.signOut(principal, context);
  }

  /**
   * Chooses one's own password, given the one in use: 422 CURRENT_PASSWORD_WRONG (throttled like
   * sign-ins) or PASSWORD_REJECTED with the rules it breaks; every session ends, and the answer carries
   * this one's new token.
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
