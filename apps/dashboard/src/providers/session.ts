import { CSRF_HEADER, type SignInResult, type UserView } from '@accord/contracts';

export interface Session {
  accessToken: string;
  /** Epoch milliseconds after which the API will refuse the token anyway. */
  expiresAt: number;
  user: UserView;
  /** An admin set the password: the person chooses their own before the app opens. */
  mustChangePassword?: boolean;
  /** The role needs a second factor and none is enrolled: the person enrols before the app opens. */
  mustEnrolSecondFactor?: boolean;
  secondFactorEnrolled?: boolean;
  /** The firm's idle timeout, in milliseconds. */
  idleTimeoutMs: number;
  /** The session's absolute end, epoch milliseconds. */
  sessionEndsAt: number;
}

/**
 * The session lives in this page's memory only: no token sits in storage a script could read. A reload
 * (or another tab) gets its own access token from the refresh cookie, which page scripts cannot read.
 */
let current: Session | null = null;
/** A refresh was refused (no cookie, or its session ended): asking again only repeats the 401. */
let refreshRefused = false;
let lastEndReason: string | null = null;
/**
 * This page had a session and it ended by itself (idle, expired, ended elsewhere): the page stays as it is,
 * unsaved input and all, under a dialog asking to sign in again.
 */
let interrupted = false;
const listeners = new Set<() => void>();

function changed(): void {
  for (const listener of listeners) listener();
}

export function subscribeSession(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function readSession(): Session | null {
  return current;
}

export function isInterrupted(): boolean {
  return interrupted;
}

/** A request was refused as unauthenticated while the page thought it was signed in. */
export function markInterrupted(reason: string | null = null): void {
  if (interrupted || !current) return;
  interrupted = true;
  lastEndReason ??= reason;
  // Who it was stays (the menu, the permissions and the page go on showing); the token is gone.
  current = { ...current, accessToken: '', expiresAt: 0 };
  changed();
}

/** Why the last refresh was refused (`idle`, `expired`, `reused`, …), for the words the person sees. */
export function sessionEndReason(): string | null {
  return lastEndReason;
}

export function writeSession(result: SignInResult, now = Date.now()): Session {
  current = {
    accessToken: result.accessToken,
    expiresAt: now + result.expiresIn * 1000,
    user: result.user,
    mustChangePassword: result.mustChangePassword,
    mustEnrolSecondFactor: result.mustEnrolSecondFactor,
    secondFactorEnrolled: result.secondFactorEnrolled,
    idleTimeoutMs: result.idleTimeoutSeconds * 1000,
    sessionEndsAt: Date.parse(result.sessionExpiresAt),
  };
  refreshRefused = false;
  lastEndReason = null;
  interrupted = false;
  noteActivity(now, true);
  changed();
  return current;
}

/** Signing out: nothing to come back to. */
export function clearSession(): void {
  current = null;
  interrupted = false;
  refreshRefused = true;
  changed();
}

export function isExpired(session: Session, now = Date.now()): boolean {
  return session.expiresAt <= now;
}

/** What changed for this session without a new sign-in (a second factor enrolled from the settings). */
export function updateSession(
  changes: Partial<Pick<Session, 'mustEnrolSecondFactor' | 'secondFactorEnrolled'>>,
): void {
  if (!current) return;
  current = { ...current, ...changes };
  changed();
}

/**
 * The last time the person touched any tab of the dashboard: kept in localStorage (an instant, nothing
 * secret) so a tab left in the background does not report its person idle while they work in another.
 */
const ACTIVITY_KEY = 'accord.lastActivity';
let lastActivity = Date.now();

export function noteActivity(now = Date.now(), force = false): void {
  // Writing storage on every mouse move is wasteful; a few seconds' precision is plenty for minutes.
  if (!force && now - lastActivity < 5_000) return;
  lastActivity = now;
  try {
    localStorage.setItem(ACTIVITY_KEY, String(now));
  } catch {
    // Storage refused (private mode, full): this tab's own activity still counts.
  }
}

export function lastActivityAt(): number {
  const shared = Number(globalThis.localStorage?.getItem(ACTIVITY_KEY));
  return Number.isFinite(shared) ? Math.max(shared, lastActivity) : lastActivity;
}

let inFlight: Promise<Session | null> | null = null;

/**
 * A new access token through the refresh cookie. Each refresh token works once and the cookie is shared
 * by every tab, so refreshes are serialised across tabs (Web Locks) and within this one (one at a time).
 */
export function refreshSession(): Promise<Session | null> {
  inFlight ??= withRefreshLock(requestRefresh).finally(() => {
    inFlight = null;
  });
  return inFlight;
}

/** The signed-in session, from memory or, on a fresh page, from the refresh cookie. */
export async function ensureSession(): Promise<Session | null> {
  if (current) return current;
  if (refreshRefused) return null;
  return refreshSession();
}

/** A token good for the next few seconds, refreshing it first when it is about to end. */
export async function freshAccessToken(now = Date.now()): Promise<string | undefined> {
  const session = current;
  if (!session || interrupted) return undefined;
  if (session.expiresAt - now > 15_000) return session.accessToken;
  return (await refreshSession())?.accessToken;
}

async function requestRefresh(): Promise<Session | null> {
  const idleSeconds = Math.max(0, Math.floor((Date.now() - lastActivityAt()) / 1000));
  let response: Response;
  try {
    response = await fetch('/api/auth/refresh', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json', [CSRF_HEADER]: '1' },
      body: JSON.stringify({ idleSeconds }),
    });
  } catch {
    // The network, not the session: keep what we have; the next request tries again.
    return current;
  }
  if (response.ok) return writeSession((await response.json()) as SignInResult);
  if (response.status === 401) {
    const body = (await response.json().catch(() => null)) as { details?: { reason?: string } } | null;
    const reason = body?.details?.reason ?? 'unknown';
    if (current) {
      lastEndReason = null;
      markInterrupted(reason);
    } else {
      lastEndReason = reason;
      refreshRefused = true;
    }
    return null;
  }
  return current;
}

async function withRefreshLock<T>(task: () => Promise<T>): Promise<T> {
  const locks = globalThis.navigator?.locks;
  if (!locks) return task();
  return locks.request('accord.refresh', task) as Promise<T>;
}
