import { formatMoney } from '@accord/domain';
import { Table, TableBody, TableCell, TableContainer, TableHead, TableRow, Typography } from '@mui/material';
import { useGetList, useLocaleState, useTranslate } from 'react-admin';
import { formatFirmInstant } from '../../common/firm';
import { statementAffordability, type LivingMinimumRecord, type StatementRecord } from './statement';

const amount = { fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' } as const;

/** Earlier statements, newest first, with what each said the client could pay, each in its own currency. */
export const StatementHistory = ({
  statements,
  commitBp,
}: {
  statements: readonly StatementRecord[];
  commitBp: number;
}) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  // A statement's region floors its spending: the figures are worked out with it, as the server does.
  const regions =
    useGetList<LivingMinimumRecord>('living-minimums', {
      pagination: { page: 1, perPage: 200 },
      sort: { field: 'region', order: 'ASC' },
    }).data ?? [];
  if (!statements.length)
    return (
      <Typography variant="body2" color="text.secondary">
        {translate('accord.statements.history_empty')}
      </Typography>
    );
  const figure = (name: string) => translate(`accord.statements.figures.${name}`);
  return (
    <TableContainer sx={{ border: '1px solid', borderColor: 'divider', borderRadius: 1 }}>
      <Table size="small" aria-label={translate('accord.statements.history')}>
        <TableHead>
          <TableRow sx={{ '& th': { whiteSpace: 'nowrap' } }}>
            <TableCell>{translate('accord.statements.recorded_at')}</TableCell>
            <TableCell align="right">{figure('income')}</TableCell>
            <TableCell align="right">{figure('spending')}</TableCell>
            <TableCell align="right">{figure('other_debts')}</TableCell>
            <TableCell align="right">{figure('disposable')}</TableCell>
            <TableCell align="right">{figure('capacity')}</TableCell>
            <TableCell align="right">{translate('accord.statements.dependants')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {statements.map((statement) => {
            const figures = statementAffordability(
              statement,
              commitBp,
              regions.find((r) => r.id === statement.livingMinimumId) ?? null,
            );
            const money = (fen: number) => formatMoney(fen, statement.currency, locale);
            return (
              <TableRow key={statement.id} data-testid="earlier-statement">
                <TableCell sx={{ whiteSpace: 'nowrap' }}>
                  {formatFirmInstant(statement.createdAt, locale)}
                </TableCell>
                <TableCell align="right" sx={amount}>
                  {money(figures.incomeFen)}
                </TableCell>
                <TableCell align="right" sx={amount}>
                  {money(figures.countedSpendingFen)}
                </TableCell>
                <TableCell align="right" sx={amount}>
                  {money(figures.otherDebtPaymentsFen)}
                </TableCell>
                <TableCell align="right" sx={amount}>
                  {money(figures.disposableFen)}
                </TableCell>
                <TableCell align="right" sx={amount}>
                  {money(figures.capacityFen)}
                </TableCell>
                <TableCell align="right" sx={amount}>
                  {statement.dependants}
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </TableContainer>
  );
};
