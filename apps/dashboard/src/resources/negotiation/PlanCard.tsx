import type { Currency } from '@accord/contracts';
import PaymentsIcon from '@mui/icons-material/PaymentsOutlined';
import { Alert, Box, Button, LinearProgress, Stack, Typography } from '@mui/material';
import { useId, useState } from 'react';
import { useLocaleState, useTranslate } from 'react-admin';
import { formatCalendarDate } from '../../common/firm';
import { ppmPercentText } from '../../common/ppm';
import { InstallmentTable } from './InstallmentTable';
import { PaymentDialog } from './PaymentDialog';
import { PaymentList } from './PaymentList';
import { PlanStatusChip } from './RepaymentChips';
import { nextUnpaid, type PlanState } from './repayment';
import { CurrencyProvider, useMoney } from '../../common/currency';

interface PlanCardProps {
  plan: PlanState;
  creditor: string;
  /** The plan's debt's currency: every amount on the card is in it. */
  currency: Currency;
  /** What this plan saves the client, when known. */
  savingsFen: number | null;
  readOnly: boolean;
  onChanged: () => void;
}

/**
 * One repayment plan: where it stands, how much is paid, its schedule, the payments recorded with their
 * proofs, and a way to record the next one. A plan closing ended says so, when and with which outcome, and
 * asks for no more payments.
 */
export const PlanCard = ({ plan, creditor, currency, savingsFen, readOnly, onChanged }: PlanCardProps) => {
  const money = useMoney(currency);
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const titleId = useId();
  const [paying, setPaying] = useState(false);
  const ended = plan.status === 'ended';
  const next = ended ? null : nextUnpaid(plan.installments);
  const share = plan.totalFen > 0 ? Math.min(100, (100 * plan.paidFen) / plan.totalFen) : 100;

  return (
    <CurrencyProvider value={currency}>
      <Box
        component="section"
        aria-labelledby={titleId}
        data-testid="repayment-plan"
        data-status={plan.status}
        sx={{ border: '1px solid', borderColor: 'divider', borderRadius: 1, p: 2 }}
      >
        <Stack
          direction={{ xs: 'column', md: 'row' }}
          spacing={2}
          sx={{ justifyContent: 'space-between', alignItems: { md: 'flex-start' }, mb: 2 }}
        >
          <Box sx={{ minWidth: 0, flex: 1, maxWidth: 560 }}>
            <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap', rowGap: 0.5 }}>
              <Typography id={titleId} variant="subtitle1" component="h3" sx={{ fontWeight: 600 }}>
                {translate('accord.repayment.plan_title', { creditor })}
              </Typography>
              <PlanStatusChip status={plan.status} />
            </Stack>
            <Typography
              variant="body2"
              sx={{ mt: 0.5, fontVariantNumeric: 'tabular-nums' }}
              data-testid="plan-paid"
            >
              {translate('accord.repayment.paid_of', {
                paid: money(plan.paidFen),
                total: money(plan.totalFen),
              })}
              {' · '}
              {translate('accord.repayment.remaining', { amount: money(plan.remainingFen) })}
              {plan.creditFen > 0
                ? ` · ${translate('accord.repayment.credit', { amount: money(plan.creditFen) })}`
                : ''}
              {savingsFen !== null && savingsFen > 0
                ? ` · ${translate('accord.repayment.plan_savings', { amount: money(savingsFen) })}`
                : ''}
            </Typography>
            <PlanTermsLine plan={plan} />
            <LinearProgress
              variant="determinate"
              value={share}
              color={
                plan.status === 'completed'
                  ? 'success'
                  : plan.status === 'on_track'
                    ? 'primary'
                    : ended
                      ? 'inherit'
                      : 'warning'
              }
              sx={{ mt: 0.75, height: 6, borderRadius: 3 }}
              aria-hidden
            />
          </Box>
          {readOnly || !next ? null : (
            <Button
              variant="contained"
              startIcon={<PaymentsIcon />}
              onClick={() => setPaying(true)}
              sx={{ alignSelf: { xs: 'flex-start', md: 'center' }, flexShrink: 0 }}
            >
              {translate('accord.repayment.record_payment')}
            </Button>
          )}
        </Stack>

        {ended ? (
          <Alert severity="info" sx={{ mb: 2 }} data-testid="plan-ended">
            {translate('accord.repayment.ended', {
              date: plan.endedOn ? formatCalendarDate(plan.endedOn, locale) : '—',
              outcome: translate(`accord.outcomes.${plan.endedOutcome}`, { _: String(plan.endedOutcome) }),
            })}
          </Alert>
        ) : !next ? (
          <Alert severity="success" sx={{ mb: 2 }}>
            {translate('accord.repayment.completed')}
          </Alert>
        ) : null}

        <Stack spacing={2}>
          <Box>
            <Typography variant="subtitle2" component="h4" sx={{ fontWeight: 600, mb: 0.5 }}>
              {translate('accord.repayment.schedule')}
            </Typography>
            <InstallmentTable installments={plan.installments} nextId={next?.id ?? null} />
          </Box>
          <Box>
            <Typography variant="subtitle2" component="h4" sx={{ fontWeight: 600, mb: 0.5 }}>
              {translate('accord.repayment.payments')}
            </Typography>
            <PaymentList payments={plan.payments} installments={plan.installments} />
          </Box>
        </Stack>

        {paying && next ? (
          <PaymentDialog
            plan={plan}
            installment={next}
            creditor={creditor}
            onClose={() => setPaying(false)}
            onDone={onChanged}
          />
        ) : null}
      </Box>
    </CurrencyProvider>
  );
};

/**
 * How the plan's total was worked out, in words: what went in, the creditor's fee or interest on it, and
 * the penalty it waived. Shown only when there is more to it than the total itself.
 */
const PlanTermsLine = ({ plan }: { plan: PlanState }) => {
  const money = useMoney();
  const translate = useTranslate();
  const parts: string[] = [];
  if (plan.chargesFen && plan.chargeKind !== 'none')
    parts.push(
      translate('accord.repayment.total_worked_out', {
        base: money(plan.baseFen),
        charges: money(plan.chargesFen),
        terms: translate(`accord.proposals.charge_terms.${plan.chargeKind}`, {
          rate: ppmPercentText(plan.chargeRatePpm),
        }),
      }),
    );
  if (plan.waivedPenaltyFen)
    parts.push(translate('accord.repayment.waived', { amount: money(plan.waivedPenaltyFen) }));
  if (!parts.length) return null;
  return (
    <Typography variant="body2" color="text.secondary" data-testid="plan-terms" sx={{ mt: 0.25 }}>
      {parts.join(' · ')}
    </Typography>
  );
};
