import type { Currency } from '@accord/contracts';
import { formatMoney } from '@accord/domain';
import { Box, Card, CardContent, Stack, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { SavingsAnswer } from './repayment';

const Figure = ({
  label,
  fen,
  currency,
  strong,
}: {
  label: string;
  fen: number;
  currency: Currency;
  strong?: boolean;
}) => (
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
      {formatMoney(fen, currency)}
    </Typography>
  </Box>
);

/**
 * What the agreements save the client: what the creditor claimed on the day of agreement (outstanding
 * plus penalty and fees accrued to that day) against what the plans cost, per currency. What a manager
 * reports; the penalty still to come is the case page's "cost of waiting", never counted here.
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
        {savings.totals.map((t) => (
          <Stack
            key={t.currency}
            direction="row"
            sx={{ flexWrap: 'wrap', gap: 3 }}
            data-testid="savings"
            data-currency={t.currency}
          >
            <Figure
              label={translate('accord.repayment.without_agreement')}
              fen={t.withoutAgreementFen}
              currency={t.currency}
            />
            <Figure
              label={translate('accord.repayment.plan_total')}
              fen={t.planTotalFen}
              currency={t.currency}
            />
            <Figure
              label={translate('accord.repayment.savings')}
              fen={t.savingsFen}
              currency={t.currency}
              strong
            />
          </Stack>
        ))}
      </CardContent>
    </Card>
  );
};
