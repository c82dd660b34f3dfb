import { useCallback, useEffect, useRef, useState } from 'react';
import { answer as dataOf, useApi } from '../providers/api';
import { useApiAnswer, type ApiAnswer } from '../resources/negotiation/useApiAnswer';
import type { OfficerDay } from './officer-day';

/** Focus and visibility events closer together than this are one return to the page. */
const COALESCE_MS = 1000;

/** The day as read, and when it was read (the page says "as of"). */
export interface DayAnswer {
  day: OfficerDay;
  readAt: string;
}

/**
 * My day (`GET /me/today`), read when the page opens, on `reload`, and again whenever the page comes back
 * into view (another tab, another window): what was done elsewhere meanwhile drops off the list. `reads`
 * counts the readings asked for, so what is shown beside the day (the court agenda) is read with it.
 */
export function useOfficerDay(): ApiAnswer<DayAnswer> & { reads: number } {
  const api = useApi();
  const answer = useApiAnswer(async () => {
    const day = dataOf(await api.GET('/api/me/today'));
    return { day, readAt: new Date().toISOString() };
  }, 'me/today');
  const [reads, setReads] = useState(0);
  const { reload: readDay } = answer;
  const reload = useCallback(() => {
    setReads((n) => n + 1);
    readDay();
  }, [readDay]);
  // Coming back to a tab fires both a visibility change and a focus: one read answers both.
  const lastAsked = useRef(0);

  useEffect(() => {
    const again = () => {
      const now = Date.now();
      if (now - lastAsked.current < COALESCE_MS) return;
      lastAsked.current = now;
      reload();
    };
    const onFocus = () => again();
    const onVisible = () => {
      if (document.visibilityState === 'visible') again();
    };
    window.addEventListener('focus', onFocus);
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      window.removeEventListener('focus', onFocus);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [reload]);

  return { ...answer, reload, reads };
}
