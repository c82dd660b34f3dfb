import type { Role } from '@accord/contracts';
import { Alert, Box, LinearProgress, Stack, Typography } from '@mui/material';
import { useId, useMemo } from 'react';
import { useGetList, usePermissions, useRecordContext, useTranslate } from 'react-admin';
import { splitReminders, type ReminderRecord } from '../../reminders/reminder';
import { ReminderTable } from '../../reminders/ReminderTable';
import type { CaseRecord } from '../case';

/** The API's largest page: a case's reminders are read whole, but for a plan of many years. */
const MOST = 200;

/**
 * The case's reminders (提醒): those still to go out, soonest first, then the earlier ones with what
 * became of them. A failed one shows its error, and managers and administrators may send it again.
 */
export const RemindersTab = () => {
  const record = useRecordContext<CaseRecord>();
  const translate = useTranslate();
  const { permissions: role } = usePermissions<Role | undefined>();
  const caseId = record?.id;
  const upcomingId = useId();
  const pastId = useId();
  const { data, total, isPending, error, refetch } = useGetList<ReminderRecord>(
    'reminders',
    {
      filter: { caseId },
      pagination: { page: 1, perPage: MOST },
      sort: { field: 'dueAt', order: 'ASC' },
      // Any change to the case (a payment, a paper received) may move or cancel its reminders: read again.
      meta: { changedAt: record?.lastActivityAt },
    },
    { enabled: Boolean(caseId) },
  );
  const { upcoming, past } = useMemo(() => splitReminders(data ?? []), [data]);

  if (!record) return null;
  if (error) return <Alert severity="error">{error.message}</Alert>;
  if (isPending) return <LinearProgress />;
  if (!data.length)
    return (
      <Typography variant="body2" color="text.secondary">
        {translate('accord.reminders.none')}
      </Typography>
    );

  const heading = (id: string, key: string, count: number) => (
    <Typography id={id} variant="subtitle1" component="h3" sx={{ fontWeight: 600, mb: 1 }}>
      {translate(key)}
      <Typography component="span" variant="body2" color="text.secondary" sx={{ ml: 1 }}>
        ({count})
      </Typography>
    </Typography>
  );

  return (
    <Stack spacing={3}>
      {total !== undefined && total > data.length ? (
        <Alert severity="info">
          {translate('accord.reminders.truncated', { shown: data.length, total })}
        </Alert>
      ) : null}
      <Box component="section" aria-labelledby={upcomingId} data-testid="reminders-upcoming">
        {heading(upcomingId, 'accord.reminders.upcoming', upcoming.length)}
        {upcoming.length ? (
          <ReminderTable reminders={upcoming} label={translate('accord.reminders.upcoming')} role={role} />
        ) : (
          <Typography variant="body2" color="text.secondary">
            {translate('accord.reminders.upcoming_none')}
          </Typography>
        )}
      </Box>
      {past.length ? (
        <Box component="section" aria-labelledby={pastId} data-testid="reminders-past">
          {heading(pastId, 'accord.reminders.past', past.length)}
          <ReminderTable
            reminders={past}
            label={translate('accord.reminders.past')}
            role={role}
            onRetried={() => void refetch()}
          />
        </Box>
      ) : null}
    </Stack>
  );
};
