import {
  Alert,
  Box,
  Card,
  CardContent,
  LinearProgress,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { useId, useMemo, useState } from 'react';
import {
  Link,
  Title,
  useCreatePath,
  useGetList,
  useGetMany,
  useLocaleState,
  useTranslate,
} from 'react-admin';
import { formatFirmInstant } from '../../common/firm';
import { PageControls } from '../../common/PageControls';
import type { CaseListRecord } from '../cases/case';
import { kindName, type FailedDeliveryRecord } from './reminder';
import { ReminderStatusChip } from './ReminderChips';
import { RetryButton } from './RetryButton';

export const FAILED_DELIVERIES_PATH = '/reminders/failed';

const PER_PAGE = 50;

/**
 * What did not reach whom, and why (administrators): each failed delivery, the latest first, with its
 * case, and a way to send its reminder again once the cause is fixed. A delivery stays failed until the
 * worker tries it again, so a reminder sent again shows here as scheduled until then.
 */
export const FailedDeliveriesPage = () => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const createPath = useCreatePath();
  const titleId = useId();
  const [page, setPage] = useState(1);
  const { data, total, isPending, error, refetch } = useGetList<FailedDeliveryRecord>(
    'reminder-deliveries/failed',
    { pagination: { page, perPage: PER_PAGE } },
    { placeholderData: (previous) => previous },
  );
  const caseIds = useMemo(
    () => [...new Set((data ?? []).flatMap((d) => (d.caseId ? [d.caseId] : [])))],
    [data],
  );
  const cases = useGetMany<CaseListRecord>('cases', { ids: caseIds }, { enabled: caseIds.length > 0 });
  const caseOf = (id: string) => cases.data?.find((c) => c?.id === id);
  const column = (name: string) => translate(`accord.failed_deliveries.columns.${name}`);

  return (
    <Box sx={{ mt: 2, mb: 4, maxWidth: 1280 }}>
      <Title title="accord.failed_deliveries.title" />
      <Card component="section" aria-labelledby={titleId}>
        <CardContent>
          <Typography id={titleId} variant="h6" component="h2">
            {translate('accord.failed_deliveries.title')}
            {total ? (
              <Typography component="span" variant="body1" color="text.secondary" sx={{ ml: 1 }}>
                ({translate('accord.failed_deliveries.count', { smart_count: total })})
              </Typography>
            ) : null}
          </Typography>
          <Typography variant="body2" color="text.secondary" sx={{ mb: 2, maxWidth: 880 }}>
            {translate('accord.failed_deliveries.help')}
          </Typography>
          {error ? (
            <Alert severity="error">{error.message}</Alert>
          ) : isPending ? (
            <LinearProgress />
          ) : !data.length ? (
            <Alert severity="success" data-testid="failed-deliveries-empty">
              {translate('accord.failed_deliveries.empty')}
            </Alert>
          ) : (
            <TableContainer sx={{ border: '1px solid', borderColor: 'divider', borderRadius: 1 }}>
              <Table size="small" aria-labelledby={titleId} sx={{ minWidth: 900 }}>
                <TableHead>
                  <TableRow sx={{ '& th': { whiteSpace: 'nowrap' } }}>
                    <TableCell>{column('failed_at')}</TableCell>
                    <TableCell>{column('case')}</TableCell>
                    <TableCell>{column('kind')}</TableCell>
                    <TableCell>{column('channel')}</TableCell>
                    <TableCell>{column('error')}</TableCell>
                    <TableCell>{column('reminder')}</TableCell>
                  </TableRow>
                </TableHead>
                <TableBody>
                  {data.map((delivery) => {
                    const found = delivery.caseId ? caseOf(delivery.caseId) : undefined;
                    return (
                      <TableRow
                        key={delivery.id}
                        data-testid="failed-delivery"
                        data-channel={delivery.channel}
                        data-reminder-status={delivery.reminderStatus}
                        sx={{ verticalAlign: 'top' }}
                      >
                        <TableCell sx={{ whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' }}>
                          {formatFirmInstant(delivery.updatedAt, locale)}
                        </TableCell>
                        <TableCell sx={{ whiteSpace: 'nowrap' }}>
                          {delivery.caseId ? (
                            <>
                              <Link
                                to={`${createPath({ resource: 'cases', id: delivery.caseId, type: 'show' })}/reminders`}
                                sx={{ fontFamily: 'monospace', fontWeight: 600 }}
                              >
                                {found?.reference ?? '…'}
                              </Link>
                              {found?.clientName ? (
                                <Typography variant="body2" color="text.secondary">
                                  {found.clientName}
                                </Typography>
                              ) : null}
                            </>
                          ) : (
                            '—'
                          )}
                        </TableCell>
                        <TableCell sx={{ minWidth: 90 }}>{kindName(delivery.kind, translate)}</TableCell>
                        <TableCell sx={{ whiteSpace: 'nowrap' }}>
                          {translate(`accord.notification_channels.${delivery.channel}`, {
                            _: delivery.channel,
                          })}
                          {delivery.address ? (
                            <Typography
                              variant="body2"
                              color="text.secondary"
                              sx={{ fontFamily: 'monospace' }}
                            >
                              {delivery.address}
                            </Typography>
                          ) : null}
                        </TableCell>
                        <TableCell sx={{ minWidth: 180 }}>
                          <Typography
                            variant="body2"
                            color="error"
                            data-testid="delivery-error"
                            // A mail server's answer breaks between its words; only a long token anywhere.
                            sx={{ fontFamily: 'monospace', overflowWrap: 'anywhere' }}
                          >
                            {delivery.lastError ?? '—'}
                          </Typography>
                          {delivery.attempts > 0 ? (
                            <Typography variant="caption" color="text.secondary" component="div">
                              {translate('accord.reminders.attempts', { smart_count: delivery.attempts })}
                            </Typography>
                          ) : null}
                        </TableCell>
                        <TableCell sx={{ minWidth: 170 }}>
                          <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, flexWrap: 'wrap' }}>
                            <ReminderStatusChip status={delivery.reminderStatus} />
                            {delivery.reminderStatus === 'failed' ? (
                              <RetryButton
                                reminderId={delivery.reminderId}
                                kind={delivery.kind}
                                onRetried={() => void refetch()}
                              />
                            ) : null}
                          </Box>
                          {delivery.reminderStatus === 'scheduled' ? (
                            <Typography
                              variant="caption"
                              color="text.secondary"
                              component="div"
                              data-testid="retry-pending"
                              sx={{ mt: 0.5, maxWidth: 240 }}
                            >
                              {translate('accord.failed_deliveries.retry_pending')}
                            </Typography>
                          ) : null}
                        </TableCell>
                      </TableRow>
                    );
                  })}
                </TableBody>
              </Table>
            </TableContainer>
          )}
          <PageControls
            resource="reminder-deliveries/failed"
            page={page}
            perPage={PER_PAGE}
            total={total}
            setPage={setPage}
          />
        </CardContent>
      </Card>
    </Box>
  );
};
