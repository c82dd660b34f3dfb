import { Box, Card, CardContent, Typography } from '@mui/material';
import { useId, type ReactNode } from 'react';
import { useLocaleState, useTranslate } from 'react-admin';
import { formatCalendarDate } from '../../common/firm';
import { ReadError } from '../../common/ReadProgress';
import { answer, useApi } from '../../providers/api';
import { useApiAnswer } from '../../resources/negotiation/useApiAnswer';
import { AgendaList } from './AgendaList';
import { AGENDA_DAYS, deadlinesInOrder, type AgendaItem, type CourtAgenda } from './court-agenda';

interface AgendaCardProps {
  testId: string;
  title: string;
  help: string;
  empty: string;
  items: readonly AgendaItem[];
  /** Passed deadlines colour the card's edge: they are what must not wait. */
  alert?: boolean;
  children: ReactNode;
}

const AgendaCard = ({ testId, title, help, empty, items, alert = false, children }: AgendaCardProps) => {
  const titleId = useId();
  return (
    <Card
      component="section"
      aria-labelledby={titleId}
      data-testid={testId}
      data-total={items.length}
      sx={{ borderTop: 3, borderTopColor: alert ? 'error.main' : 'primary.main' }}
    >
      <CardContent sx={{ pb: 1.5, '&:last-child': { pb: items.length ? 0 : 2 } }}>
        <Typography id={titleId} variant="subtitle1" component="h3" sx={{ fontWeight: 600 }}>
          {title}
          {items.length ? (
            <Typography component="span" variant="body1" color="text.secondary" sx={{ ml: 1 }}>
              ({items.length})
            </Typography>
          ) : null}
        </Typography>
        <Typography
          variant="body2"
          color="text.secondary"
          data-testid={items.length ? undefined : 'court-empty'}
        >
          {items.length ? help : empty}
        </Typography>
      </CardContent>
      {items.length ? children : null}
    </Card>
  );
};

/**
 * The officer's court week, beside their day: the hearings and mediations of the coming seven days, and
 * the answer and appeal deadlines, those passed with nothing recorded first and in red. Read with the day
 * (`reads` counts its readings: the refresh button, coming back to the page).
 */
export const CourtAgendaCards = ({ reads }: { reads: number }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const api = useApi();
  const agenda = useApiAnswer<CourtAgenda>(
    async () => answer(await api.GET('/api/court-agenda', { params: { query: { days: AGENDA_DAYS } } })),
    `court-agenda:${reads}`,
  );
  const data = agenda.data;
  if (!data) return <ReadError error={agenda.error} onReload={agenda.reload} />;
  const text = (key: string, options?: Record<string, unknown>) =>
    translate(`accord.court_agenda.${key}`, options);
  const deadlines = deadlinesInOrder(data);

  return (
    <Box
      data-testid="court-agenda"
      sx={{
        display: 'grid',
        gap: 2,
        alignItems: 'start',
        gridTemplateColumns: { xs: 'minmax(0, 1fr)', md: 'repeat(2, minmax(0, 1fr))' },
      }}
    >
      <AgendaCard
        testId="court-hearings"
        title={text('hearings.title')}
        help={text('hearings.help', { to: formatCalendarDate(data.to, locale) })}
        empty={text('hearings.empty')}
        items={data.hearings}
      >
        <AgendaList items={data.hearings} today={data.from} variant="sittings" />
      </AgendaCard>
      <AgendaCard
        testId="court-deadlines"
        title={text('deadlines.title')}
        help={text('deadlines.help')}
        empty={text('deadlines.empty')}
        items={deadlines}
        alert={data.passedDeadlines.length > 0}
      >
        <AgendaList items={deadlines} today={data.from} variant="deadlines" />
      </AgendaCard>
    </Box>
  );
};
