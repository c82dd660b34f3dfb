import { CURRENCY_OF_MARKET, type Market } from '@accord/contracts';
import { mainlandShownUntil, relief2025, shownUntilByRule, type ShownUntil } from '@accord/domain';
import type { EntityManager } from 'typeorm';
import type {
  CreditDisplayRuleView,
  CreditDisputeView,
  CreditEntryView,
  NothingToDisputeView,
  ShownUntilView,
} from './views/credit-record.view';

const ENTRY_COLUMNS = `e.id, e.case_id AS "caseId", e.debt_id AS "debtId", e.report_file_id AS "reportFileId",
  e.market, e.institution, e.account_last4 AS "accountLast4", e.product, e.status, e.overdue_fen::float8 AS "overdueFen",
  e.default_started_on::text AS "defaultStartedOn", e.repaid_on::text AS "repaidOn",
  e.display_rule_code AS "displayRuleCode", e.note, e.created_at AS "createdAt", e.updated_at AS "updatedAt",
  e.version, r.months AS "ruleMonths", r.counts_from AS "ruleFrom"`;

type EntryRow = Omit<CreditEntryView, 'currency' | 'shownUntil' | 'relief' | 'createdAt' | 'updatedAt'> & {
  createdAt: Date;
  updatedAt: Date;
  ruleMonths: number | null;
  ruleFrom: 'repaid' | 'default_started' | null;
};

function shownUntilView(shown: ShownUntil | null): ShownUntilView | null {
  if (!shown) return null;
  return shown.kind === 'date'
    ? { kind: 'date', until: shown.until, years: null }
    : { kind: 'until_repaid_plus', until: null, years: shown.years };
}

/** An entry with what Accord works out for it: until when it shows, and the 2025 relief (mainland). */
export function entryView(row: EntryRow, today: string): CreditEntryView {
  const { ruleMonths, ruleFrom, createdAt, updatedAt, ...entry } = row;
  const negative = entry.status !== 'normal';
  const shown = !negative
    ? null
    : entry.market === 'CN'
      ? mainlandShownUntil(entry)
      : ruleMonths && ruleFrom
        ? shownUntilByRule(entry, { months: ruleMonths, from: ruleFrom })
        : null;
  const relief = negative && entry.market === 'CN' ? relief2025(entry, today) : null;
  return {
    ...entry,
    currency: CURRENCY_OF_MARKET[entry.market as Market],
    shownUntil: shownUntilView(shown),
    relief: relief
      ? relief.applies
        ? { applies: true, reasons: [], stillPossibleUntil: null }
        : { applies: false, reasons: relief.reasons, stillPossibleUntil: relief.stillPossibleUntil }
      : null,
    createdAt: createdAt.toISOString(),
    updatedAt: updatedAt.toISOString(),
  };
}

export async function readEntries(
  manager: EntityManager,
  where: { caseId: string } | { id: string },
  today: string,
): Promise<CreditEntryView[]> {
  const rows: EntryRow[] = await manager.query(
    `SELECT ${ENTRY_COLUMNS}
       FROM credit_report_entries e LEFT JOIN credit_display_rules r ON r.code = e.display_rule_code
      WHERE ${'caseId' in where ? 'e.case_id' : 'e.id'} = $1
      ORDER BY e.created_at, e.id`,
    ['caseId' in where ? where.caseId : where.id],
  );
  return rows.map((row) => entryView(row, today));
}

const DISPUTE_COLUMNS = `d.id, d.entry_id AS "entryId", d.case_id AS "caseId", d.grounds, d.explanation, d.venue, d.status,
  d.filed_on::text AS "filedOn", d.answer_due_on::text AS "answerDueOn", d.answered_on::text AS "answeredOn",
  d.outcome, d.answer_file_id AS "answerFileId", d.answer_note AS "answerNote",
  d.withdrawn_on::text AS "withdrawnOn", d.withdrawal_reason AS "withdrawalReason",
  coalesce((SELECT array_agg(x.file_id ORDER BY x.file_id) FROM credit_dispute_evidence x WHERE x.dispute_id = d.id), '{}') AS "evidenceFileIds",
  d.created_at AS "createdAt", d.updated_at AS "updatedAt", d.version`;

type DisputeRow = Omit<CreditDisputeView, 'overdue' | 'createdAt' | 'updatedAt'> & {
  createdAt: Date;
  updatedAt: Date;
};

export async function readDisputes(
  manager: EntityManager,
  where: { caseId: string } | { id: string },
  today: string,
): Promise<CreditDisputeView[]> {
  const rows: DisputeRow[] = await manager.query(
    `SELECT ${DISPUTE_COLUMNS} FROM credit_disputes d
      WHERE ${'caseId' in where ? 'd.case_id' : 'd.id'} = $1 ORDER BY d.created_at, d.id`,
    ['caseId' in where ? where.caseId : where.id],
  );
  return rows.map(({ createdAt, updatedAt, ...row }) => ({
    ...row,
    overdue: row.status === 'filed' && row.answerDueOn !== null && row.answerDueOn < today,
    createdAt: createdAt.toISOString(),
    updatedAt: updatedAt.toISOString(),
  }));
}

export async function readNothingToDispute(
  manager: EntityManager,
  caseId: string,
): Promise<NothingToDisputeView | null> {
  const [row] = await manager.query(
    `SELECT nothing_to_dispute_reason AS reason, decided_by AS "decidedBy", decided_at AS "decidedAt"
       FROM credit_record_reviews WHERE case_id = $1`,
    [caseId],
  );
  return row ? { ...row, decidedAt: new Date(row.decidedAt).toISOString() } : null;
}

export async function readDisplayRules(manager: EntityManager): Promise<CreditDisplayRuleView[]> {
  const rows: {
    code: string;
    market: Market;
    months: number;
    countsFrom: 'repaid' | 'default_started';
    tw: string;
    cn: string;
    en: string;
  }[] = await manager.query(
    `SELECT code, market, months, counts_from AS "countsFrom", label_zh_tw AS tw, label_zh_cn AS cn, label_en AS en
       FROM credit_display_rules ORDER BY market, months, code`,
  );
  return rows.map(({ tw, cn, en, ...rule }) => ({ ...rule, labels: { 'zh-TW': tw, 'zh-CN': cn, en } }));
}

/** The policy's facts of a case's credit record: disputes open and begun, and the officer's review. */
export async function creditRecordFacts(manager: EntityManager, caseId: string) {
  const [row] = await manager.query(
    `SELECT count(*) FILTER (WHERE status IN ('draft', 'filed'))::int AS open,
            count(*)::int AS begun,
            EXISTS (SELECT 1 FROM credit_record_reviews v WHERE v.case_id = $1) AS reviewed
       FROM credit_disputes WHERE case_id = $1`,
    [caseId],
  );
  return {
    openCreditDisputes: row.open as number,
    creditDisputes: row.begun as number,
    nothingToDispute: row.reviewed as boolean,
  };
}
