import { useCallback, useEffect, useRef, useState } from 'react';
import { useDataProvider } from 'react-admin';
import type { AccordDataProvider } from '../../providers/dataProvider';

export interface ApiAnswer<T> {
  data: T | undefined;
  /** The failure's message, already translated from its code. */
  error: string | null;
  loading: boolean;
  reload: () => void;
}

/**
 * One read of the API for a tab, done again whenever `key` changes (the case's last activity, so any change
 * to the case, from this page or another, shows) or on `reload`. A null key waits. What was read stays
 * shown while it is read again, so the page does not flicker. A loader may leave the data provider it is
 * given and call the typed client (`useApi`) instead, so the path and its answer are the document's.
 */
export function useApiAnswer<T>(
  load: (dataProvider: AccordDataProvider) => Promise<T>,
  key: string | null,
): ApiAnswer<T> {
  const dataProvider = useDataProvider<AccordDataProvider>();
  const [data, setData] = useState<T | undefined>(undefined);
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(key !== null);
  const [reloads, setReloads] = useState(0);
  // The latest loader, without making every render's new function a reason to read again.
  const loader = useRef(load);
  loader.current = load;

  useEffect(() => {
    if (key === null) return;
    let current = true;
    setLoading(true);
    loader.current(dataProvider).then(
      (answer) => {
        if (!current) return;
        setData(answer);
        setError(null);
        setLoading(false);
      },
      (failure: unknown) => {
        if (!current) return;
        setError(failure instanceof Error ? failure.message : String(failure));
        setLoading(false);
      },
    );
    return () => {
      current = false;
    };
  }, [key, reloads, dataProvider]);

  const reload = useCallback(() => setReloads((n) => n + 1), []);
  return { data, error, loading, reload };
}
