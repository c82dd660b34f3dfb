import type { Period } from '../../common/period';
import { answer, useApi } from '../../providers/api';
import { useApiAnswer } from '../../resources/negotiation/useApiAnswer';

/** Who the figures are about: a manager's own team (the API decides), or an administrator's choice. */
export function workloadQuery(period: Period, teamId: string | null) {
  return { from: period.from, to: period.to, teamId };
}

/** `GET /workload` for the period and team, read again whenever either changes or on `reload`. */
export function useWorkload(period: Period, teamId: string | null) {
  const api = useApi();
  const query = workloadQuery(period, teamId);
  return useApiAnswer(
    async () =>
      answer(
        await api.GET('/api/workload', {
          params: { query: { ...query, teamId: query.teamId ?? undefined } },
        }),
      ),
    JSON.stringify(query),
  );
}
