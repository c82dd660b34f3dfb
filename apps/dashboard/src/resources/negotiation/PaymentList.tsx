import {
  Box,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { useLocaleState, useTranslate } from 'react-admin';
import { formatCalendarDate, formatFirmInstant } from '../../common/firm';
import { paymentsNewestFirst, type InstallmentState, type PaymentRecord } from './repayment';
import { ProofLink } from './ProofLink';
import { useMoney } from '../../common/currency';

const amount = { fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' } as const;

/** The payments recorded on a plan, newest first, each with the proofs sent with it. */
export const PaymentList = ({
  payments,
  installments,
}: {
  payments: readonly PaymentRecord[];
  installments: readonly InstallmentState[];
}) => {
  const money = useMoney();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  if (!payments.length)
    return (
      <Typography variant="body2" color="text.secondary">
        {translate('accord.repayment.no_payments')}
      </Typography>
    );
  const column = (name: string) => translate(`accord.repayment.columns.${name}`);
  const numberOf = (installmentId: string) => installments.find((i) => i.id === installmentId)?.number;
  return (
    <TableContainer sx={{ border: '1px solid', borderColor: 'divider', borderRadius: 1 }}>
      <Table size="small" aria-label={translate('accord.repayment.payments')}>
        <TableHead>
          <TableRow sx={{ '& th': { whiteSpace: 'nowrap' } }}>
            <TableCell>{column('paid_on')}</TableCell>
            <TableCell align="right">{column('amount')}</TableCell>
            <TableCell>{column('went_to')}</TableCell>
            <TableCell>{column('payee')}</TableCell>
            <TableCell>{column('reference')}</TableCell>
            <TableCell>{column('recorded_at')}</TableCell>
            <TableCell>{column('proofs')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {paymentsNewestFirst(payments).map((payment) => {
            const number = numberOf(payment.installmentId);
            return (
              <TableRow key={payment.id} data-testid="payment" sx={{ verticalAlign: 'top' }}>
                <TableCell sx={amount}>{formatCalendarDate(payment.paidOn, locale)}</TableCell>
                <TableCell align="right" sx={amount}>
                  {money(payment.amountFen)}
                </TableCell>
                <TableCell data-testid="payment-allocation">
                  {payment.allocations.length ? (
                    payment.allocations.map((part) => (
                      <Box key={part.installmentId} sx={{ whiteSpace: 'nowrap' }}>
                        {translate(
                          part.daysLate > 0 ? 'accord.repayment.went_to_late' : 'accord.repayment.went_to',
                          {
                            number: part.number,
                            amount: money(part.amountFen),
                            smart_count: part.daysLate,
                          },
                        )}
                      </Box>
                    ))
                  ) : (
                    <Box sx={{ whiteSpace: 'nowrap' }}>
                      {number ? translate('accord.repayment.installment', { number }) : '—'}
                    </Box>
                  )}
                  {payment.creditFen ? (
                    <Box sx={{ whiteSpace: 'nowrap' }}>
                      {translate('accord.repayment.credit', { amount: money(payment.creditFen) })}
                    </Box>
                  ) : null}
                </TableCell>
                {/* Who received it, then how: the method reads with the payee it went to. */}
                <TableCell data-testid="payment-payee" sx={{ minWidth: 160 }}>
                  <Box>
                    {payment.payeeKind !== 'unrecorded'
                      ? payment.payeeName
                      : translate('accord.payee_kinds.unrecorded')}
                  </Box>
                  <Typography variant="caption" color="text.secondary" component="div">
                    {[
                      payment.payeeKind !== 'unrecorded'
                        ? translate(`accord.payee_kinds.${payment.payeeKind}`)
                        : null,
                      payment.payeeAccount,
                      translate(`accord.payment_methods.${payment.method}`, { _: payment.method }),
                    ]
                      .filter(Boolean)
                      .join(' · ')}
                  </Typography>
                </TableCell>
                <TableCell sx={{ wordBreak: 'break-all' }}>{payment.reference ?? '—'}</TableCell>
                <TableCell sx={amount}>{formatFirmInstant(payment.recordedAt, locale)}</TableCell>
                <TableCell>
                  {payment.proofs.length ? (
                    <Box sx={{ display: 'flex', flexDirection: 'column', alignItems: 'flex-start' }}>
                      {payment.proofs.map((proof) => (
                        <ProofLink key={proof.id} proof={proof} />
                      ))}
                    </Box>
                  ) : (
                    <Typography variant="body2" color="text.secondary">
                      {translate('accord.repayment.no_proof')}
                    </Typography>
                  )}
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </TableContainer>
  );
};
