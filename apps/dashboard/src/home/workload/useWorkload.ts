import type { WorkloadReport } from '@accord/contracts';
import type { Period } from '../../common/period';
import { useApiAnswer } from '../../resources/negotiation/useApiAnswer';

/** Who the figures are about: a manager's own team (the API decides), or an administrator's choice. */
export function workloadQuery(period: Period, teamId: string | null) {
  return { from: period.from, to: period.to, teamId };
}

/** `GET /workload` for the period and team, read again whenever either changes or on `reload`. */
export function useWorkload(period: Period, teamId: string | null) {
  const query = workloadQuery(period, teamId);
  return useApiAnswer(
    async (dataProvider) => (await dataProvider.getSingle<WorkloadReport>('workload', { query })).data,
    JSON.stringify(query),
  );
}
