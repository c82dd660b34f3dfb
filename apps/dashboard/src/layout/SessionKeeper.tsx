import { useEffect, useState } from 'react';
import {
  isInterrupted,
  lastActivityAt,
  markInterrupted,
  noteActivity,
  readSession,
  refreshSession,
} from '../providers/session';
import { IdleWarningDialog } from './IdleWarningDialog';
import { ReauthDialog } from './ReauthDialog';
import { useSessionInterrupted } from './useSession';

/** How long before the idle end the person is warned, and how often the page looks. */
const WARN_MS = 60_000;
const TICK_MS = 1_000;
const ACTIVITY_EVENTS = ['pointerdown', 'pointermove', 'keydown', 'wheel', 'touchstart', 'scroll'] as const;

/**
 * Keeps the session alive while its person works: the access token is refreshed before it ends (saying
 * how long the person has been idle, which the API holds to the firm's idle timeout), a warning comes a
 * minute before the idle end, and at the end the session ends with the page kept as it is under a dialog
 * to sign in again, so unsaved input survives.
 */
export const SessionKeeper = () => {
  const interrupted = useSessionInterrupted();
  const [secondsLeft, setSecondsLeft] = useState<number | null>(null);

  useEffect(() => {
    const onActivity = () => noteActivity();
    for (const name of ACTIVITY_EVENTS)
      window.addEventListener(name, onActivity, { passive: true, capture: true });
    return () => {
      for (const name of ACTIVITY_EVENTS) window.removeEventListener(name, onActivity, { capture: true });
    };
  }, []);

  useEffect(() => {
    let busy = false;
    const tick = async () => {
      const session = readSession();
      if (busy || !session || isInterrupted()) {
        setSecondsLeft(null);
        return;
      }
      const now = Date.now();
      const idleMs = now - lastActivityAt();
      busy = true;
      try {
        if (idleMs >= session.idleTimeoutMs) {
          // The API hears how long the page stood idle and ends the session; the page says so either way.
          await refreshSession();
          markInterrupted('idle');
          setSecondsLeft(null);
        } else if (session.idleTimeoutMs - idleMs <= WARN_MS) {
          setSecondsLeft(Math.ceil((session.idleTimeoutMs - idleMs) / 1000));
        } else {
          setSecondsLeft(null);
          if (session.expiresAt - now < 60_000) await refreshSession();
        }
      } finally {
        busy = false;
      }
    };
    const timer = window.setInterval(() => void tick(), TICK_MS);
    return () => window.clearInterval(timer);
  }, []);

  const stay = () => {
    noteActivity(Date.now(), true);
    setSecondsLeft(null);
    void refreshSession();
  };

  return (
    <>
      <IdleWarningDialog secondsLeft={interrupted ? null : secondsLeft} onStay={stay} />
      {interrupted ? <ReauthDialog /> : null}
    </>
  );
};
