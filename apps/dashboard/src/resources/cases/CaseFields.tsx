import type { CaseStage, LitigationRisk } from '@accord/contracts';
import { ChoiceChip, type ChipLook } from '../../common/ChoiceChip';

type FieldProps = { source?: string; label?: string; sortable?: boolean };

// Stages read left to right along the spine: early ones quiet, agreement and repayment in colour.
const STAGE_LOOKS: Record<CaseStage, ChipLook> = {
  intake: { color: 'default', variant: 'outlined' },
  documents: { color: 'info', variant: 'outlined' },
  creditor_contact: { color: 'info', variant: 'outlined' },
  negotiating: { color: 'primary', variant: 'outlined' },
  agreed: { color: 'success', variant: 'outlined' },
  repaying: { color: 'success', variant: 'filled' },
  credit_repair: { color: 'secondary', variant: 'outlined' },
  closed: { color: 'default', variant: 'filled' },
};

// A lawsuit already filed must catch the eye; no known risk stays plain.
const RISK_LOOKS: Record<LitigationRisk, ChipLook> = {
  none: { color: 'default', variant: 'outlined' },
  low: { color: 'info', variant: 'outlined' },
  high: { color: 'warning', variant: 'outlined' },
  sued: { color: 'error', variant: 'filled' },
};

export const StageField = ({ source = 'stage' }: FieldProps) => (
  <ChoiceChip source={source} group="stages" looks={STAGE_LOOKS} />
);

export const LitigationRiskField = ({ source = 'litigationRisk' }: FieldProps) => (
  <ChoiceChip source={source} group="litigation_risks" looks={RISK_LOOKS} />
);

export const OutcomeField = ({ source = 'outcome' }: FieldProps) => (
  <ChoiceChip source={source} group="outcomes" />
);

export { STAGE_LOOKS };
