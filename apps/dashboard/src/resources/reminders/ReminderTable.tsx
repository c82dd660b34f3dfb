import type { Role } from '@accord/contracts';
import {
  Box,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { Link, useLocaleState, useTranslate } from 'react-admin';
import { formatFirmInstant } from '../../common/firm';
import { ReminderStatusChip } from './ReminderChips';
import { canRetry, kindName, reminderDetails, type ReminderRecord } from './reminder';
import { RetryButton } from './RetryButton';

/** The case a row belongs to, as the page knows it: a link to its reminders, its reference and client. */
export interface ReminderCase {
  to: string;
  reference: string;
  clientName?: string;
}

interface ReminderTableProps {
  reminders: readonly ReminderRecord[];
  label: string;
  role: Role | undefined;
  /** Lists of several cases name each row's case; a case's own tab does not. */
  caseOf?: (reminder: ReminderRecord) => ReminderCase | null;
  onRetried?: () => void;
}

/** A fired reminder sent later than its due time (a retry, quiet hours) says when it went out. */
const sentLate = (reminder: ReminderRecord) =>
  reminder.firedAt !== null &&
  Math.abs(new Date(reminder.firedAt).getTime() - new Date(reminder.dueAt).getTime()) > 60_000;

/**
 * Reminders as rows: when (on the firm's clock, with the end of quiet hours when held), what about, for
 * whom, and where it stands, with the last error of a failed one and, for managers and administrators,
 * a way to send it again.
 */
export const ReminderTable = ({ reminders, label, role, caseOf, onRetried }: ReminderTableProps) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const column = (name: string) => translate(`accord.reminders.columns.${name}`);
  return (
    <TableContainer sx={{ border: '1px solid', borderColor: 'divider', borderRadius: 1 }}>
      <Table size="small" aria-label={label}>
        <TableHead>
          <TableRow sx={{ '& th': { whiteSpace: 'nowrap' } }}>
            <TableCell sx={{ width: 190 }}>{column('when')}</TableCell>
            {caseOf ? <TableCell>{column('case')}</TableCell> : null}
            <TableCell>{column('kind')}</TableCell>
            <TableCell sx={{ width: 96 }}>{column('recipient')}</TableCell>
            <TableCell sx={{ width: 240 }}>{column('status')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {reminders.map((reminder) => {
            const details = reminderDetails(reminder, translate, locale);
            const theCase = caseOf?.(reminder);
            return (
              <TableRow
                key={reminder.id}
                data-testid="reminder"
                data-kind={reminder.kind}
                data-status={reminder.status}
                sx={{ verticalAlign: 'top' }}
              >
                <TableCell sx={{ fontVariantNumeric: 'tabular-nums' }}>
                  <Box sx={{ whiteSpace: 'nowrap' }}>{formatFirmInstant(reminder.dueAt, locale)}</Box>
                  {reminder.status === 'scheduled' && reminder.heldUntil ? (
                    <Typography variant="caption" color="warning.dark" component="div">
                      {translate('accord.reminders.held_until', {
                        time: formatFirmInstant(reminder.heldUntil, locale),
                      })}
                    </Typography>
                  ) : null}
                  {reminder.status === 'sent' && reminder.firedAt && sentLate(reminder) ? (
                    <Typography variant="caption" color="text.secondary" component="div">
                      {translate('accord.reminders.fired_at', {
                        time: formatFirmInstant(reminder.firedAt, locale),
                      })}
                    </Typography>
                  ) : null}
                </TableCell>
                {caseOf ? (
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>
                    {theCase ? (
                      <>
                        <Link to={theCase.to} sx={{ fontFamily: 'monospace', fontWeight: 600 }}>
                          {theCase.reference}
                        </Link>
                        {theCase.clientName ? (
                          <Typography variant="body2" color="text.secondary">
                            {theCase.clientName}
                          </Typography>
                        ) : null}
                      </>
                    ) : (
                      <Typography variant="body2" color="text.secondary">
                        {translate('accord.my_reminders.no_case')}
                      </Typography>
                    )}
                  </TableCell>
                ) : null}
                <TableCell sx={{ minWidth: 220 }}>
                  <Typography variant="body2" sx={{ fontWeight: 600 }}>
                    {kindName(reminder.kind, translate)}
                  </Typography>
                  {details ? (
                    <Typography variant="body2" color="text.secondary" sx={{ wordBreak: 'break-word' }}>
                      {details}
                    </Typography>
                  ) : null}
                </TableCell>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>
                  {translate(`accord.reminder_recipients.${reminder.recipient}`, { _: reminder.recipient })}
                </TableCell>
                <TableCell>
                  <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, flexWrap: 'wrap' }}>
                    <ReminderStatusChip status={reminder.status} />
                    {canRetry(reminder.status, role) && onRetried ? (
                      <RetryButton reminderId={reminder.id} kind={reminder.kind} onRetried={onRetried} />
                    ) : null}
                  </Box>
                  {reminder.status === 'failed' && reminder.lastError ? (
                    <Typography
                      variant="caption"
                      color="error"
                      component="div"
                      data-testid="reminder-error"
                      sx={{ mt: 0.5, fontFamily: 'monospace', overflowWrap: 'anywhere' }}
                    >
                      {reminder.lastError}
                    </Typography>
                  ) : null}
                  {reminder.status === 'failed' && reminder.attempts > 0 ? (
                    <Typography variant="caption" color="text.secondary" component="div">
                      {translate('accord.reminders.attempts', { smart_count: reminder.attempts })}
                    </Typography>
                  ) : null}
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </TableContainer>
  );
};
