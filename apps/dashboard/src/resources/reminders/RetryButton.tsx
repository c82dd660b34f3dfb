import ReplayIcon from '@mui/icons-material/Replay';
import { Button } from '@mui/material';
import { useState } from 'react';
import { useDataProvider, useNotify, useTranslate } from 'react-admin';
import type { AccordDataProvider } from '../../providers/dataProvider';
import { kindName, type ReminderRecord } from './reminder';
import { useNotifyError } from '../../common/useNotifyError';

/**
 * Sends a failed reminder again (`POST /reminders/:id/retry`, managers and administrators). What already
 * reached someone is not sent twice; the API answers the reminder, scheduled again.
 */
export const RetryButton = ({
  reminderId,
  kind,
  onRetried,
}: {
  reminderId: string;
  kind: string;
  onRetried: (reminder: ReminderRecord) => void;
}) => {
  const dataProvider = useDataProvider<AccordDataProvider>();
  const notify = useNotify();
  const notifyError = useNotifyError();
  const translate = useTranslate();
  const [sending, setSending] = useState(false);

  const retry = async () => {
    setSending(true);
    try {
      const { data } = await dataProvider.command<ReminderRecord>('reminders', {
        id: reminderId,
        action: 'retry',
      });
      notify('accord.reminders.retried', { type: 'success' });
      onRetried(data);
    } catch (error) {
      notifyError(error);
    } finally {
      setSending(false);
    }
  };

  return (
    <Button
      size="small"
      variant="outlined"
      color="primary"
      startIcon={<ReplayIcon />}
      onClick={retry}
      disabled={sending}
      aria-label={translate('accord.reminders.retry_named', { kind: kindName(kind, translate) })}
    >
      {translate('accord.reminders.retry')}
    </Button>
  );
};
