import type * as contracts from '@accord/contracts';
import { UserView } from './user.view';

/**
 * A successful sign-in or refresh: the token to send with every request, who it is for, and when the
 * session ends. The session's refresh token is not here: it is in the HttpOnly cookie set with the answer.
 */
export class SignInResult implements contracts.SignInResult {
  /**
   * A bearer token (a signed JWT) to send as `Authorization: Bearer <accessToken>`. It stops working after
   * `expiresIn` seconds (refresh before: POST /api/auth/refresh), when its session ends (signed out,
   * ended from the session list), or when an admin disables the user or changes their role or password.
   * Keep it out of logs, URLs and storage a page script can read.
   */
  accessToken!: string;
  /**
   * Seconds the token is valid from now.
   * @example 300
   */
  expiresIn!: number;
  user!: UserView;
  /**
   * An admin set or reset this password: until the person chooses their own (POST /api/auth/password),
   * every other route answers 403 PASSWORD_CHANGE_REQUIRED.
   */
  mustChangePassword!: boolean;
  /**
   * The role needs a second factor (managers, admins; officers where the firm says so) and none is
   * enrolled: until it is (POST /api/auth/second-factor/enrolment…), every other route answers 403
   * SECOND_FACTOR_ENROLMENT_REQUIRED.
   */
  mustEnrolSecondFactor!: boolean;
  secondFactorEnrolled!: boolean;
  /**
   * The firm's idle timeout: a session whose person has not touched the dashboard for this long ends at its
   * next refresh; the dashboard warns a minute before.
   * @example 1800
   */
  idleTimeoutSeconds!: number;
  /**
   * The session's absolute end (sign-in plus the firm's lifetime), however busy.
   * @example "2026-12-07T13:30:00.000Z"
   */
  sessionExpiresAt!: string;
}
