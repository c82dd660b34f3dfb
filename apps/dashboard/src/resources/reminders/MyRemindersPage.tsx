import { REMINDER_STATUSES, type ReminderStatus, type Role } from '@accord/contracts';
import {
  Alert,
  Box,
  Card,
  CardContent,
  LinearProgress,
  Stack,
  ToggleButton,
  ToggleButtonGroup,
  Typography,
} from '@mui/material';
import { useId, useMemo, useState } from 'react';
import {
  Title,
  useCreatePath,
  useGetList,
  useGetMany,
  usePermissions,
  useStore,
  useTranslate,
} from 'react-admin';
import { PageControls } from '../../common/PageControls';
import type { CaseListRecord } from '../cases/case';
import { payloadReference, type ReminderRecord } from './reminder';
import { ReminderTable, type ReminderCase } from './ReminderTable';

export const MY_REMINDERS_PATH = '/reminders/mine';

const PER_PAGE = 50;

type StatusFilter = ReminderStatus | 'all';

/**
 * The reminders addressed to the person signed in (`mine=true`: their cases as officer, their team's as
 * manager): by default those still to go out, soonest first; any other status the latest first. Each
 * leads to its case's reminders.
 */
export const MyRemindersPage = () => {
  const translate = useTranslate();
  const createPath = useCreatePath();
  const { permissions: role } = usePermissions<Role | undefined>();
  const titleId = useId();
  const [status, setStatus] = useStore<StatusFilter>('reminders.mine.status', 'scheduled');
  const [page, setPage] = useState(1);
  const { data, total, isPending, error, refetch } = useGetList<ReminderRecord>(
    'reminders',
    {
      filter: status === 'all' ? { mine: 'true' } : { mine: 'true', status },
      sort: { field: 'dueAt', order: status === 'scheduled' ? 'ASC' : 'DESC' },
      pagination: { page, perPage: PER_PAGE },
    },
    { placeholderData: (previous) => previous },
  );
  const caseIds = useMemo(
    () => [...new Set((data ?? []).flatMap((r) => (r.caseId ? [r.caseId] : [])))],
    [data],
  );
  const cases = useGetMany<CaseListRecord>('cases', { ids: caseIds }, { enabled: caseIds.length > 0 });
  const caseOf = (reminder: ReminderRecord): ReminderCase | null => {
    if (!reminder.caseId) return null;
    const found = cases.data?.find((c) => c?.id === reminder.caseId);
    return {
      to: `${createPath({ resource: 'cases', id: reminder.caseId, type: 'show' })}/reminders`,
      reference: found?.reference ?? payloadReference(reminder) ?? '…',
      clientName: found?.clientName ?? undefined,
    };
  };

  return (
    <Box sx={{ mt: 2, mb: 4, maxWidth: 1200 }}>
      <Title title="accord.my_reminders.title" />
      <Card component="section" aria-labelledby={titleId}>
        <CardContent>
          <Stack
            direction={{ xs: 'column', md: 'row' }}
            spacing={2}
            sx={{ justifyContent: 'space-between', alignItems: { md: 'center' }, mb: 2 }}
          >
            <Box>
              <Typography id={titleId} variant="h6" component="h2">
                {translate('accord.my_reminders.title')}
                {total ? (
                  <Typography component="span" variant="body1" color="text.secondary" sx={{ ml: 1 }}>
                    ({translate('accord.my_reminders.count', { smart_count: total })})
                  </Typography>
                ) : null}
              </Typography>
              <Typography variant="body2" color="text.secondary">
                {translate('accord.my_reminders.help')}
              </Typography>
            </Box>
            <ToggleButtonGroup
              size="small"
              exclusive
              value={status}
              onChange={(_, next: StatusFilter | null) => {
                if (!next) return;
                setStatus(next);
                setPage(1);
              }}
              aria-label={translate('accord.my_reminders.status')}
              sx={{ flexWrap: 'wrap' }}
            >
              {REMINDER_STATUSES.map((value) => (
                <ToggleButton key={value} value={value} sx={{ px: 1.5 }}>
                  {translate(`accord.reminder_statuses.${value}`)}
                </ToggleButton>
              ))}
              <ToggleButton value="all" sx={{ px: 1.5 }}>
                {translate('accord.my_reminders.all')}
              </ToggleButton>
            </ToggleButtonGroup>
          </Stack>
          {error ? (
            <Alert severity="error">{error.message}</Alert>
          ) : isPending ? (
            <LinearProgress />
          ) : !data.length ? (
            <Typography variant="body2" color="text.secondary" data-testid="my-reminders-empty">
              {translate('accord.my_reminders.empty')}
            </Typography>
          ) : (
            <ReminderTable
              reminders={data}
              label={translate('accord.my_reminders.title')}
              role={role}
              caseOf={caseOf}
              onRetried={() => void refetch()}
            />
          )}
          <PageControls resource="reminders" page={page} perPage={PER_PAGE} total={total} setPage={setPage} />
        </CardContent>
      </Card>
    </Box>
  );
};
