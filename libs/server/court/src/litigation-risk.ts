import { debtLitigationRisk, caseLitigationRisk, limitationEndsOn } from '@accord/domain';
import type { DebtForLitigationRisk } from '@accord/server-cases';
import type { CaseLitigationRiskView, CreditorDemandView } from './views/court.view';

/** A case's risk from its open debts, the demands recorded and the debts its open matters name. */
export function caseRiskView(
  debts: readonly DebtForLitigationRisk[],
  demands: readonly CreditorDemandView[],
  underMatters: ReadonlySet<string>,
  today: string,
): CaseLitigationRiskView {
  const perDebt = debts.map((d) => {
    const facts = {
      ...d,
      demands: demands.filter((x) => x.debtId === d.id).map((x) => ({ kind: x.kind, on: x.receivedOn })),
      courtMatterOpen: underMatters.has(d.id),
    };
    const risk = debtLitigationRisk(facts, today);
    return {
      debtId: d.id,
      creditorName: d.creditorName,
      currency: d.currency,
      creditorPractice: d.creditorPractice,
      level: risk.level,
      reasons: risk.reasons.map((r) => ({
        reason: r.reason,
        level: r.level,
        on: r.on ?? null,
        figure: r.figure ?? null,
      })),
      limitationEndsOn: limitationEndsOn(facts),
    };
  });
  return { level: caseLitigationRisk(perDebt), asOf: today, debts: perDebt };
}
