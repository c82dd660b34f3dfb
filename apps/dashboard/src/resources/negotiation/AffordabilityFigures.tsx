import type { Currency } from '@accord/contracts';
import { formatMoneyOrAmount, type Affordability } from '@accord/domain';
import { Alert, AlertTitle, Box, Typography } from '@mui/material';
import { useLocaleState, useTranslate } from 'react-admin';
import type { ShortfallAnswer } from './statement';

/** The region's floor, as the figures were worked out with it (null: the statement names no region). */
export interface FloorShown {
  region: string;
  perPersonFen: number;
  people: number;
}

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
  floor,
  shortfall,
}: {
  figures: Affordability;
  commitBp: number;
  currency: Currency | null;
  /** The region's living minimum used; null when none is chosen (the figures say no floor applies). */
  floor?: FloorShown | null;
  /** Against the cheapest plan the creditors allow; shown when it does not fit. */
  shortfall?: ShortfallAnswer | null;
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
        <Row
          label={label(figures.spendingCounted === 'living_minimum' ? 'spending_stated' : 'spending')}
          value={
            figures.spendingCounted === 'living_minimum'
              ? money(figures.essentialSpendingFen)
              : `− ${money(figures.essentialSpendingFen)}`
          }
          testId="stated-spending"
        />
        {floor && figures.householdLivingMinimumFen !== null ? (
          <Row
            label={translate('accord.statements.figures.living_minimum', {
              region: floor.region,
              people: floor.people,
              per_person: money(floor.perPersonFen),
            })}
            value={
              figures.spendingCounted === 'living_minimum'
                ? `− ${money(figures.householdLivingMinimumFen)}`
                : money(figures.householdLivingMinimumFen)
            }
            testId="living-minimum"
          />
        ) : null}
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
      <Typography
        variant="caption"
        color="text.secondary"
        component="p"
        sx={{ mt: 1 }}
        data-testid="floor-note"
      >
        {floor
          ? translate(
              figures.spendingCounted === 'living_minimum'
                ? 'accord.statements.floor_counted'
                : 'accord.statements.stated_counted',
              { region: floor.region },
            )
          : translate('accord.statements.no_floor')}
      </Typography>
      {shortfall && !shortfall.fits ? (
        <Alert severity="error" sx={{ mt: 1.5 }} data-testid="shortfall">
          <AlertTitle>
            {translate('accord.statements.shortfall_title', { amount: money(shortfall.shortfallFen) })}
          </AlertTitle>
          {translate('accord.statements.shortfall_body', {
            needed: money(shortfall.neededFen),
            capacity: money(shortfall.capacityFen),
          })}
          <Box component="ul" sx={{ m: 0, mt: 0.5, pl: 2.5 }}>
            {shortfall.plans.map((p) => (
              <li key={p.debtId}>
                {translate('accord.statements.shortfall_plan', {
                  creditor: p.creditorName,
                  months: p.months,
                  monthly: money(p.monthlyFen),
                })}
              </li>
            ))}
          </Box>
        </Alert>
      ) : null}
      {figures.disposableFen <= 0 ? (
        <Alert severity="warning" sx={{ mt: 1.5 }}>
          {translate('accord.statements.negative')}
        </Alert>
      ) : null}
    </Box>
  );
};
