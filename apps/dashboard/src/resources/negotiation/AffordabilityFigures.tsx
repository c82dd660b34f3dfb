import type { Currency } from '@accord/contracts';
import { formatMoneyOrAmount, type Affordability } from '@accord/domain';
import { Alert, Box, Typography } from '@mui/material';
import { useLocaleState, useTranslate } from 'react-admin';

const Row = ({
  label,
  value,
  strong,
  testId,
}: {
  label: string;
  value: string;
  strong?: boolean;
  testId?: string;
}) => (
  <Box sx={{ display: 'contents' }}>
    <Typography component="dt" variant="body2" color={strong ? 'text.primary' : 'text.secondary'}>
      {label}
    </Typography>
    <Typography
      component="dd"
      variant={strong ? 'subtitle1' : 'body2'}
      data-testid={testId}
      sx={{
        m: 0,
        textAlign: 'right',
        fontVariantNumeric: 'tabular-nums',
        fontWeight: strong ? 700 : 400,
        whiteSpace: 'nowrap',
      }}
    >
      {value}
    </Typography>
  </Box>
);

/**
 * What the client can pay each month: income less essential spending and other debts, and the share of
 * what is left that the firm commits to creditors. The same figures for a saved statement and, live, for
 * one being typed, in the statement's currency (bare amounts while a new one's is not chosen yet).
 */
export const AffordabilityFigures = ({
  figures,
  commitBp,
  currency,
}: {
  figures: Affordability;
  commitBp: number;
  currency: Currency | null;
}) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const money = (fen: number) => formatMoneyOrAmount(fen, currency, locale);
  const label = (name: string) => translate(`accord.statements.figures.${name}`);
  const percent = `${(commitBp / 100).toLocaleString('en', { maximumFractionDigits: 2 })} %`;
  return (
    <Box>
      <Box
        component="dl"
        sx={{ display: 'grid', gridTemplateColumns: '1fr auto', columnGap: 2, rowGap: 0.5, m: 0 }}
      >
        <Row label={label('income')} value={money(figures.incomeFen)} />
        <Row label={label('spending')} value={`− ${money(figures.essentialSpendingFen)}`} />
        <Row label={label('other_debts')} value={`− ${money(figures.otherDebtPaymentsFen)}`} />
        <Box sx={{ gridColumn: '1 / -1', borderTop: '1px solid', borderColor: 'divider', my: 0.5 }} />
        <Row
          label={label('disposable')}
          value={money(figures.disposableFen)}
          strong
          testId="disposable-income"
        />
        <Row label={label('commit_share')} value={percent} testId="commit-share" />
        <Row label={label('capacity')} value={money(figures.capacityFen)} strong testId="monthly-capacity" />
      </Box>
      {figures.disposableFen <= 0 ? (
        <Alert severity="warning" sx={{ mt: 1.5 }}>
          {translate('accord.statements.negative')}
        </Alert>
      ) : null}
    </Box>
  );
};
