import type { Currency } from '@accord/contracts';
import { formatMoney } from '@accord/domain';
import { Table, TableBody, TableCell, TableContainer, TableHead, TableRow, Typography } from '@mui/material';
import { useLocaleState, useTranslate } from 'react-admin';
import type { CapacityShare } from './statement';

const amount = { fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' } as const;

/**
 * The monthly capacity shared across the open debts in proportion to what is owed on each: what a proposal
 * to each creditor can ask of the client. Each debt shows in its own currency; one owed in another currency
 * than the statement's gets no share, since the statement's money is never weighed against it.
 */
export const CapacitySplit = ({
  debts,
  currency,
}: {
  debts: readonly CapacityShare[];
  /** The statement's currency, which the shares are in. */
  currency: Currency;
}) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  if (!debts.length)
    return (
      <Typography variant="body2" color="text.secondary">
        {translate('accord.statements.split_none')}
      </Typography>
    );
  const apart = debts.some((d) => d.capacityFen === null);
  return (
    <>
      <TableContainer sx={{ border: '1px solid', borderColor: 'divider', borderRadius: 1 }}>
        <Table size="small" aria-label={translate('accord.statements.split_title')}>
          <TableHead>
            <TableRow>
              <TableCell>{translate('resources.debts.fields.creditorName')}</TableCell>
              <TableCell align="right">{translate('resources.debts.fields.outstandingFen')}</TableCell>
              <TableCell align="right">{translate('accord.statements.figures.capacity')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {debts.map((debt) => (
              <TableRow key={debt.debtId} data-testid="capacity-share" data-currency={debt.currency}>
                <TableCell>{debt.creditorName}</TableCell>
                <TableCell align="right" sx={amount}>
                  {formatMoney(debt.outstandingFen, debt.currency, locale)}
                </TableCell>
                <TableCell align="right" sx={{ ...amount, fontWeight: 600 }}>
                  {debt.capacityFen === null ? '—' : formatMoney(debt.capacityFen, currency, locale)}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableContainer>
      {apart ? (
        <Typography variant="caption" color="text.secondary" component="p" sx={{ mt: 0.5 }}>
          {translate('accord.statements.split_other_currency', {
            currency: translate(`accord.debts.currencies.${currency}`),
          })}
        </Typography>
      ) : null}
    </>
  );
};
