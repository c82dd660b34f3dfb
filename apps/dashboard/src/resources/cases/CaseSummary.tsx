import type { CaseMoneyTotals, Currency } from '@accord/contracts';
import { formatMoney } from '@accord/domain';
import { Box, Card, CardContent, Stack, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { useRecordContext, useTranslate } from 'react-admin';
import type { CaseRecord } from './case';

const Amount = ({
  label,
  fen,
  currency,
  children,
}: {
  label: string;
  fen: number;
  currency: Currency;
  children?: ReactNode;
}) => (
  <Card sx={{ flex: '1 1 200px' }} component="section" aria-label={label}>
    <CardContent>
      <Typography variant="body2" color="text.secondary">
        {label}
      </Typography>
      <Typography variant="h6" component="p" sx={{ fontVariantNumeric: 'tabular-nums' }}>
        {formatMoney(fen, currency)}
      </Typography>
      {children}
    </CardContent>
  </Card>
);

/**
 * The money at stake today and what waiting costs: penalty interest keeps growing with each day overdue,
 * which is what an officer shows a client (and a creditor) to make the case for acting now.
 */
export const CaseSummary = () => {
  const record = useRecordContext<CaseRecord>();
  const totals = (record?.totalsByCurrency ?? []).filter(
    (t): t is CaseMoneyTotals => 'penaltyProjected' in t,
  );
  if (!record?.debts) return null;
  // One row of figures per currency: yuan and Taiwan dollars are never added together.
  return (
    <Stack sx={{ gap: 2 }}>
      {totals.map((t) => (
        <CurrencySummary key={t.currency} totals={t} />
      ))}
    </Stack>
  );
};

const CurrencySummary = ({ totals }: { totals: CaseMoneyTotals }) => {
  const translate = useTranslate();
  const { currency } = totals;
  const later = totals.penaltyProjected.filter((point) => point.afterDays > 0);
  return (
    <Stack direction="row" sx={{ flexWrap: 'wrap', gap: 2 }} data-currency={currency}>
      <Amount
        label={translate('accord.cases.total_outstanding')}
        fen={totals.outstandingFen}
        currency={currency}
      />
      <Amount label={translate('accord.cases.total_overdue')} fen={totals.overdueFen} currency={currency} />
      <Amount
        label={translate('accord.cases.penalty_today')}
        fen={totals.penaltyAccruedFen}
        currency={currency}
      />
      <Card
        sx={{ flex: '1 1 260px' }}
        component="section"
        aria-label={translate('accord.cases.penalty_projected')}
      >
        <CardContent>
          <Typography variant="body2" color="text.secondary">
            {translate('accord.cases.penalty_projected')}
          </Typography>
          <Box
            component="dl"
            sx={{ display: 'grid', gridTemplateColumns: 'auto 1fr', columnGap: 2, m: 0, mt: 0.5 }}
          >
            {later.map((point) => (
              <Box key={point.afterDays} sx={{ display: 'contents' }}>
                <Typography component="dt" variant="body2" color="text.secondary">
                  {translate('accord.cases.after_days', { smart_count: point.afterDays })}
                </Typography>
                <Typography
                  component="dd"
                  variant="body2"
                  sx={{ m: 0, textAlign: 'right', fontVariantNumeric: 'tabular-nums', fontWeight: 600 }}
                >
                  {formatMoney(point.penaltyFen, currency)}
                </Typography>
              </Box>
            ))}
          </Box>
        </CardContent>
      </Card>
    </Stack>
  );
};
