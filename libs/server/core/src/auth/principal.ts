import type { Role } from '@accord/contracts';

/** Who is calling: loaded fresh from the database on every request so disabling a user takes effect at once. */
export interface Principal {
  id: string;
  email: string;
  role: Role;
  teamId: string | null;
  tokenVersion: number;
  /** An admin set the password; only choosing one's own is allowed until then. */
  mustChangePassword: boolean;
  /** The role needs a second factor and none is enrolled; only enrolling is allowed until then. */
  mustEnrolSecondFactor: boolean;
}

export interface TokenClaims {
  sub: string;
  tv: number;
}

export interface PrincipalLoader {
  load(userId: string): Promise<(Principal & { active: boolean }) | null>;
}

/** Provided by the users feature, so core never imports a feature. */
export const PRINCIPAL_LOADER = Symbol('PRINCIPAL_LOADER');

export interface RequestContext {
  ip: string | null;
  requestId: string | null;
}
