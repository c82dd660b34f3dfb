import type * as contracts from '@accord/contracts';
import type { Locale, Role } from '@accord/contracts';

/** A user as the API shows them: never their password or session counter. */
export class UserView implements contracts.UserView {
  /** @example "3f2a9c4e-8b1d-4e6f-a0c2-5d7e9f1b3a64" */
  id!: string;
  /** @example "officer@accord.test" */
  email!: string;
  fullName!: string;
  role!: Role;
  /** Null for a user in no team (admins, usually). */
  teamId!: string | null;
  /** A user who is not active cannot sign in. */
  active!: boolean;
  /** The language of the dashboard and of what is sent to them. */
  locale!: Locale;
  /**
   * Null until they first sign in.
   * @example "2025-06-02T01:15:00.000Z"
   */
  lastSignInAt!: string | null;
  /** @example "2025-01-06T02:00:00.000Z" */
  createdAt!: string;
  /** @example "2025-06-02T01:15:00.000Z" */
  updatedAt!: string;
  /** Send it back with a change: a stale one answers 409. */
  version!: number;
}

/** One page of users and how many match in all. */
export class UserPage implements contracts.ListResult<UserView> {
  data!: UserView[];
  total!: number;
}
