import { formatMoney } from '@accord/domain';
import AddIcon from '@mui/icons-material/Add';
import { Box, Button, Card, CardContent, Chip, Stack, Typography, alpha } from '@mui/material';
import { useLocaleState, useTranslate } from 'react-admin';
import { formatCalendarDate } from '../../common/firm';
import { eventsInOrder, isDeadline, workedOut, type CourtEvent, type CourtMatter } from './court';

export type EventMove = 'move' | 'complete';

/**
 * One court matter: what, where, who brought it and for how much, the debts it is about, and its events
 * in date order. A deadline says how it was worked out, why it was moved, and loudly when it passed with
 * nothing recorded.
 */
export const MatterCard = ({
  matter,
  debtNames,
  fileNames,
  onAddEvent,
  onConclude,
  onDeadline,
}: {
  matter: CourtMatter;
  debtNames: Map<string, string>;
  fileNames: Map<string, string>;
  /** Absent when the case can only be read. */
  onAddEvent?: () => void;
  onConclude?: () => void;
  onDeadline?: (move: EventMove, event: CourtEvent) => void;
}) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const t = (key: string, options?: Record<string, unknown>) => translate(`accord.court.${key}`, options);
  const date = (value: string) => formatCalendarDate(value, locale);
  const money = (fen: number) => formatMoney(fen, matter.currency, locale);
  const open = matter.status === 'open';
  const list = translate('accord.list_separator');

  const eventLine = (event: CourtEvent) => {
    const deadline = isDeadline(event.kind);
    const worked = deadline ? workedOut(matter, event) : null;
    const moved = deadline && event.computedOn && event.computedOn !== event.occursOn;
    const where = [
      event.startsAt ? t('events.at_time', { time: event.startsAt }) : null,
      event.court ? t('events.court', { court: event.court }) : null,
      event.room ? t('events.room', { room: event.room }) : null,
    ].filter(Boolean);
    const facts = [
      event.attendees.length
        ? t('events.attending', {
            who: event.attendees.map((a) => t(`attendees.${a}`)).join(list),
          })
        : null,
      event.servedOn ? t('events.served', { date: date(event.servedOn) }) : null,
      event.amountFen !== null ? t('events.amount', { amount: money(event.amountFen) }) : null,
      event.untilOn ? t('events.until', { date: date(event.untilOn) }) : null,
    ].filter(Boolean);
    return (
      <Box
        key={event.id}
        data-testid="court-event"
        data-kind={event.kind}
        sx={(theme) => ({
          borderLeft: 3,
          borderColor: event.passed
            ? 'error.main'
            : deadline && !event.completedOn
              ? 'warning.light'
              : 'divider',
          bgcolor: event.passed ? alpha(theme.palette.error.main, 0.06) : undefined,
          pl: 1.5,
          py: 0.5,
        })}
      >
        <Stack direction="row" spacing={1} sx={{ alignItems: 'baseline', flexWrap: 'wrap', rowGap: 0.5 }}>
          <Typography variant="body2" sx={{ fontWeight: 600 }}>
            {t(`event_kinds.${event.kind}`)}
          </Typography>
          <Typography variant="body2" data-testid="court-event-day">
            {date(event.occursOn)}
            {where.length ? ` ${where.join(' ')}` : ''}
          </Typography>
          {event.passed ? (
            <Chip size="small" color="error" label={t('events.passed')} data-testid="deadline-passed" />
          ) : null}
          {event.outcome ? (
            <Chip
              size="small"
              color={event.outcome === 'filed' ? 'success' : 'default'}
              variant="outlined"
              label={t(`outcomes.${event.outcome}`)}
            />
          ) : null}
        </Stack>
        {facts.length ? (
          <Typography variant="body2" color="text.secondary">
            {facts.join(' · ')}
          </Typography>
        ) : null}
        {deadline && event.computedOn ? (
          <Typography variant="body2" color="text.secondary" data-testid="worked-out">
            {worked
              ? t(worked.rolled ? 'events.worked_out_rolled' : 'events.worked_out', {
                  date: date(worked.on),
                  days: worked.days,
                  from: date(worked.from),
                })
              : t('events.worked_out_plain', { date: date(event.computedOn) })}
          </Typography>
        ) : null}
        {moved ? (
          <Typography variant="body2" color="warning.dark">
            {t('events.moved', {
              date: date(event.computedOn as string),
              reason: event.changeReason ?? '',
            })}
          </Typography>
        ) : null}
        {event.completedOn && event.outcome ? (
          <Typography variant="body2">
            {event.outcome === 'filed'
              ? t('events.filed', { date: date(event.completedOn) })
              : t('events.let_pass', { date: date(event.completedOn), note: event.completionNote ?? '' })}
            {event.outcome === 'filed' && event.completionNote ? ` · ${event.completionNote}` : ''}
          </Typography>
        ) : null}
        {event.documentIds.length ? (
          <Typography variant="body2" color="text.secondary">
            {t('events.documents', {
              files: event.documentIds.map((id) => fileNames.get(id) ?? '…').join(list),
            })}
          </Typography>
        ) : null}
        {event.note ? (
          <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap' }}>
            {event.note}
          </Typography>
        ) : null}
        {deadline && !event.completedOn && onDeadline ? (
          <Stack direction="row" spacing={1} sx={{ mt: 0.5 }}>
            <Button size="small" variant="outlined" onClick={() => onDeadline('complete', event)}>
              {t('complete')}
            </Button>
            <Button size="small" onClick={() => onDeadline('move', event)}>
              {t('move')}
            </Button>
          </Stack>
        ) : null}
      </Box>
    );
  };

  const events = eventsInOrder(matter.events);
  return (
    <Card variant="outlined" data-testid="court-matter">
      <CardContent sx={{ '&:last-child': { pb: 2 } }}>
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap', rowGap: 0.5 }}>
          <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 600 }}>
            {t(`matter_kinds.${matter.kind}`)} · {matter.court}
          </Typography>
          <Chip
            size="small"
            variant={open ? 'filled' : 'outlined'}
            color={open ? 'primary' : 'default'}
            label={t(`matter_statuses.${matter.status}`)}
          />
        </Stack>
        <Typography variant="body2" color="text.secondary">
          {[
            matter.caseNumber,
            matter.claimant ? t('matters.claimant', { claimant: matter.claimant }) : null,
            matter.claimedFen !== null ? t('matters.claimed', { amount: money(matter.claimedFen) }) : null,
            matter.concludedOn ? t('matters.concluded_on', { date: date(matter.concludedOn) }) : null,
          ]
            .filter(Boolean)
            .join(' · ')}
        </Typography>
        <Typography variant="body2" color="text.secondary">
          {t('matters.debts', { debts: matter.debtIds.map((id) => debtNames.get(id) ?? '…').join(list) })}
        </Typography>
        {matter.note ? (
          <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap' }}>
            {matter.note}
          </Typography>
        ) : null}
        <Stack spacing={1} sx={{ mt: 1.5 }}>
          {events.length === 0 ? (
            <Typography variant="body2" color="text.secondary">
              {t('matters.no_events')}
            </Typography>
          ) : (
            events.map(eventLine)
          )}
        </Stack>
        {onAddEvent ? (
          <Stack direction="row" spacing={1} sx={{ mt: 1.5 }}>
            <Button size="small" variant="outlined" startIcon={<AddIcon />} onClick={onAddEvent}>
              {t('add_event')}
            </Button>
            {open && onConclude ? (
              <Button size="small" color="inherit" onClick={onConclude}>
                {t('conclude')}
              </Button>
            ) : null}
          </Stack>
        ) : null}
      </CardContent>
    </Card>
  );
};
