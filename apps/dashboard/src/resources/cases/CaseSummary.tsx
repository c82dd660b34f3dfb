import type { Currency } from '@accord/contracts';
import { formatMoney } from '@accord/domain';
import { Box, Card, CardContent, Stack, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { useRecordContext, useTranslate } from 'react-admin';
import type { Schema } from '../../providers/api';
import type { CaseRecord } from './case';

/** A case's money in one currency, as the case's own read gives it (the list's copy has less). */
type CaseMoneyTotals = Schema<'CaseMoneyTotalsView'>;

/** A cost-of-waiting point; the late fees at that point when the API gives them (the domain's PenaltyPoint). */

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
 * which is what an officer shows a client (and a creditor) to make the case for acting now. A card's late
 * fees are named beside the penalty, never folded into it.
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
        <CurrencySummary key={t.currency} totals={t} lateFeeFen={t.lateFeeAccruedFen} />
      ))}
    </Stack>
  );
};

/** Late fees, named beside the penalty they are kept apart from; nothing when there are none. */
const LateFee = ({
  fen,
  currency,
  message,
  testId,
}: {
  fen: number | undefined;
  currency: Currency;
  message: string;
  testId: string;
}) => {
  const translate = useTranslate();
  if (!fen) return null;
  return (
    <Typography
      variant="body2"
      color="text.secondary"
      data-testid={testId}
      sx={{ fontVariantNumeric: 'tabular-nums' }}
    >
      {translate(message, { amount: formatMoney(fen, currency) })}
    </Typography>
  );
};

const CurrencySummary = ({ totals, lateFeeFen }: { totals: CaseMoneyTotals; lateFeeFen: number }) => {
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
      >
        <LateFee
          fen={lateFeeFen}
          currency={currency}
          message="accord.cases.late_fee_today"
          testId="case-late-fee"
        />
      </Amount>
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
                <Box component="dd" sx={{ m: 0, textAlign: 'right' }}>
                  <Typography
                    component="span"
                    variant="body2"
                    sx={{ display: 'block', fontVariantNumeric: 'tabular-nums', fontWeight: 600 }}
                  >
                    {formatMoney(point.penaltyFen, currency)}
                  </Typography>
                  <LateFee
                    fen={point.lateFeeFen}
                    currency={currency}
                    message="accord.debts.late_fee"
                    testId="projected-late-fee"
                  />
                </Box>
              </Box>
            ))}
          </Box>
          {totals.agreedDebts ? (
            <Typography
              variant="caption"
              color="text.secondary"
              component="p"
              data-testid="penalty-frozen"
              sx={{ mt: 0.5 }}
            >
              {translate('accord.cases.penalty_frozen', { smart_count: totals.agreedDebts })}
            </Typography>
          ) : null}
        </CardContent>
      </Card>
    </Stack>
  );
};
