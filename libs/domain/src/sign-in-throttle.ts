/**
 * Sign-in throttling. Failures count for a window, per e-mail and address together (the "pair"), per
 * e-mail from anywhere, and per address for any e-mail:
 * - a pair that failed waits before its next try, twice as long after each further failure;
 * - once an e-mail has too many failures, only addresses that have not failed for it may still try, so
 *   guessing from a few addresses cannot lock the real officer out, who signs in from their own;
 * - an address with too many failures for any e-mails waits until some of them leave the window.
 * Nothing outlasts the window, so nobody is ever locked out for good. An e-mail with no account is
 * counted the same way as one with an account, so the answers do not tell which e-mails exist.
 */
export interface SignInThrottleLimits {
  windowSeconds: number;
  maxFailuresPerAccount: number;
  maxFailuresPerAddress: number;
  /** The wait after a pair's first failure; it doubles with each further one, up to the window. */
  firstDelaySeconds: number;
}

/** Instants (ms since epoch) of failures inside the window, any order; attempts still in hand count. */
export interface FailureHistory {
  /** This e-mail from this address. */
  pair: readonly number[];
  /** This e-mail from any address. */
  account: readonly number[];
  /** This address for any e-mail. */
  address: readonly number[];
}

export type ThrottleDecision = { blocked: false } | { blocked: true; retryAfterSeconds: number };

export const DEFAULT_SIGN_IN_LIMITS: SignInThrottleLimits = {
  windowSeconds: 15 * 60,
  maxFailuresPerAccount: 5,
  maxFailuresPerAddress: 20,
  firstDelaySeconds: 1,
};

/** The most failures of one pair that can change its wait (2^40 seconds is past any window). */
export const PAIR_FAILURES_THAT_MATTER = 41;

/** Newest first, inside the window; an instant ahead of now (another replica's clock) counts as now. */
function recent(failures: readonly number[], now: number, windowMs: number): number[] {
  return failures
    .map((at) => Math.min(at, now))
    .filter((at) => at > now - windowMs)
    .sort((a, b) => b - a);
}

const seconds = (ms: number) => (ms > 0 ? Math.max(1, Math.ceil(ms / 1000)) : 0);

function untilBelow(failures: readonly number[], max: number, now: number, windowMs: number): number {
  if (failures.length < max) return 0;
  // The attempt is allowed again once only max - 1 failures remain in the window.
  return seconds(failures[max - 1] + windowMs - now);
}

export function pairDelaySeconds(failures: number, limits: SignInThrottleLimits): number {
  if (failures <= 0) return 0;
  const doubled = limits.firstDelaySeconds * 2 ** Math.min(failures - 1, PAIR_FAILURES_THAT_MATTER - 1);
  return Math.min(doubled, limits.windowSeconds);
}

export function decideSignInThrottle(
  history: FailureHistory,
  now: number,
  limits: SignInThrottleLimits = DEFAULT_SIGN_IN_LIMITS,
): ThrottleDecision {
  const windowMs = limits.windowSeconds * 1000;
  const pair = recent(history.pair, now, windowMs);
  const account = recent(history.account, now, windowMs);
  const address = recent(history.address, now, windowMs);
  let wait = untilBelow(address, limits.maxFailuresPerAddress, now, windowMs);
  if (pair.length > 0) {
    wait = Math.max(
      wait,
      seconds(pair[0] + pairDelaySeconds(pair.length, limits) * 1000 - now),
      untilBelow(account, limits.maxFailuresPerAccount, now, windowMs),
    );
  }
  return wait > 0 ? { blocked: true, retryAfterSeconds: wait } : { blocked: false };
}

/**
 * The address failures are counted under: an IPv4 address as it is, an IPv4-mapped IPv6 address as its
 * IPv4 one, and any other IPv6 address by its /64, since one subscriber usually holds a whole /64 and
 * would otherwise have endless fresh addresses to guess from.
 */
export function signInAddressOf(ip: string | null | undefined): string {
  if (!ip) return '';
  const bare = ip.split('%')[0].toLowerCase();
  if (!bare.includes(':')) return bare;
  const groups = ipv6Groups(bare);
  if (!groups) return bare;
  const words = groups.map((g) => parseInt(g, 16));
  if (words.slice(0, 5).every((w) => w === 0) && words[5] === 0xffff) {
    return [words[6] >> 8, words[6] & 0xff, words[7] >> 8, words[7] & 0xff].join('.');
  }
  return `${words
    .slice(0, 4)
    .map((w) => w.toString(16))
    .join(':')}::/64`;
}

/** The eight groups of an IPv6 address, "::" filled in and a trailing dotted IPv4 part as two groups. */
function ipv6Groups(address: string): string[] | null {
  const halves = address.split('::');
  if (halves.length > 2) return null;
  const parts = (half: string): string[] => {
    const groups = half ? half.split(':') : [];
    const last = groups[groups.length - 1];
    if (!last?.includes('.')) return groups;
    const octets = last.split('.').map(Number);
    if (octets.length !== 4 || octets.some((o) => !Number.isInteger(o) || o > 255)) return ['x'];
    const word = (high: number, low: number) => ((high << 8) | low).toString(16);
    return [...groups.slice(0, -1), word(octets[0], octets[1]), word(octets[2], octets[3])];
  };
  const head = parts(halves[0]);
  const tail = halves.length === 2 ? parts(halves[1]) : [];
  const missing = 8 - head.length - tail.length;
  if (halves.length === 1 ? missing !== 0 : missing < 1) return null;
  const groups = [...head, ...Array<string>(halves.length === 2 ? missing : 0).fill('0'), ...tail];
  return groups.every((g) => /^[0-9a-f]{1,4}$/.test(g)) ? groups : null;
}
