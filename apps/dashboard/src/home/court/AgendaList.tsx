import { alpha, Box, Chip, Stack, Typography, type ChipProps } from '@mui/material';
import { Link, useLocaleState, useTranslate } from 'react-admin';
import { courtTabLink, daysFrom, type AgendaItem } from './court-agenda';

/** A day of the agenda, short and with its weekday (12月18日 週四, Thu, Dec 18). */
export function formatAgendaDay(date: string, locale: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return date;
  return new Intl.DateTimeFormat(locale, {
    timeZone: 'UTC',
    month: 'numeric',
    day: 'numeric',
    weekday: 'short',
  }).format(new Date(`${date}T00:00:00Z`));
}

const KIND_COLORS: Record<string, ChipProps['color']> = {
  hearing: 'primary',
  mediation: 'secondary',
  answer_deadline: 'warning',
  appeal_deadline: 'warning',
};

interface AgendaListProps {
  items: readonly AgendaItem[];
  /** The firm's today, as the API counted it: "today", "3 days left" and "passed" are read from it. */
  today: string;
  /** Sittings say their time under the day; deadlines how long is left (or how long ago they passed). */
  variant: 'sittings' | 'deadlines';
  /** Managers see whose case it is. */
  showOfficer?: boolean;
}

/**
 * Sittings or deadlines, one row each: the day (and a sitting's time, or a deadline's days left), what it
 * is, the case's reference leading to its court tab with the client's name, and the court, room and case
 * number. A deadline passed with nothing recorded is edged and marked in red.
 */
export const AgendaList = ({ items, today, variant, showOfficer = false }: AgendaListProps) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const text = (key: string, options?: Record<string, unknown>) =>
    translate(`accord.court_agenda.${key}`, options);

  const when = (item: AgendaItem) => {
    const days = daysFrom(today, item);
    if (variant === 'sittings') {
      const near = days === 0 ? text('today') : days === 1 ? text('tomorrow') : null;
      return (
        <>
          <Typography variant="body2" sx={{ fontWeight: 600, fontVariantNumeric: 'tabular-nums' }}>
            {item.startsAt ?? '—'}
          </Typography>
          {near ? (
            <Typography variant="caption" color="primary" sx={{ fontWeight: 600 }}>
              {near}
            </Typography>
          ) : null}
        </>
      );
    }
    if (item.passed)
      return (
        <Typography variant="caption" color="error" sx={{ fontWeight: 600 }} data-testid="court-item-late">
          {text('passed', { smart_count: -days })}
        </Typography>
      );
    return (
      <Typography
        variant="caption"
        color={days <= 2 ? 'warning.dark' : 'text.secondary'}
        sx={{ fontWeight: days <= 2 ? 600 : undefined }}
      >
        {days === 0 ? text('due_today') : text('due_in', { smart_count: days })}
      </Typography>
    );
  };

  return (
    <Box component="ul" sx={{ listStyle: 'none', m: 0, p: 0 }}>
      {items.map((item) => (
        <Box
          component="li"
          key={item.eventId}
          data-testid="court-item"
          data-event-id={item.eventId}
          data-kind={item.kind}
          data-passed={item.passed}
          sx={{
            display: 'grid',
            gridTemplateColumns: '104px minmax(0, 1fr)',
            columnGap: 2,
            px: 2,
            py: 1.25,
            borderTop: 1,
            borderColor: 'divider',
            // A deadline passed unrecorded is edged in red, so it is the first thing the eye meets.
            boxShadow: item.passed ? (theme) => `inset 3px 0 0 ${theme.palette.error.main}` : undefined,
            bgcolor: item.passed ? (theme) => alpha(theme.palette.error.main, 0.05) : undefined,
          }}
        >
          <Stack spacing={0.25}>
            <Typography
              variant="body2"
              sx={{ fontWeight: 600, whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' }}
              color={item.passed ? 'error' : 'text.primary'}
              data-testid="court-item-day"
            >
              {formatAgendaDay(item.occursOn, locale)}
            </Typography>
            {when(item)}
          </Stack>
          <Stack spacing={0.25} sx={{ minWidth: 0 }}>
            <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap', rowGap: 0.5 }}>
              <Chip
                size="small"
                variant={item.passed ? 'filled' : 'outlined'}
                color={item.passed ? 'error' : KIND_COLORS[item.kind]}
                label={text(`kinds.${item.kind}`, { _: item.kind })}
              />
              {item.passed ? (
                <Typography variant="caption" color="error" sx={{ fontWeight: 600 }}>
                  {text('nothing_recorded')}
                </Typography>
              ) : null}
              <Link
                to={courtTabLink(item)}
                title={text('open_case', { reference: item.caseReference })}
                sx={{ fontFamily: 'monospace', fontWeight: 600 }}
                data-testid="court-item-case"
              >
                {item.caseReference}
              </Link>
              <Typography component="span" variant="body2" sx={{ overflowWrap: 'anywhere' }}>
                {item.clientName}
              </Typography>
            </Stack>
            <Typography variant="body2" color="text.secondary" sx={{ overflowWrap: 'anywhere' }}>
              {[item.court, item.room].filter(Boolean).join(' · ')}
            </Typography>
            <Typography variant="caption" color="text.secondary" sx={{ overflowWrap: 'anywhere' }}>
              {[
                text(`matter_kinds.${item.matterKind}`, { _: item.matterKind }),
                item.caseNumber ? text('case_number', { number: item.caseNumber }) : null,
                showOfficer
                  ? item.officerName
                    ? text('officer', { name: item.officerName })
                    : text('no_officer')
                  : null,
              ]
                .filter(Boolean)
                .join(' · ')}
            </Typography>
          </Stack>
        </Box>
      ))}
    </Box>
  );
};
