import { useCallback } from 'react';
import { useDataProvider, useNotify } from 'react-admin';
import type { AccordDataProvider } from '../../providers/dataProvider';
import type { NotificationRecord } from './notification';
import { useUnreadNotifications } from './UnreadNotifications';
import { useNotifyError } from '../../common/useNotifyError';

/**
 * Marking my notifications read, one (`POST /notifications/:id/read`) or all (`POST /notifications/read-all`),
 * and telling the bell. Each answers whether it worked; a failure is shown, translated.
 */
export function useNotificationActions() {
  const dataProvider = useDataProvider<AccordDataProvider>();
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
        await dataProvider.command('notifications', { id: notification.id, action: 'read' });
        refresh();
        return true;
      } catch (error) {
        return failed(error);
      }
    },
    [dataProvider, refresh, failed],
  );

  const markAllRead = useCallback(async (): Promise<boolean> => {
    try {
      const { data } = await dataProvider.collectionCommand<{ marked: number }>('notifications', {
        action: 'read-all',
      });
      refresh();
      notify('accord.notifications.marked_all', {
        type: 'success',
        messageArgs: { smart_count: data?.marked ?? 0 },
      });
      return true;
    } catch (error) {
      return failed(error);
    }
  }, [dataProvider, refresh, notify, failed]);

  return { markRead, markAllRead };
}
