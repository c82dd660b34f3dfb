import type { Currency } from '@accord/contracts';
import { formatMoney } from '@accord/domain';
import { Box, Stack, Typography } from '@mui/material';
import { useLocaleState, useTranslate } from 'react-admin';
import type { StatementRecord } from './statement';

const List = ({
  title,
  lines,
  currency,
}: {
  title: string;
  lines: { name: string; fen: number }[];
  currency: Currency;
}) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  return (
    <Box component="section" aria-label={title} sx={{ flex: '1 1 200px', minWidth: 0 }}>
      <Typography variant="subtitle2" component="h4" sx={{ fontWeight: 600, mb: 0.5 }}>
        {title}
      </Typography>
      {lines.length ? (
        <Box
          component="dl"
          sx={{ display: 'grid', gridTemplateColumns: '1fr auto', columnGap: 2, rowGap: 0.25, m: 0 }}
        >
          {lines.map((line, i) => (
            <Box key={i} sx={{ display: 'contents' }}>
              <Typography component="dt" variant="body2" color="text.secondary" noWrap title={line.name}>
                {line.name}
              </Typography>
              <Typography
                component="dd"
                variant="body2"
                sx={{ m: 0, textAlign: 'right', fontVariantNumeric: 'tabular-nums' }}
              >
                {formatMoney(line.fen, currency, locale)}
              </Typography>
            </Box>
          ))}
        </Box>
      ) : (
        <Typography variant="body2" color="text.secondary">
          {translate('accord.statements.none_listed')}
        </Typography>
      )}
    </Box>
  );
};

/** A saved statement's lines, in its currency: where the money comes from, where it must go, who depends on it. */
export const StatementLines = ({ statement }: { statement: StatementRecord }) => {
  const translate = useTranslate();
  return (
    <Stack spacing={2}>
      <Stack direction="row" sx={{ flexWrap: 'wrap', gap: 3 }}>
        <List
          title={translate('accord.statements.income')}
          currency={statement.currency}
          lines={statement.income.map((l) => ({ name: l.source, fen: l.amountFen }))}
        />
        <List
          title={translate('accord.statements.spending')}
          currency={statement.currency}
          lines={statement.essentialSpending.map((l) => ({ name: l.category, fen: l.amountFen }))}
        />
        <List
          title={translate('accord.statements.other_debts')}
          currency={statement.currency}
          lines={statement.otherDebts.map((l) => ({ name: l.lender, fen: l.monthlyPaymentFen }))}
        />
      </Stack>
      <Typography variant="body2">
        {translate('accord.labelled', {
          label: translate('accord.statements.dependants'),
          value: statement.dependants,
        })}
      </Typography>
      {statement.notes ? (
        <Typography variant="body2" color="text.secondary" sx={{ whiteSpace: 'pre-line' }}>
          {statement.notes}
        </Typography>
      ) : null}
    </Stack>
  );
};
