import type { CreditorReport } from '@accord/contracts';
import type { Period } from '../common/period';
import { useApiAnswer } from '../resources/negotiation/useApiAnswer';

export function creditorReportQuery(period: Period, teamId: string | null) {
  return { from: period.from, to: period.to, teamId };
}

/** `GET /reports/creditors` for the period and team, read again whenever either changes or on `reload`. */
export function useCreditorReport(period: Period, teamId: string | null) {
  const query = creditorReportQuery(period, teamId);
  return useApiAnswer(
    async (dataProvider) =>
      (await dataProvider.getSingle<CreditorReport>('reports/creditors', { query })).data,
    JSON.stringify(query),
  );
}
