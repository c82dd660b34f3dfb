import type { Period } from '../common/period';
import { answer, useApi } from '../providers/api';
import { useApiAnswer } from '../resources/negotiation/useApiAnswer';

export function creditorReportQuery(period: Period, teamId: string | null) {
  return { from: period.from, to: period.to, teamId };
}

/** `GET /reports/creditors` for the period and team, read again whenever either changes or on `reload`. */
export function useCreditorReport(period: Period, teamId: string | null) {
  const api = useApi();
  const query = creditorReportQuery(period, teamId);
  return useApiAnswer(
    async () =>
      answer(
        await api.GET('/api/reports/creditors', {
          params: { query: { ...query, teamId: query.teamId ?? undefined } },
        }),
      ),
    JSON.stringify(query),
  );
}
