import type { SignInResult, UserView } from '@accord/contracts';

const STORAGE_KEY = 'accord.session';

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
}

export function readSession(): Session | null {
  const raw = localStorage.getItem(STORAGE_KEY);
  if (!raw) return null;
  try {
    const session = JSON.parse(raw) as Session;
    return typeof session.accessToken === 'string' && session.user ? session : null;
  } catch {
    // A corrupt entry (edited by hand, older format) is the same as no session.
    return null;
  }
}

export function writeSession(result: SignInResult, now = Date.now()): Session {
  const session: Session = {
    accessToken: result.accessToken,
    expiresAt: now + result.expiresIn * 1000,
    user: result.user,
    mustChangePassword: result.mustChangePassword,
    mustEnrolSecondFactor: result.mustEnrolSecondFactor,
    secondFactorEnrolled: result.secondFactorEnrolled,
  };
  localStorage.setItem(STORAGE_KEY, JSON.stringify(session));
  return session;
}

export function clearSession(): void {
  localStorage.removeItem(STORAGE_KEY);
}

export function isExpired(session: Session, now = Date.now()): boolean {
  return session.expiresAt <= now;
}

/** What changed for this session without a new sign-in (a second factor enrolled from the settings). */
export function updateSession(
  changes: Partial<Pick<Session, 'mustEnrolSecondFactor' | 'secondFactorEnrolled'>>,
): void {
  const session = readSession();
  if (session) localStorage.setItem(STORAGE_KEY, JSON.stringify({ ...session, ...changes }));
}
