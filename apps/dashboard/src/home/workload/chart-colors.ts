import type { FunnelStep, OpenStage } from '@accord/contracts';
import { NAVY } from '../../common/brand';
import type { OverdueKind } from './workload-figures';

/**
 * Stages in blues deepening towards the talks with creditors (the heaviest work, in the firm's navy), then
 * greens once there is an agreement; the side road of credit repair in ochre.
 */
export const STAGE_COLORS: Record<OpenStage, string> = {
  intake: '#b7c6da',
  documents: '#84a3c8',
  creditor_contact: '#4f7cb3',
  negotiating: NAVY,
  agreed: '#7fbb9c',
  repaying: '#2e7d5b',
  credit_repair: '#c49a4c',
};

/** Late work in warm tones, the most pressing (a follow-up promised to someone) the darkest. */
export const OVERDUE_COLORS: Record<OverdueKind, string> = {
  reminders: '#e7a545',
  documents: '#d0662c',
  followUps: '#a8322a',
};

export const FUNNEL_COLOR = (step: FunnelStep) => (step === 'resolved' ? '#2e7d5b' : NAVY);
