import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import { answer, useApi } from '../../providers/api';
import { UNREAD_POLL_MS } from './notification';

interface UnreadNotifications {
  /** How many of my notifications are unread; null until first read. */
  unread: number | null;
  /** Ask again now: after marking some read, or when something new may have arrived. */
  refresh: () => void;
}

const UnreadContext = createContext<UnreadNotifications>({ unread: null, refresh: () => undefined });

/**
 * The signed-in person's unread count, read every 30 seconds while the page is in view and again whenever
 * it comes back into view, shared by the bell and the notifications page so both say the same.
 */
export const UnreadNotificationsProvider = ({ children }: { children: ReactNode }) => {
  const api = useApi();
  const [unread, setUnread] = useState<number | null>(null);
  // Answers can cross on a slow line: only the latest question's answer counts.
  const asked = useRef(0);

  const refresh = useCallback(() => {
    const question = ++asked.current;
    api
      .GET('/api/notifications/unread-count')
      .then(answer)
      .then(
        (count) => {
          if (question === asked.current) setUnread(count.unread);
        },
        // A failed poll keeps the last count; a signed-out session is React-admin's to handle.
        () => undefined,
      );
  }, [api]);

  useEffect(() => {
    refresh();
    const timer = window.setInterval(() => {
      if (document.visibilityState === 'visible') refresh();
    }, UNREAD_POLL_MS);
    const onFocus = () => refresh();
    const onVisible = () => {
      if (document.visibilityState === 'visible') refresh();
    };
    window.addEventListener('focus', onFocus);
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      window.clearInterval(timer);
      window.removeEventListener('focus', onFocus);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [refresh]);

  const value = useMemo(() => ({ unread, refresh }), [unread, refresh]);
  return <UnreadContext.Provider value={value}>{children}</UnreadContext.Provider>;
};

export const useUnreadNotifications = (): UnreadNotifications => useContext(UnreadContext);
