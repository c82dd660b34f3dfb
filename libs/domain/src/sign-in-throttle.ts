/**
 * Sign-in throttling: repeated failures for one account or from one address within a sliding window
 * block further attempts until the oldest counted failure leaves the window. There is never a permanent
 * lockout, so an attacker cannot lock a real officer out for good by guessing at their e-mail.
 */
export interface SignInThrottleLimits {
  windowSeconds: number;
  maxFailuresPerAccount: number;
  maxFailuresPerAddress: number;
}

export interface FailureHistory {
  /** Instants (ms since epoch) of failures for this account inside the window, any order. */
  account: readonly number[];
  /** Instants (ms since epoch) of failures from this address inside the window, any order. */
  address: readonly number[];
}

export type ThrottleDecision = { blocked: false } | { blocked: true; retryAfterSeconds: number };

export const DEFAULT_SIGN_IN_LIMITS: SignInThrottleLimits = {
  windowSeconds: 15 * 60,
  maxFailuresPerAccount: 5,
  maxFailuresPerAddress: 20,
};

function waitFor(failures: readonly number[], max: number, now: number, windowMs: number): number {
  const recent = failures.filter((at) => at > now - windowMs && at <= now).sort((a, b) => b - a);
  if (recent.length < max) return 0;
  // The attempt is allowed again once only max - 1 failures remain in the window.
  const unlocking = recent[max - 1];
  return Math.max(1, Math.ceil((unlocking + windowMs - now) / 1000));
}

export function decideSignInThrottle(
  history: FailureHistory,
  now: number,
  limits: SignInThrottleLimits = DEFAULT_SIGN_IN_LIMITS,
): ThrottleDecision {
  const windowMs = limits.windowSeconds * 1000;
  const wait = Math.max(
    waitFor(history.account, limits.maxFailuresPerAccount, now, windowMs),
    waitFor(history.address, limits.maxFailuresPerAddress, now, windowMs),
  );
  return wait > 0 ? { blocked: true, retryAfterSeconds: wait } : { blocked: false };
}
