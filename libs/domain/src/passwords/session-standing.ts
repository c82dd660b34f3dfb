/** When a session ends by itself: what a refresh knows about it. */
export interface SessionTimes {
  /** The latest activity the session reported (sign-in, or a refresh's "idle for N seconds"). */
  lastActiveAt: Date;
  /** The absolute end: sign-in plus the firm's lifetime, however busy the person is. */
  expiresAt: Date;
}

export type SessionStanding = 'open' | 'idle' | 'expired';

/**
 * A refresh at `now` from a dashboard that says its person has been idle for `reportedIdleMs`. The session
 * is expired from its absolute end on, and idle when either the server heard nothing for the idle timeout
 * (the tab was closed or the computer slept: a later report cannot revive it) or the person has not
 * touched the page for that long. Otherwise it stays open with the activity moved on to what was
 * reported, never back and never past `now`.
 */
export function standingAtRefresh(
  session: SessionTimes,
  now: Date,
  idleTimeoutMs: number,
  reportedIdleMs: number,
): { standing: SessionStanding; lastActiveAt: Date } {
  const known = session.lastActiveAt.getTime();
  const at = now.getTime();
  if (at >= session.expiresAt.getTime()) return { standing: 'expired', lastActiveAt: session.lastActiveAt };
  if (at - known >= idleTimeoutMs || reportedIdleMs >= idleTimeoutMs)
    return { standing: 'idle', lastActiveAt: session.lastActiveAt };
  const reported = at - Math.max(0, reportedIdleMs);
  return { standing: 'open', lastActiveAt: new Date(Math.min(at, Math.max(known, reported))) };
}

/** Still open at `now` without a refresh: what the session list shows and sign-in tidies away. */
export function isSessionOpen(session: SessionTimes, now: Date, idleTimeoutMs: number): boolean {
  const at = now.getTime();
  return at < session.expiresAt.getTime() && at - session.lastActiveAt.getTime() < idleTimeoutMs;
}
