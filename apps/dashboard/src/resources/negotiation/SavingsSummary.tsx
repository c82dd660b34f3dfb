import { formatFen } from '@accord/domain';
import { Box, Card, CardContent, Stack, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { SavingsAnswer } from './repayment';

const Figure = ({ label, fen, strong }: { label: string; fen: number; strong?: boolean }) => (
  <Box sx={{ minWidth: 160 }}>
    <Typography variant="body2" color="text.secondary">
      {label}
    </Typography>
    <Typography
      variant={strong ? 'h6' : 'subtitle1'}
      component="p"
      sx={{
        fontVariantNumeric: 'tabular-nums',
        fontWeight: strong ? 700 : 500,
        color: strong && fen > 0 ? 'success.dark' : undefined,
      }}
    >
      {formatFen(fen)}
    </Typography>
  </Box>
);

/**
 * What the agreements save the client: what they would owe by each plan's last due date without one
 * (outstanding plus the penalty accrued by then), against what the plans cost. What a manager reports.
 */
export const SavingsSummary = ({ savings }: { savings: SavingsAnswer }) => {
  const translate = useTranslate();
  return (
    <Card variant="outlined" component="section" aria-label={translate('accord.repayment.savings_title')}>
      <CardContent>
        <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 600 }}>
          {translate('accord.repayment.savings_title')}
        </Typography>
        <Typography variant="caption" color="text.secondary" component="p" sx={{ mb: 1 }}>
          {translate('accord.repayment.savings_help')}
        </Typography>
        <Stack direction="row" sx={{ flexWrap: 'wrap', gap: 3 }} data-testid="savings">
          <Figure label={translate('accord.repayment.without_agreement')} fen={savings.withoutAgreementFen} />
          <Figure label={translate('accord.repayment.plan_total')} fen={savings.planTotalFen} />
          <Figure label={translate('accord.repayment.savings')} fen={savings.savingsFen} strong />
        </Stack>
      </CardContent>
    </Card>
  );
};
