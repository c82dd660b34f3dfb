import type * as contracts from '@accord/contracts';

/** One signed-in device of a person. */
export class SessionView implements contracts.SessionView {
  /** @example "8b0e6a4e-3f0e-4f7a-9a53-6f1c2d9f4b11" */
  id!: string;
  /**
   * The browser and system the session signed in from, as its user agent says.
   * @example "Chrome 131 · Windows"
   */
  device!: string;
  /**
   * The network address of the sign-in or of the latest refresh.
   * @example "203.0.113.24"
   */
  ipAddress!: string | null;
  /** @example "2026-12-07T01:30:00.000Z" */
  createdAt!: string;
  /** The latest sign-in or refresh. @example "2026-12-07T02:10:00.000Z" */
  lastSeenAt!: string;
  /** The absolute end of the session. @example "2026-12-07T13:30:00.000Z" */
  expiresAt!: string;
  /** The session this request is made with. */
  current!: boolean;
}
