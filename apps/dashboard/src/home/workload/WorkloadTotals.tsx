import { Box } from '@mui/material';
import { useTranslate } from 'react-admin';
import { FigureCard } from './FigureCard';
import { moneyText, overdueItems, type WorkloadReport } from './workload-figures';

const GRID = { display: 'grid', gap: 1.5 } as const;

/** The totals: the load now (counts) on one row, the money (under negotiation now, agreed and saved in the period) on the next. */
export const WorkloadTotals = ({ totals }: { totals: WorkloadReport['totals'] }) => {
  const translate = useTranslate();
  const text = (key: string, options?: Record<string, unknown>) =>
    translate(`accord.workload.totals.${key}`, options);
  const overdue = overdueItems(totals);
  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', gap: 1.5 }}>
      <Box
        sx={{
          ...GRID,
          gridTemplateColumns: { xs: 'repeat(2, minmax(0, 1fr))', md: 'repeat(4, minmax(0, 1fr))' },
        }}
      >
        <FigureCard
          testId="openCases"
          label={text('open_cases')}
          value={totals.openCases}
          caption={text('officers', { smart_count: totals.officers })}
        />
        <FigureCard
          testId="overdue"
          label={text('overdue')}
          value={overdue}
          tone={overdue ? 'alert' : 'plain'}
          caption={text('overdue_parts', totals.overdue)}
        />
        <FigureCard
          testId="missedInstallments"
          label={text('missed')}
          value={totals.missedInstallments}
          tone={totals.missedInstallments ? 'alert' : 'plain'}
          caption={text('missed_help')}
        />
        <FigureCard
          testId="staleCases"
          label={text('stale')}
          value={totals.staleCases}
          tone={totals.staleCases ? 'alert' : 'plain'}
          caption={text('stale_help')}
        />
      </Box>
      <Box sx={{ ...GRID, gridTemplateColumns: { xs: 'minmax(0, 1fr)', sm: 'repeat(3, minmax(0, 1fr))' } }}>
        <FigureCard
          testId="underNegotiationFen"
          label={text('under_negotiation')}
          value={moneyText(totals.money, 'underNegotiationFen')}
          tone="money"
          caption={text('under_negotiation_help')}
        />
        <FigureCard
          testId="agreedFen"
          label={text('agreed')}
          value={moneyText(totals.money, 'agreedFen')}
          tone="money"
          caption={text('in_period')}
        />
        <FigureCard
          testId="savedFen"
          label={text('saved')}
          value={moneyText(totals.money, 'savedFen')}
          tone="money"
          caption={text('saved_help')}
        />
      </Box>
    </Box>
  );
};
