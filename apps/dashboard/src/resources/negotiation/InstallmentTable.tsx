import { Table, TableBody, TableCell, TableContainer, TableHead, TableRow, Typography } from '@mui/material';
import { useLocaleState, useTranslate } from 'react-admin';
import { formatCalendarDate } from '../../common/firm';
import { InstallmentStatusChip } from './RepaymentChips';
import type { InstallmentState } from './repayment';
import { useMoney } from '../../common/currency';

const amount = { fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' } as const;

/** A plan's schedule: each installment's due date and amount, what was paid towards it, and its status. */
export const InstallmentTable = ({
  installments,
  nextId,
}: {
  installments: readonly InstallmentState[];
  /** The installment the next payment goes to, marked. */
  nextId: string | null;
}) => {
  const money = useMoney();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const column = (name: string) => translate(`accord.repayment.columns.${name}`);
  return (
    <TableContainer sx={{ border: '1px solid', borderColor: 'divider', borderRadius: 1, maxHeight: 420 }}>
      <Table size="small" stickyHeader aria-label={translate('accord.repayment.schedule')}>
        <TableHead>
          <TableRow sx={{ '& th': { whiteSpace: 'nowrap' } }}>
            <TableCell>{column('number')}</TableCell>
            <TableCell>{column('due_date')}</TableCell>
            <TableCell align="right">{column('amount')}</TableCell>
            <TableCell align="right">{column('paid')}</TableCell>
            <TableCell>{column('status')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {installments.map((item) => (
            <TableRow
              key={item.id}
              data-testid="installment"
              data-number={item.number}
              selected={item.id === nextId}
            >
              <TableCell sx={{ whiteSpace: 'nowrap' }}>
                {translate('accord.repayment.installment', { number: item.number })}
              </TableCell>
              <TableCell sx={amount}>{formatCalendarDate(item.dueDate, locale)}</TableCell>
              <TableCell align="right" sx={amount}>
                {money(item.amountFen)}
                {item.chargeFen ? (
                  <Typography variant="caption" color="text.secondary" component="div">
                    {translate('accord.repayment.of_which_charge', { amount: money(item.chargeFen) })}
                  </Typography>
                ) : null}
              </TableCell>
              <TableCell align="right" sx={amount}>
                {money(item.paidFen)}
              </TableCell>
              <TableCell>
                <InstallmentStatusChip status={item.status} daysLate={item.daysLate} />
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
};
