import { CREDITOR_LITIGATION_PRACTICES, type CreditorLitigationPractice } from '@accord/contracts';
import type { ChipLook } from '../../common/ChoiceChip';

/** The message group naming each practice: `accord.creditor_litigation.practices.<value>`. */
export const LITIGATION_PRACTICE_GROUP = 'creditor_litigation.practices';

/** The practices in the order of the contract (unknown, then from the least to the most litigious). */
export const litigationPracticeChoices = CREDITOR_LITIGATION_PRACTICES.map((id) => ({
  id,
  name: `accord.${LITIGATION_PRACTICE_GROUP}.${id}`,
}));

/** A creditor that sues often reads in red in the catalogue, one that sometimes does in amber. */
export const LITIGATION_PRACTICE_LOOKS: Partial<Record<CreditorLitigationPractice, ChipLook>> = {
  often: { color: 'error' },
  sometimes: { color: 'warning' },
};
