import {
  CREDITOR_PRODUCTS,
  DOCUMENT_KINDS,
  REQUIREMENT_MOVES,
  REQUIREMENT_STATUSES,
  ROLES,
} from '@accord/contracts';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkRequirementMove,
  documentsComplete,
  planChecklist,
  type ChecklistTemplate,
} from '../document-checklist';

const templates: ChecklistTemplate[] = [
  { kind: 'id_card_front', required: true, products: [], active: true },
  { kind: 'debt_statement', required: true, products: ['huabei', 'jiebei'], active: true },
  { kind: 'bank_statements', required: true, products: ['credit_card'], active: true },
  { kind: 'credit_report', required: false, products: ['credit_card'], active: true },
  { kind: 'hardship_other', required: true, products: [], active: false },
];

const templateArb = fc.record({
  kind: fc.constantFrom(...DOCUMENT_KINDS),
  required: fc.boolean(),
  products: fc.uniqueArray(fc.constantFrom(...CREDITOR_PRODUCTS), { maxLength: 3 }),
  active: fc.boolean(),
});
const itemArb = fc.record({
  kind: fc.constantFrom(...DOCUMENT_KINDS),
  status: fc.constantFrom(...REQUIREMENT_STATUSES),
});

describe('document checklist', () => {
  it('asks what every case needs plus what its creditors’ products need', () => {
    const plan = planChecklist(templates, ['huabei'], []);
    expect(plan.add).toEqual([
      { kind: 'id_card_front', required: true },
      { kind: 'debt_statement', required: true },
    ]);
    expect(planChecklist(templates, ['credit_card', 'huabei'], []).add.map((a) => a.kind)).toEqual([
      'id_card_front',
      'debt_statement',
      'bank_statements',
      'credit_report',
    ]);
  });

  it('drops untouched requests no longer needed, and keeps everything someone acted on', () => {
    const plan = planChecklist(
      templates,
      ['huabei'],
      [
        { kind: 'id_card_front', status: 'verified' },
        { kind: 'bank_statements', status: 'requested' },
        { kind: 'credit_report', status: 'received' },
      ],
    );
    expect(plan).toEqual({ add: [{ kind: 'debt_statement', required: true }], remove: ['bank_statements'] });
  });

  it('never duplicates a kind, never removes worked items, and covers every applicable template', () => {
    fc.assert(
      fc.property(
        fc.array(templateArb, { maxLength: 12 }),
        fc.uniqueArray(fc.constantFrom(...CREDITOR_PRODUCTS)),
        fc.uniqueArray(itemArb, { selector: (i) => i.kind, maxLength: 8 }),
        (ts, products, current) => {
          const plan = planChecklist(ts, products, current);
          const after = [
            ...current.filter((i) => !plan.remove.includes(i.kind)).map((i) => i.kind),
            ...plan.add.map((a) => a.kind),
          ];
          expect(new Set(after).size).toBe(after.length);
          for (const item of current)
            if (item.status !== 'requested') expect(plan.remove).not.toContain(item.kind);
          for (const t of ts) {
            if (t.active && (t.products.length === 0 || t.products.some((p) => products.includes(p))))
              expect(after).toContain(t.kind);
          }
        },
      ),
    );
  });

  it('lets officers receive, verify and reject, and only managers and admins waive, with reasons', () => {
    expect(checkRequirementMove('received', 'verify', 'officer', null)).toEqual({
      allowed: true,
      to: 'verified',
    });
    expect(checkRequirementMove('received', 'reject', 'officer', '')).toEqual({
      allowed: false,
      code: 'REASON_REQUIRED',
    });
    expect(checkRequirementMove('rejected', 'receive', 'officer', null)).toEqual({
      allowed: true,
      to: 'received',
    });
    expect(checkRequirementMove('requested', 'waive', 'officer', '客戶無此文件')).toEqual({
      allowed: false,
      code: 'ROLE_NOT_ALLOWED',
    });
    expect(checkRequirementMove('requested', 'waive', 'manager', '客戶無此文件')).toEqual({
      allowed: true,
      to: 'waived',
    });
    expect(checkRequirementMove('requested', 'verify', 'admin', null)).toEqual({
      allowed: false,
      code: 'MOVE_NOT_ALLOWED',
    });
  });

  it('never moves a verified or waived item, whoever asks', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('verified' as const, 'waived' as const),
        fc.constantFrom(...REQUIREMENT_MOVES),
        fc.constantFrom(...ROLES),
        (status, move, role) => {
          expect(checkRequirementMove(status, move, role, 'because').allowed).toBe(false);
        },
      ),
    );
  });

  it('is complete when every required item is verified or waived', () => {
    expect(
      documentsComplete([
        { kind: 'id_card_front', status: 'verified', required: true },
        { kind: 'credit_report', status: 'requested', required: false },
      ]),
    ).toBe(true);
    expect(documentsComplete([{ kind: 'id_card_front', status: 'received', required: true }])).toBe(false);
    expect(documentsComplete([])).toBe(true);
  });
});
