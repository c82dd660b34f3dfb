import type { Locale } from './locales';
import type { Role } from './roles';

export interface UserView {
  id: string;
  email: string;
  fullName: string;
  role: Role;
  teamId: string | null;
  active: boolean;
  locale: Locale;
  lastSignInAt: string | null;
  createdAt: string;
  updatedAt: string;
  version: number;
}

export interface TeamView {
  id: string;
  name: string;
  managerId: string | null;
  memberCount: number;
  createdAt: string;
  updatedAt: string;
  version: number;
}

export interface SignInResult {
  accessToken: string;
  expiresIn: number;
  user: UserView;
  /** An admin set this password: nothing but choosing one's own is allowed until then. */
  mustChangePassword: boolean;
  /** The role needs a second factor and none is enrolled: nothing but enrolling is allowed until then. */
  mustEnrolSecondFactor: boolean;
  /** Whether a second factor is enrolled (an exempt account without one is warned). */
  secondFactorEnrolled: boolean;
  /** The firm's idle timeout: a session not refreshed for this long ends. */
  idleTimeoutSeconds: number;
  /** When the session ends whatever happens (its absolute lifetime), as an instant. */
  sessionExpiresAt: string;
}

/**
 * The refresh token travels only in this HttpOnly cookie, scoped to the sign-in routes; a refresh must
 * also carry the header below, which a page of another site cannot set without CORS allowing it.
 */
export const REFRESH_COOKIE = 'accord_refresh';
export const REFRESH_COOKIE_PATH = '/api/auth';
export const CSRF_HEADER = 'X-Accord-CSRF';

/** Why a session ended; `idle`, `expired` and `reused` end it without anyone asking. */
export const SESSION_END_REASONS = [
  'signed_out',
  'ended_by_user',
  'ended_by_admin',
  'password_changed',
  'idle',
  'expired',
  'reused',
  'revoked',
] as const;
export type SessionEndReason = (typeof SESSION_END_REASONS)[number];

/** One signed-in device of a person. */
export interface SessionView {
  id: string;
  /** The browser and system the session signed in from, as its user agent says (e.g. "Chrome 131 on Windows"). */
  device: string;
  /** The network address of the sign-in or the latest refresh. */
  ipAddress: string | null;
  createdAt: string;
  lastSeenAt: string;
  expiresAt: string;
  /** The session this request is made with. */
  current: boolean;
}

/** The firm's rules for signing in, kept by admins. */
export interface SecuritySettingsView {
  idleTimeoutMinutes: number;
  absoluteLifetimeHours: number;
  secondFactorForOfficers: boolean;
  updatedAt: string;
  version: number;
}

export interface ListResult<T> {
  data: T[];
  total: number;
}
