import {
  DOCUMENT_KINDS,
  REQUIREMENT_MOVES,
  type RequirementMove,
  type RequirementStatus,
  type Role,
} from '@accord/contracts';
import { checkRequirementMove } from '@accord/domain';
import type { Schema } from '../../providers/api';

/** One paper of a case's checklist, as `GET /document-requirements` answers it. */
export type RequirementRecord = Schema<'DocumentRequirement'>;

/** A file received for an item, as `GET /document-files` answers it. */
export type DocumentFileRecord = Schema<'DocumentFile'>;

/** What a checklist item asks for, in the client's words (`GET /document-templates`). */
export type TemplateRecord = Schema<'DocumentTemplate'>;

/** A case's upload link as listed: the token itself is never shown again after its creation. */
export type UploadLinkRecord = Schema<'UploadLink'>;

/** The answer to creating a link: the only time its address exists outside the client's phone. */
export type CreatedUploadLink = Schema<'CreatedUploadLink'>;

/** The ready-to-send texts of a new link, in the order the dialog shows them. */
export const UPLOAD_LINK_MESSAGES = [
  'sms',
  'wechat',
  'email',
] as const satisfies readonly (keyof Schema<'UploadLinkMessages'>)[];

export type UploadLinkStatus = 'active' | 'expired' | 'revoked';

export function uploadLinkStatus(link: UploadLinkRecord): UploadLinkStatus {
  if (link.revokedAt) return 'revoked';
  return link.active ? 'active' : 'expired';
}

/** How long a link may last, as offered to the officer (the API allows 1 to 30 days). */
export const UPLOAD_LINK_DAYS = [1, 3, 7, 14, 30] as const;

/** The statuses that still wait on the client: past their due date, these are late. */
const WAITING_ON_CLIENT: readonly RequirementStatus[] = ['requested', 'rejected'];

export function isOverdue(item: Pick<RequirementRecord, 'status' | 'dueOn'>, today: string): boolean {
  return WAITING_ON_CLIENT.includes(item.status) && item.dueOn < today;
}

/** Done, as far as leaving the documents stage is concerned. */
export const isSettled = (status: RequirementStatus): boolean => status === 'verified' || status === 'waived';

/** "n of m required items verified or waived": the condition the case needs to leave documents. */
export function checklistProgress(items: readonly Pick<RequirementRecord, 'required' | 'status'>[]): {
  settled: number;
  required: number;
} {
  const required = items.filter((i) => i.required);
  return { settled: required.filter((i) => isSettled(i.status)).length, required: required.length };
}

/**
 * The checklist in a steady order that does not jump as items change: required papers first, then in
 * the order of the vocabulary (identity, income, hardship, statements, the signed papers).
 */
export function orderChecklist<T extends Pick<RequirementRecord, 'required' | 'kind'>>(
  items: readonly T[],
): T[] {
  return [...items].sort(
    (a, b) =>
      Number(b.required) - Number(a.required) ||
      DOCUMENT_KINDS.indexOf(a.kind) - DOCUMENT_KINDS.indexOf(b.kind),
  );
}

/**
 * The moves to offer on an item: those the domain's rule allows this role from this status (a reason,
 * where one is needed, is asked for in a dialog). Receiving an item that is already received is allowed
 * (more pages may come) but marks nothing new, so it is not offered as a button.
 */
export function offeredMoves(status: RequirementStatus, role: Role | undefined): RequirementMove[] {
  if (!role) return [];
  return REQUIREMENT_MOVES.filter((move) => {
    if (move === 'receive' && status === 'received') return false;
    const check = checkRequirementMove(status, move, role, null);
    return check.allowed || check.code === 'REASON_REQUIRED';
  });
}

/** Moves that ask for a reason before they are sent. */
export const needsReason = (move: RequirementMove): move is 'reject' | 'waive' =>
  move === 'reject' || move === 'waive';

/** Whether files may still be added to an item: an upload is a receive move, so the same rule decides. */
export const takesFiles = (status: RequirementStatus): boolean =>
  checkRequirementMove(status, 'receive', 'officer', null).allowed;

/** Why an upload was refused, in the shape the item shows it. */
export type UploadRefusal =
  | { kind: 'too_large' }
  | { kind: 'duplicate'; requirementId: string | null }
  | { kind: 'other'; message: string };

interface ErrorLike {
  status?: unknown;
  message?: unknown;
  body?: { code?: unknown; details?: { requirementId?: unknown } } | null;
}

/**
 * Reads a refused upload. A 413 may come from a proxy before the API ever answers, so it is known by its
 * status; a duplicate names the item that already holds the same bytes, which the page can name in turn.
 * Anything else keeps its message, already translated from its code.
 */
export function readUploadRefusal(error: unknown, fallback: string): UploadRefusal {
  const { status, message, body } = (error ?? {}) as ErrorLike;
  if (status === 413) return { kind: 'too_large' };
  if (body?.code === 'DUPLICATE_FILE') {
    const id = body.details?.requirementId;
    return { kind: 'duplicate', requirementId: typeof id === 'string' ? id : null };
  }
  return { kind: 'other', message: typeof message === 'string' && message ? message : fallback };
}

const STALE_CODES: readonly unknown[] = [
  'STALE_VERSION',
  'REQUIREMENT_MOVE_REFUSED',
  'CASE_CLOSED',
  'NOT_FOUND',
];

/** A refusal that means the page shows an old state (someone else moved the item): read it again. */
export function isStale(error: unknown): boolean {
  return STALE_CODES.includes(((error ?? {}) as ErrorLike).body?.code);
}
