import { Alert, LinearProgress, Stack, Typography } from '@mui/material';
import { useRecordContext, useRefresh, useTranslate } from 'react-admin';
import { debtName } from '../../negotiation/debt-names';
import { PlanCard } from '../../negotiation/PlanCard';
import { SavingsSummary } from '../../negotiation/SavingsSummary';
import { useApiAnswer } from '../../negotiation/useApiAnswer';
import { answer, useApi } from '../../../providers/api';
import type { CaseRecord } from '../case';

/**
 * The repayment (還款) of the agreed plans: each plan's status and schedule, the payments recorded with their
 * proofs, and what the agreements save the client.
 */
export const RepaymentTab = () => {
  const record = useRecordContext<CaseRecord>();
  const translate = useTranslate();
  const refresh = useRefresh();
  const api = useApi();
  const caseId = record?.id;
  const key = caseId ? `${caseId}:${record.lastActivityAt}` : null;

  // The case lists each plan as its own read does: terms, payments and where it stands today.
  const plans = useApiAnswer(
    async () =>
      answer(await api.GET('/api/cases/{id}/repayment-plans', { params: { path: { id: caseId ?? '' } } }))
        .data,
    key,
  );
  const savings = useApiAnswer(
    async () => answer(await api.GET('/api/cases/{id}/savings', { params: { path: { id: caseId ?? '' } } })),
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
