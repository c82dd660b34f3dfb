import type { Role } from '@accord/contracts';
import { useGetMany, usePermissions } from 'react-admin';
import type { Schema } from '../../providers/api';
import { useApiAnswer } from '../negotiation/useApiAnswer';
import { reassignTarget, type OfficerSuggestion } from './reassign';

/**
 * The team's officers by load (`GET /workload/suggested-officer`) and whom to offer first. A manager's
 * team is their own; an administrator's is the team of the officers the cases are taken from, when they
 * are all of one team (cases of several teams get no suggestion: any officer of the firm may take them).
 */
export function useReassignSuggestion(currentOfficerIds: string[]) {
  const { permissions: role } = usePermissions<Role | undefined>();
  const admin = role === 'admin';
  const asked = admin && currentOfficerIds.length > 0;
  const owners = useGetMany<Schema<'UserView'>>('users', { ids: currentOfficerIds }, { enabled: asked });
  const teamIds = [...new Set((owners.data ?? []).map((u) => u?.teamId ?? null))];
  const teamId = admin && teamIds.length === 1 ? teamIds[0] : null;
  const key = admin ? teamId : role === 'manager' ? 'own team' : null;
  const answer = useApiAnswer(
    async (dataProvider) =>
      (await dataProvider.getSingle<OfficerSuggestion>('workload/suggested-officer', { query: { teamId } }))
        .data,
    key,
  );
  const settled =
    key === null ? !asked || !owners.isPending : answer.data !== undefined || answer.error !== null;
  return {
    settled,
    suggestion: answer.data,
    target: reassignTarget(answer.data, currentOfficerIds),
  };
}
