import type { Role } from '@accord/contracts';

/** Who is calling: loaded fresh from the database on every request so disabling a user takes effect at once. */
export interface Principal {
  id: string;
  email: string;
  role: Role;
  teamId: string | null;
  tokenVersion: number;
  /** The signed-in session the request's token belongs to. */
  sessionId: string;
  /** An admin set the password; only choosing one's own is allowed until then. */
  mustChangePassword: boolean;
  /** The role needs a second factor and none is enrolled; only enrolling is allowed until then. */
  mustEnrolSecondFactor: boolean;
}

export interface TokenClaims {
  sub: string;
  tv: number;
  /** The session (a row the person sees and may end); a token of an ended session stops working at once. */
  sid: string;
}

export type LoadedPrincipal = Principal & { active: boolean; sessionOpen: boolean };

export interface PrincipalLoader {
  load(userId: string, sessionId: string): Promise<LoadedPrincipal | null>;
}

/** Provided by the users feature, so core never imports a feature. */
export const PRINCIPAL_LOADER = Symbol('PRINCIPAL_LOADER');

export interface RequestContext {
  ip: string | null;
  requestId: string | null;
  /** What the browser says it is (kept with a session to name its device), cut to 512 characters. */
  userAgent?: string | null;
}
