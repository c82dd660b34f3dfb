import type * as contracts from '@accord/contracts';

/** The firm's rules for signing in. */
export class SecuritySettingsView implements contracts.SecuritySettingsView {
  /**
   * A session not used for this long ends; the dashboard warns a minute before.
   * @example 30
   */
  idleTimeoutMinutes!: number;
  /**
   * A session ends this long after its sign-in, however busy.
   * @example 12
   */
  absoluteLifetimeHours!: number;
  /** Officers need a second factor too (managers and admins always do). */
  secondFactorForOfficers!: boolean;
  /** @example "2026-12-07T09:30:00.000Z" */
  updatedAt!: string;
  /** @example 1 */
  version!: number;
}
