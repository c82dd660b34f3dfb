import { Alert, LinearProgress, Stack, Typography } from '@mui/material';
import { useRecordContext, useRefresh, useTranslate } from 'react-admin';
import { debtName } from '../../negotiation/debt-names';
import { PlanCard } from '../../negotiation/PlanCard';
import type { PlanState, SavingsAnswer } from '../../negotiation/repayment';
import { SavingsSummary } from '../../negotiation/SavingsSummary';
import { useApiAnswer } from '../../negotiation/useApiAnswer';
import type { CaseRecord } from '../case';

/** More plans than a case has debts. */
const PLANS = 100;

/**
 * The repayment (還款) of the agreed plans: each plan's status and schedule, the payments recorded with their
 * proofs, and what the agreements save the client.
 */
export const RepaymentTab = () => {
  const record = useRecordContext<CaseRecord>();
  const translate = useTranslate();
  const refresh = useRefresh();
  const caseId = record?.id;
  const key = caseId ? `${caseId}:${record.lastActivityAt}` : null;

  // The case lists each plan as its own read does: terms, payments and where it stands today.
  const plans = useApiAnswer(
    async (dataProvider) =>
      (
        await dataProvider.getNestedList<PlanState>('cases', {
          id: caseId ?? '',
          list: 'repayment-plans',
          pagination: { page: 1, perPage: PLANS },
        })
      ).data,
    key,
  );
  const savings = useApiAnswer(
    (dataProvider) =>
      dataProvider
        .getNested<SavingsAnswer>('cases', { id: caseId ?? '', name: 'savings' })
        .then((answer) => answer.data),
    key,
  );

  if (!record) return null;
  if (plans.error) return <Alert severity="error">{plans.error}</Alert>;
  if (!plans.data) return <LinearProgress />;
  if (!plans.data.length)
    return (
      <Typography variant="body2" color="text.secondary">
        {translate('accord.repayment.none')}
      </Typography>
    );

  const creditorOf = (debtId: string) => {
    const debt = record.debts?.find((d) => d.id === debtId);
    return debt ? debtName(debt) : '—';
  };
  const savingsOf = (planId: string) =>
    savings.data?.plans.find((p) => p.planId === planId)?.savingsFen ?? null;
  const changed = () => {
    plans.reload();
    savings.reload();
    refresh();
  };

  return (
    <Stack spacing={2}>
      {savings.data ? <SavingsSummary savings={savings.data} /> : null}
      {plans.data.map((plan) => (
        <PlanCard
          key={plan.id}
          plan={plan}
          creditor={creditorOf(plan.debtId)}
          currency={plan.currency ?? record.debts?.find((d) => d.id === plan.debtId)?.currency ?? 'CNY'}
          savingsFen={savingsOf(plan.id)}
          readOnly={record.stage === 'closed'}
          onChanged={changed}
        />
      ))}
    </Stack>
  );
};
