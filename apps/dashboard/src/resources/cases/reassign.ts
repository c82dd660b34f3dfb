import type { Schema } from '../../providers/api';

/** The team's officers as `GET /workload/suggested-officer` weighs them, lowest load first. */
export type OfficerSuggestion = Schema<'AssignmentSuggestion'>;

/** The API moves at most this many cases in one request. */
export const MAX_REASSIGN = 200;

/**
 * Whom to offer first: the least-loaded officer who does not already hold every case being moved. The
 * API's own suggestion may be the very officer the cases are taken from, and moving them there does nothing.
 */
export function reassignTarget(
  suggestion: Pick<OfficerSuggestion, 'suggested' | 'officers'> | undefined,
  currentOfficerIds: readonly string[],
): string | null {
  if (!suggestion) return null;
  const current = new Set(currentOfficerIds);
  const onlyOne = current.size === 1;
  const target = suggestion.officers.find((o) => !(onlyOne && current.has(o.officerId)));
  return target?.officerId ?? suggestion.suggested?.officerId ?? null;
}
