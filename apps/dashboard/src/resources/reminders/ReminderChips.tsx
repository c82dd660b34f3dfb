import type { ReminderStatus } from '@accord/contracts';
import { Chip, type ChipProps } from '@mui/material';
import { useTranslate } from 'react-admin';

type Look = Pick<ChipProps, 'color' | 'variant'>;

const STATUS_LOOKS: Record<ReminderStatus, Look> = {
  scheduled: { color: 'primary', variant: 'outlined' },
  sent: { color: 'success', variant: 'outlined' },
  cancelled: { color: 'default', variant: 'outlined' },
  failed: { color: 'error', variant: 'filled' },
};

/** Where a reminder stands: still to go out, sent, cancelled with its cause, or failed. */
export const ReminderStatusChip = ({ status }: { status: ReminderStatus }) => {
  const translate = useTranslate();
  return (
    <Chip
      size="small"
      {...STATUS_LOOKS[status]}
      label={translate(`accord.reminder_statuses.${status}`, { _: status })}
      data-testid="reminder-status"
      data-status={status}
    />
  );
};
