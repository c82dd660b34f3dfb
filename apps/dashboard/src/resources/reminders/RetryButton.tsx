import ReplayIcon from '@mui/icons-material/Replay';
import { Button } from '@mui/material';
import { useState } from 'react';
import { useNotify, useTranslate } from 'react-admin';
import { answer, useApi } from '../../providers/api';
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
  const api = useApi();
  const notify = useNotify();
  const notifyError = useNotifyError();
  const translate = useTranslate();
  const [sending, setSending] = useState(false);

  const retry = async () => {
    setSending(true);
    try {
      const retried = answer(
        await api.POST('/api/reminders/{id}/retry', { params: { path: { id: reminderId } } }),
      );
      notify('accord.reminders.retried', { type: 'success' });
      onRetried(retried);
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
