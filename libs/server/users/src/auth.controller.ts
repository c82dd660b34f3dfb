import {
  ANY_SIGNED_IN,
  CurrentUser,
  Public,
  RequestInfo,
  Roles,
  type Principal,
  type RequestContext,
} from '@accord/server-core';
import { Body, Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { AuthService } from './auth.service';
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
    return this.auth.signIn(dto.email, dto.password, context);
  }

  /** Who is signed in: id, name, role, team and what they may open. */
  @Get('me')
  @Roles(...ANY_SIGNED_IN)
  @ApiBearerAuth()
  me(@CurrentUser() principal: Principal): Promise<UserView> {
    return this.auth.me(principal);
  }

  /** Ends every session of the caller: all their tokens stop working. */
  @Post('logout')
  @Roles(...ANY_SIGNED_IN)
  @ApiBearerAuth()
  @HttpCode(204)
  logout(@CurrentUser() principal: Principal, @RequestInfo() context: RequestContext): Promise<void> {
    return this.auth.signOut(principal, context);
  }
}
