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
}

export interface ListResult<T> {
  data: T[];
  total: number;
}
