import { useSyncExternalStore } from 'react';
import { isInterrupted, readSession, subscribeSession, type Session } from '../providers/session';

/** The signed-in session as it changes (a refresh, a second factor enrolled, an interruption). */
export function useSession(): Session | null {
  return useSyncExternalStore(subscribeSession, readSession);
}

/** The session ended under this page: it stays as it is, under the dialog asking to sign in again. */
export function useSessionInterrupted(): boolean {
  return useSyncExternalStore(subscribeSession, isInterrupted);
}
