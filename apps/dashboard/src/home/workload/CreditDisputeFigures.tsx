import { Box, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { answer, useApi } from '../../providers/api';
import { useApiAnswer } from '../../resources/negotiation/useApiAnswer';
import { FigureCard } from './FigureCard';

/**
 * The credit disputes of the team (or the firm): open, with an answer due this week, and past the
 * 20 days the agency or lender has to answer — the ones a manager chases.
 */
export const CreditDisputeFigures = ({ teamId }: { teamId: string | null }) => {
  const translate = useTranslate();
  const api = useApi();
  const text = (key: string, options?: Record<string, unknown>) =>
    translate(`accord.workload.credit_disputes.${key}`, options);
  const figures = useApiAnswer(
    async () =>
      answer(
        await api.GET('/api/reports/credit-disputes', { params: { query: { teamId: teamId ?? undefined } } }),
      ),
    `credit-disputes:${teamId ?? 'firm'}`,
  );
  const data = figures.data;
  if (!data) return null;
  return (
    <Box component="section" aria-label={text('title')} data-testid="credit-dispute-figures">
      <Typography variant="subtitle1" component="h3" sx={{ mb: 1 }}>
        {text('title')}
      </Typography>
      <Box
        sx={{
          display: 'grid',
          gap: 1.5,
          gridTemplateColumns: { xs: 'repeat(2, minmax(0, 1fr))', md: 'repeat(3, minmax(0, 1fr))' },
        }}
      >
        <FigureCard
          testId="disputesOpen"
          label={text('open')}
          value={data.open}
          caption={text('open_caption')}
        />
        <FigureCard
          testId="disputesDueThisWeek"
          label={text('due_week')}
          value={data.dueThisWeek}
          caption={text('due_week_caption')}
        />
        <FigureCard
          testId="disputesOverdue"
          label={text('overdue')}
          value={data.overdue}
          caption={text('overdue_caption')}
          tone={data.overdue > 0 ? 'alert' : 'plain'}
        />
      </Box>
    </Box>
  );
};
