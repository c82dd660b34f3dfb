import { useCallback } from 'react';
import { useNotify } from 'react-admin';
import { answer, useApi } from '../../providers/api';
import type { NotificationRecord } from './notification';
import { useUnreadNotifications } from './UnreadNotifications';
import { useNotifyError } from '../../common/useNotifyError';

/**
 * Marking my notifications read, one (`POST /notifications/:id/read`) or all (`POST /notifications/read-all`),
 * and telling the bell. Each answers whether it worked; a failure is shown, translated.
 */
export function useNotificationActions() {
  const api = useApi();
  const notify = useNotify();
  const notifyError = useNotifyError();
  const { refresh } = useUnreadNotifications();

  const failed = useCallback(
    (error: unknown) => {
      notifyError(error);
      return false;
    },
    [notify],
  );

  const markRead = useCallback(
    async (notification: Pick<NotificationRecord, 'id' | 'readAt'>): Promise<boolean> => {
      if (notification.readAt) return true;
      try {
        answer(await api.POST('/api/notifications/{id}/read', { params: { path: { id: notification.id } } }));
        refresh();
        return true;
      } catch (error) {
        return failed(error);
      }
    },
    [api, refresh, failed],
  );

  const markAllRead = useCallback(async (): Promise<boolean> => {
    try {
      const { marked } = answer(await api.POST('/api/notifications/read-all'));
      refresh();
      notify('accord.notifications.marked_all', { type: 'success', messageArgs: { smart_count: marked } });
      return true;
    } catch (error) {
      return failed(error);
    }
  }, [api, refresh, notify, failed]);

  return { markRead, markAllRead };
}
