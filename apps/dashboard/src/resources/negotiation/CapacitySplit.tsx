import { formatFen } from '@accord/domain';
import { Table, TableBody, TableCell, TableContainer, TableHead, TableRow, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { AffordabilityAnswer } from './statement';

const amount = { fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' } as const;

/**
 * The monthly capacity shared across the open debts in proportion to what is owed on each: what a proposal
 * to each creditor can ask of the client.
 */
export const CapacitySplit = ({ debts }: { debts: AffordabilityAnswer['debts'] }) => {
  const translate = useTranslate();
  if (!debts.length)
    return (
      <Typography variant="body2" color="text.secondary">
        {translate('accord.statements.split_none')}
      </Typography>
    );
  return (
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
            <TableRow key={debt.debtId} data-testid="capacity-share">
              <TableCell>{debt.creditorName}</TableCell>
              <TableCell align="right" sx={amount}>
                {formatFen(debt.outstandingFen)}
              </TableCell>
              <TableCell align="right" sx={{ ...amount, fontWeight: 600 }}>
                {formatFen(debt.capacityFen)}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
};
