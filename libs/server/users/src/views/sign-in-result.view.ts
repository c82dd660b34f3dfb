import type * as contracts from '@accord/contracts';
import { UserView } from './user.view';

/** A successful sign-in: the token to send with every request, and who it is for. */
export class SignInResult implements contracts.SignInResult {
  /**
   * A bearer token (a signed JWT) to send as `Authorization: Bearer <accessToken>`. It stops working after
   * `expiresIn` seconds, when the user signs out, or when an admin disables them or changes their role or
   * password. Keep it out of logs and URLs.
   */
  accessToken!: string;
  /**
   * Seconds the token is valid from now.
   * @example 3600
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
}
