import { formatMoney } from '@accord/domain';
import {
  Box,
  Card,
  CardContent,
  Chip,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { useId, type ReactNode } from 'react';
import { Link, useLocaleState, useTranslate } from 'react-admin';
import { formatCalendarDate, formatFirmInstant } from '../common/firm';
import type { Translate } from '../providers/api-client';
import { STAGE_LOOKS } from '../resources/cases/CaseFields';
import { RequirementStatusChip } from '../resources/documents/ChecklistItem';
import { DOCUMENTS_WAITING_PATH } from '../resources/documents/DocumentsWaitingPage';
import { MY_REMINDERS_PATH } from '../resources/reminders/MyRemindersPage';
import { kindName, reminderDetails } from '../resources/reminders/reminder';
import { ReminderStatusChip } from '../resources/reminders/ReminderChips';
import {
  dayItemLink,
  type DayCaseItem,
  type DayFollowUp,
  type DayInstallment,
  type DaySectionName,
  type DayStaleCase,
  type OfficerDay,
} from './officer-day';

/** The page's id of a section, so its count card can bring it into view. */
export const sectionAnchor = (section: DaySectionName) => `day-${section}`;

/** The fuller list of a section's kind elsewhere in the dashboard, offered when the day shows only the first. */
const FULL_LISTS: Partial<Record<DaySectionName, string>> = {
  reminders: MY_REMINDERS_PATH,
  documentsToVerify: DOCUMENTS_WAITING_PATH,
  documentsOverdue: DOCUMENTS_WAITING_PATH,
};

interface Helpers {
  translate: Translate;
  locale: string;
}

interface Column<T> {
  /** Message key under accord.today.columns. */
  header: string;
  width?: number;
  cell: (item: T, helpers: Helpers) => ReactNode;
}

type SectionItem<S extends DaySectionName> = OfficerDay[S]['items'][number];

const instant = (iso: string | null, { locale }: Helpers) => (
  <Box component="span" sx={{ whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' }}>
    {iso ? formatFirmInstant(iso, locale) : '—'}
  </Box>
);

const calendarDate = (date: string, { locale }: Helpers) => (
  <Box component="div" sx={{ whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' }}>
    {formatCalendarDate(date, locale)}
  </Box>
);

/** A time that has passed without the work being done, marked so it catches the eye. */
const dueAt = (item: { dueAt: string; overdue: boolean }, helpers: Helpers) => (
  <Stack spacing={0.5} sx={{ alignItems: 'flex-start' }}>
    {instant(item.dueAt, helpers)}
    {item.overdue ? (
      <Chip
        size="small"
        color="error"
        variant="outlined"
        label={helpers.translate('accord.today.overdue')}
        data-testid="day-overdue"
      />
    ) : null}
  </Stack>
);

const late = (text: string) => (
  <Typography
    component="div"
    variant="body2"
    color="error"
    sx={{ fontWeight: 600, whiteSpace: 'nowrap' }}
    data-testid="day-late"
  >
    {text}
  </Typography>
);

const secondary = (text: ReactNode) => (
  <Typography component="div" variant="body2" color="text.secondary" sx={{ overflowWrap: 'anywhere' }}>
    {text}
  </Typography>
);

const documentName = (kind: string, { translate }: Helpers) =>
  translate(`accord.document_kinds.${kind}`, { _: kind });

const installmentColumns = (missed: boolean): Column<DayInstallment>[] => [
  { header: 'creditor', cell: (i) => i.creditor },
  {
    header: 'installment',
    width: 110,
    cell: (i, h) => (
      <Box sx={{ whiteSpace: 'nowrap' }}>
        {h.translate('accord.repayment.installment', { number: i.number })}
      </Box>
    ),
  },
  {
    header: 'due_date',
    width: 170,
    cell: (i, h) => (
      <>
        {calendarDate(i.dueDate, h)}
        {missed
          ? late(h.translate('accord.today.days_late', { smart_count: i.daysLate }))
          : secondary(
              i.daysLate === 0
                ? h.translate('accord.today.due_today')
                : h.translate('accord.today.due_in', { smart_count: -i.daysLate }),
            )}
      </>
    ),
  },
  {
    header: 'owed',
    width: 170,
    cell: (i, h) => (
      <>
        <Box sx={{ whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums', fontWeight: 600 }}>
          {formatMoney(i.owedFen, i.currency)}
        </Box>
        {i.owedFen < i.amountFen
          ? secondary(h.translate('accord.today.of_amount', { amount: formatMoney(i.amountFen, i.currency) }))
          : null}
      </>
    ),
  },
];

/** Each section's columns after the case: what the officer needs to decide before opening the case. */
const COLUMNS: { [S in DaySectionName]: Column<SectionItem<S>>[] } = {
  reminders: [
    { header: 'when', width: 170, cell: dueAt },
    {
      header: 'reminder',
      cell: (r, h) => {
        const details = reminderDetails(r, h.translate, h.locale);
        return (
          <>
            <Typography component="div" variant="body2" sx={{ fontWeight: 600 }}>
              {kindName(r.kind, h.translate)}
            </Typography>
            {details ? secondary(details) : null}
          </>
        );
      },
    },
    { header: 'status', width: 120, cell: (r) => <ReminderStatusChip status={r.status} /> },
  ],
  followUps: [
    { header: 'follow_up_at', width: 170, cell: dueAt },
    {
      header: 'contact',
      width: 200,
      cell: (f: DayFollowUp, h) => (
        <>
          <Typography component="div" variant="body2">
            {h.translate(`accord.contact_parties.${f.party}`, { _: f.party })}
            {h.translate('accord.list_separator')}
            {h.translate(`accord.contact_channels.${f.channel}`, { _: f.channel })}
          </Typography>
          {f.person ? secondary(f.person) : null}
        </>
      ),
    },
    { header: 'summary', cell: (f) => secondary(f.summary) },
  ],
  documentsToVerify: [
    { header: 'document', cell: (d, h) => documentName(d.kind, h) },
    { header: 'received_at', width: 190, cell: (d, h) => instant(d.receivedAt, h) },
  ],
  documentsOverdue: [
    { header: 'document', cell: (d, h) => documentName(d.kind, h) },
    { header: 'status', width: 120, cell: (d) => <RequirementStatusChip status={d.status} /> },
    {
      header: 'due_on',
      width: 190,
      cell: (d, h) => (
        <>
          {calendarDate(d.dueOn, h)}
          {late(h.translate('accord.today.days_late', { smart_count: d.daysLate }))}
        </>
      ),
    },
  ],
  installmentsDueSoon: installmentColumns(false),
  installmentsMissed: installmentColumns(true),
  staleCases: [
    {
      header: 'stage',
      width: 160,
      cell: (c: DayStaleCase, h) => (
        <Chip
          size="small"
          variant="outlined"
          {...STAGE_LOOKS[c.stage]}
          label={h.translate(`accord.stages.${c.stage}`, { _: c.stage })}
        />
      ),
    },
    { header: 'last_activity', width: 190, cell: (c, h) => instant(c.lastActivityAt, h) },
    {
      header: 'quiet',
      width: 170,
      cell: (c, h) => (
        <Typography component="div" variant="body2" color="warning.dark" sx={{ fontWeight: 600 }}>
          {h.translate('accord.today.days_quiet', { smart_count: c.daysQuiet })}
        </Typography>
      ),
    },
  ],
};

/** The item's key: its own id, or its case's for a stale case (one row per case). */
const itemKey = (item: DayCaseItem & { id?: string }) => item.id ?? item.caseId;
/** Late: a paper or an installment past its date, a reminder or follow-up past its time. */
const isLate = (section: DaySectionName, item: { overdue?: boolean }) =>
  section === 'documentsOverdue' || section === 'installmentsMissed' || item.overdue === true;

interface DaySectionCardProps {
  day: OfficerDay;
  section: DaySectionName;
}

/**
 * One section of the day: its items as a table, each led by its case's reference, a link to the case on
 * the tab where the work is done; late items marked; an empty section says so in a line.
 */
export const DaySectionCard = ({ day, section }: DaySectionCardProps) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const titleId = useId();
  const helpers: Helpers = { translate, locale };
  const { total, items } = day[section];
  const text = (key: string, options?: Record<string, unknown>) =>
    translate(`accord.today.sections.${section}.${key}`, options);
  // Each section's columns read its own items; here they are all items of one case.
  const columns = COLUMNS[section] as Column<DayCaseItem>[];
  const rows: readonly (DayCaseItem & { id?: string; overdue?: boolean })[] = items;
  const fullList = FULL_LISTS[section];

  return (
    <Card
      component="section"
      id={sectionAnchor(section)}
      aria-labelledby={titleId}
      data-testid="day-section"
      data-section={section}
      data-total={total}
      sx={{ scrollMarginTop: 72 }}
    >
      <CardContent sx={{ pb: total ? 1.5 : undefined, '&:last-child': { pb: total ? 1.5 : 2 } }}>
        <Typography id={titleId} variant="subtitle1" component="h3" sx={{ fontWeight: 600 }}>
          {text('title')}
          {total ? (
            <Typography component="span" variant="body1" color="text.secondary" sx={{ ml: 1 }}>
              ({total})
            </Typography>
          ) : null}
        </Typography>
        <Typography
          variant="body2"
          color="text.secondary"
          data-testid={total ? undefined : 'day-section-empty'}
        >
          {total ? text('help', { smart_count: day.staleAfterDays }) : text('empty')}
        </Typography>
      </CardContent>
      {total ? (
        <TableContainer>
          <Table size="small" aria-labelledby={titleId} sx={{ minWidth: 640 }}>
            <TableHead>
              <TableRow sx={{ '& th': { whiteSpace: 'nowrap' } }}>
                <TableCell sx={{ width: 200 }}>{translate('accord.today.columns.case')}</TableCell>
                {columns.map((column) => (
                  <TableCell key={column.header} sx={{ width: column.width }}>
                    {translate(`accord.today.columns.${column.header}`)}
                  </TableCell>
                ))}
              </TableRow>
            </TableHead>
            <TableBody>
              {rows.map((item) => {
                const lateItem = isLate(section, item);
                return (
                  <TableRow
                    key={itemKey(item)}
                    hover
                    data-testid="day-item"
                    data-case-id={item.caseId}
                    data-late={lateItem}
                    sx={{
                      verticalAlign: 'top',
                      // A late item's row is edged in red, so a glance down the list finds them.
                      '& td:first-of-type': {
                        boxShadow: lateItem
                          ? (theme) => `inset 3px 0 0 ${theme.palette.error.main}`
                          : undefined,
                      },
                    }}
                  >
                    <TableCell sx={{ whiteSpace: 'nowrap' }}>
                      <Link
                        to={dayItemLink(section, item)}
                        sx={{ fontFamily: 'monospace', fontWeight: 600 }}
                        data-testid="day-item-case"
                      >
                        {item.reference}
                      </Link>
                      {secondary(item.clientName)}
                    </TableCell>
                    {columns.map((column) => (
                      <TableCell key={column.header}>{column.cell(item, helpers)}</TableCell>
                    ))}
                  </TableRow>
                );
              })}
            </TableBody>
          </Table>
        </TableContainer>
      ) : null}
      {items.length < total ? (
        <Box sx={{ px: 2, py: 1.5, display: 'flex', gap: 2, alignItems: 'center', flexWrap: 'wrap' }}>
          <Typography variant="body2" color="text.secondary">
            {translate('accord.today.shown', { shown: items.length, total })}
          </Typography>
          {fullList ? (
            <Link to={fullList} variant="body2">
              {translate('accord.today.see_all')}
            </Link>
          ) : null}
        </Box>
      ) : null}
    </Card>
  );
};
