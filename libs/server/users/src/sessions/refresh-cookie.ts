import { REFRESH_COOKIE, REFRESH_COOKIE_PATH } from '@accord/contracts';
import type { Response } from 'express';

/**
 * The refresh token lives where page scripts cannot read it (HttpOnly), goes only to the sign-in routes
 * (its path), never with a request another site starts (SameSite=Strict), and only over HTTPS when the
 * request came that way (behind a proxy, TRUST_PROXY makes `secure` say so).
 */
export function setRefreshCookie(response: Response, token: string, lifetimeMs: number): void {
  response.cookie(REFRESH_COOKIE, token, {
    httpOnly: true,
    sameSite: 'strict',
    secure: response.req.secure,
    path: REFRESH_COOKIE_PATH,
    maxAge: Math.max(0, lifetimeMs),
  });
}

export function clearRefreshCookie(response: Response): void {
  response.clearCookie(REFRESH_COOKIE, {
    httpOnly: true,
    sameSite: 'strict',
    secure: response.req.secure,
    path: REFRESH_COOKIE_PATH,
  });
}

export function refreshCookieOf(request: { cookies?: Record<string, unknown> }): string | undefined {
  const value = request.cookies?.[REFRESH_COOKIE];
  return typeof value === 'string' && value.length > 0 && value.length <= 100 ? value : undefined;
}
