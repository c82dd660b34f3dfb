import { useCallback } from 'react';
import { useNotify } from 'react-admin';

/**
 * Shows what went wrong as a notification. The API client has already put the error's code into the
 * reader's language, so its message is shown as it is; anything else falls back to the generic text.
 */
export function useNotifyError(): (error: unknown) => void {
  const notify = useNotify();
  return useCallback(
    (error: unknown) => {
      const message = error instanceof Error ? error.message : 'ra.notification.http_error';
      notify(message, { type: 'error', messageArgs: { _: message } });
    },
    [notify],
  );
}
