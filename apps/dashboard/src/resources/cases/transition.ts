import { CASE_STAGES, type CaseStage } from '@accord/contracts';
import { stageIndex } from '@accord/domain';

/** Why a move was refused, in the shape the dialog shows it. */
export type Refusal =
  | { kind: 'conditions'; unmet: string[] }
  | { kind: 'not_allowed'; allowedMoves: CaseStage[] }
  | { kind: 'other'; message: string };

interface ErrorLike {
  message?: unknown;
  body?: { code?: unknown; details?: { code?: unknown; unmet?: unknown; allowedMoves?: unknown } };
}

const isStage = (value: unknown): value is CaseStage =>
  typeof value === 'string' && (CASE_STAGES as readonly string[]).includes(value);

/**
 * Reads a failed transition: 409 CASE_TRANSITION_REFUSED carries either the unmet conditions (codes later
 * features add to, shown through the message files) or the moves the stage allows. Anything else (a stale
 * version, no connection) keeps its already-translated message.
 */
export function readRefusal(error: unknown, fallback: string): Refusal {
  const { body, message } = (error ?? {}) as ErrorLike;
  const details = body?.details;
  if (body?.code === 'CASE_TRANSITION_REFUSED' && details) {
    if (details.code === 'CONDITIONS_UNMET' && Array.isArray(details.unmet)) {
      return { kind: 'conditions', unmet: details.unmet.filter((c): c is string => typeof c === 'string') };
    }
    if (details.code === 'TRANSITION_NOT_ALLOWED' && Array.isArray(details.allowedMoves)) {
      return { kind: 'not_allowed', allowedMoves: details.allowedMoves.filter(isStage) };
    }
  }
  return { kind: 'other', message: typeof message === 'string' && message ? message : fallback };
}

/** Closing is its own kind of move; the others go forward along the spine or back to redo a step. */
export function moveDirection(from: CaseStage, to: CaseStage): 'forward' | 'back' | 'close' {
  if (to === 'closed') return 'close';
  return stageIndex(to) > stageIndex(from) ? 'forward' : 'back';
}

/** The message key of a move's button or menu entry, by its direction. */
export const MOVE_LABELS = {
  forward: 'accord.cases.move_to',
  back: 'accord.cases.move_back_to',
  close: 'accord.cases.close',
} as const;
