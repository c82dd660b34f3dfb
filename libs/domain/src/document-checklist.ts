import type {
  CreditorProduct,
  DocumentKind,
  RequirementMove,
  RequirementStatus,
  Role,
} from '@accord/contracts';

/** A template says which paper a case needs, and for which creditor products (none listed: every case). */
export interface ChecklistTemplate {
  kind: DocumentKind;
  required: boolean;
  products: readonly CreditorProduct[];
  active: boolean;
}

export interface ChecklistItem {
  kind: DocumentKind;
  status: RequirementStatus;
}

export interface ChecklistPlan {
  /** Kinds to add as new requests. */
  add: { kind: DocumentKind; required: boolean }[];
  /** Kinds whose request can go: no template asks for them now and nothing was done on them yet. */
  remove: DocumentKind[];
}

export function applies(template: ChecklistTemplate, products: readonly CreditorProduct[]): boolean {
  return (
    template.active && (template.products.length === 0 || template.products.some((p) => products.includes(p)))
  );
}

/**
 * What a case's checklist should become for the products of its open debts. One item per kind at most;
 * an item someone has acted on (received, verified, rejected, waived) is never removed.
 */
export function planChecklist(
  templates: readonly ChecklistTemplate[],
  products: readonly CreditorProduct[],
  current: readonly ChecklistItem[],
): ChecklistPlan {
  const wanted = new Map<DocumentKind, boolean>();
  for (const t of templates)
    if (applies(t, products)) wanted.set(t.kind, (wanted.get(t.kind) ?? false) || t.required);
  const have = new Set(current.map((i) => i.kind));
  return {
    add: [...wanted].filter(([kind]) => !have.has(kind)).map(([kind, required]) => ({ kind, required })),
    remove: current.filter((i) => i.status === 'requested' && !wanted.has(i.kind)).map((i) => i.kind),
  };
}

/** Which move leads from which statuses to which, and who may make it. */
const MOVES: Record<
  RequirementMove,
  { from: readonly RequirementStatus[]; to: RequirementStatus; roles: readonly Role[] }
> = {
  receive: {
    from: ['requested', 'rejected', 'received'],
    to: 'received',
    roles: ['officer', 'manager', 'admin'],
  },
  verify: { from: ['received'], to: 'verified', roles: ['officer', 'manager', 'admin'] },
  reject: { from: ['received'], to: 'rejected', roles: ['officer', 'manager', 'admin'] },
  waive: { from: ['requested', 'received', 'rejected'], to: 'waived', roles: ['manager', 'admin'] },
};

export type MoveCheck =
  | { allowed: true; to: RequirementStatus }
  | { allowed: false; code: 'MOVE_NOT_ALLOWED' | 'ROLE_NOT_ALLOWED' | 'REASON_REQUIRED' };

export function checkRequirementMove(
  status: RequirementStatus,
  move: RequirementMove,
  role: Role,
  reason: string | null | undefined,
): MoveCheck {
  const rule = MOVES[move];
  if (!rule.roles.includes(role)) return { allowed: false, code: 'ROLE_NOT_ALLOWED' };
  if (!rule.from.includes(status)) return { allowed: false, code: 'MOVE_NOT_ALLOWED' };
  if ((move === 'reject' || move === 'waive') && !reason?.trim())
    return { allowed: false, code: 'REASON_REQUIRED' };
  return { allowed: true, to: rule.to };
}

/** Leaving the documents stage needs every required item verified or waived. */
export function documentsComplete(items: readonly (ChecklistItem & { required: boolean })[]): boolean {
  return items.every((i) => !i.required || i.status === 'verified' || i.status === 'waived');
}
