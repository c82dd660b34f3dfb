import { ErrorCode } from '@accord/contracts';
import { CanActivate, ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { JwtService } from '@nestjs/jwt';
import type { Request } from 'express';
import { ForbiddenError, UnauthenticatedError } from '../errors/app-error';
import { ACCESS_KEY, ACCOUNT_SETUP_KEY, type AccessRule } from './access.decorators';
import { PRINCIPAL_LOADER, type Principal, type PrincipalLoader, type TokenClaims } from './principal';

export type AuthenticatedRequest = Request & { principal?: Principal };

/** The longest session the configuration allows (JWT_TTL_SECONDS is at most a day). */
const LONGEST_SESSION_SECONDS = 24 * 3600;

/** Issued at a known time, and ending no later than any session this server hands out. */
export function hasBoundedLifetime(claims: object): boolean {
  const { iat, exp } = claims as { iat?: unknown; exp?: unknown };
  return (
    typeof iat === 'number' && typeof exp === 'number' && exp > iat && exp - iat <= LONGEST_SESSION_SECONDS
  );
}

export function isUuid(value: unknown): value is string {
  return (
    typeof value === 'string' && /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(value)
  );
}

/** Global guard: deny by default, verify the bearer token, reload the user, check the role. */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly jwt: JwtService,
    @Inject(PRINCIPAL_LOADER) private readonly principals: PrincipalLoader,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const rule = this.reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_KEY, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (!rule) throw new ForbiddenError('This route declares no access rule');
    if (rule.kind === 'public') return true;

    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const principal = await this.authenticate(request);
    request.principal = principal;
    if (!rule.roles.includes(principal.role)) throw new ForbiddenError();
    if ((principal.mustChangePassword || principal.mustEnrolSecondFactor) && !this.isAccountSetup(context))
      throw principal.mustChangePassword
        ? new ForbiddenError('Choose your own password first', ErrorCode.PasswordChangeRequired)
        : new ForbiddenError('Set up your second factor first', ErrorCode.SecondFactorEnrolmentRequired);
    return true;
  }

  private isAccountSetup(context: ExecutionContext): boolean {
    return (
      this.reflector.getAllAndOverride<boolean | undefined>(ACCOUNT_SETUP_KEY, [
        context.getHandler(),
        context.getClass(),
      ]) === true
    );
  }

  private async authenticate(request: Request): Promise<Principal> {
    const header = request.headers.authorization ?? '';
    const [scheme, token] = header.split(' ');
    if (scheme !== 'Bearer' || !token)
      throw new UnauthenticatedError(undefined, undefined, { reason: 'missing_token' });
    let claims: TokenClaims;
    try {
      claims = await this.jwt.verifyAsync<TokenClaims>(token, { algorithms: ['HS256'] });
    } catch (error) {
      throw new UnauthenticatedError(ErrorCode.Unauthenticated, 'Your session is invalid or has expired', {
        reason: (error as Error)?.name === 'TokenExpiredError' ? 'expired_token' : 'invalid_token',
      });
    }
    // jsonwebtoken takes a token without `exp` as valid forever; every session of ours ends.
    if (!hasBoundedLifetime(claims))
      throw new UnauthenticatedError(ErrorCode.Unauthenticated, 'Your session is invalid or has expired', {
        reason: 'invalid_token',
      });
    // A token minted for something else (the queue board's session) is not a sign-in.
    if (!isUuid(claims.sub) || !isUuid(claims.sid) || 'aud' in claims)
      throw new UnauthenticatedError(undefined, undefined, { reason: 'invalid_token' });
    const user = await this.principals.load(claims.sub, claims.sid);
    if (!user || !user.active || user.tokenVersion !== claims.tv || !user.sessionOpen) {
      throw new UnauthenticatedError(ErrorCode.TokenRevoked, 'Your session has ended; sign in again', {
        reason: !user
          ? 'unknown_user'
          : !user.active
            ? 'disabled_user'
            : user.tokenVersion !== claims.tv
              ? 'revoked_token'
              : 'ended_session',
        ...(user ? { actorId: user.id } : {}),
      });
    }
    return {
      id: user.id,
      email: user.email,
      role: user.role,
      teamId: user.teamId,
      tokenVersion: user.tokenVersion,
      sessionId: claims.sid,
      mustChangePassword: user.mustChangePassword,
      mustEnrolSecondFactor: user.mustEnrolSecondFactor,
    };
  }
}
