import { COURT_DEADLINE_KINDS } from '@accord/contracts';
import type { EntityManager } from 'typeorm';
import type { CourtEventView, CourtMatterView, CreditorDemandView } from './views/court.view';

/** A list of the contracts' words as an SQL `IN (…)` list (they are constants, never user input). */
export const sqlList = (words: readonly string[]) => `(${words.map((w) => `'${w}'`).join(', ')})`;

const DEADLINES = sqlList(COURT_DEADLINE_KINDS);

/** A deadline whose last day is before `today` with nothing recorded (SQL over the event aliased `e`). */
export const passedDeadlineSql = (today: string) =>
  `(e.kind IN ${DEADLINES} AND e.completed_on IS NULL AND e.occurs_on < ${today})`;

const EVENT_COLUMNS = (today: string) => `e.id, e.matter_id AS "matterId", e.case_id AS "caseId", e.kind,
  e.occurs_on::text AS "occursOn", e.starts_at AS "startsAt", e.court, e.room, e.attendees,
  e.served_on::text AS "servedOn", e.amount_fen::float8 AS "amountFen", e.until_on::text AS "untilOn",
  e.counts_from AS "countsFrom", e.computed_on::text AS "computedOn", e.change_reason AS "changeReason",
  e.completed_on::text AS "completedOn", e.outcome, e.completion_note AS "completionNote", e.note,
  COALESCE((SELECT array_agg(d.file_id ORDER BY d.file_id) FROM court_event_documents d WHERE d.event_id = e.id), '{}') AS "documentIds",
  ${passedDeadlineSql(today)} AS passed, e.created_at AS "createdAt", e.version`;

type EventRow = Omit<CourtEventView, 'createdAt'> & { createdAt: Date };
const eventView = ({ createdAt, ...row }: EventRow): CourtEventView => ({
  ...row,
  createdAt: createdAt.toISOString(),
});

export async function readEvents(
  manager: EntityManager,
  where: { id?: string; matterIds?: readonly string[] },
  today: string,
): Promise<CourtEventView[]> {
  const rows: EventRow[] = await manager.query(
    `SELECT ${EVENT_COLUMNS('$3::date')} FROM court_events e
      WHERE ($1::uuid IS NULL OR e.id = $1) AND ($2::uuid[] IS NULL OR e.matter_id = ANY($2::uuid[]))
      ORDER BY e.occurs_on, e.starts_at NULLS FIRST, e.created_at, e.id`,
    [where.id ?? null, where.matterIds ?? null, today],
  );
  return rows.map(eventView);
}

type MatterRow = Omit<CourtMatterView, 'events' | 'createdAt'> & { createdAt: Date };

export async function readMatters(
  manager: EntityManager,
  where: { id?: string; caseId?: string },
  today: string,
): Promise<CourtMatterView[]> {
  const rows: MatterRow[] = await manager.query(
    `SELECT m.id, m.case_id AS "caseId", m.kind, m.court, m.case_number AS "caseNumber", m.claimant,
            m.claimed_fen::float8 AS "claimedFen", m.currency, m.status, m.concluded_on::text AS "concludedOn",
            m.note, COALESCE((SELECT array_agg(md.debt_id ORDER BY md.debt_id) FROM court_matter_debts md WHERE md.matter_id = m.id), '{}') AS "debtIds",
            m.created_at AS "createdAt", m.version
       FROM court_matters m
      WHERE ($1::uuid IS NULL OR m.id = $1) AND ($2::uuid IS NULL OR m.case_id = $2)
      ORDER BY m.created_at, m.id`,
    [where.id ?? null, where.caseId ?? null],
  );
  if (!rows.length) return [];
  const events = await readEvents(manager, { matterIds: rows.map((r) => r.id) }, today);
  return rows.map(({ createdAt, ...m }) => ({
    ...m,
    createdAt: createdAt.toISOString(),
    events: events.filter((e) => e.matterId === m.id),
  }));
}

export async function readDemands(
  manager: EntityManager,
  where: { caseId?: string; id?: string },
): Promise<CreditorDemandView[]> {
  const rows: (Omit<CreditorDemandView, 'createdAt'> & { createdAt: Date })[] = await manager.query(
    `SELECT id, debt_id AS "debtId", case_id AS "caseId", kind, received_on::text AS "receivedOn", note,
            created_at AS "createdAt"
       FROM creditor_demands WHERE ($1::uuid IS NULL OR case_id = $1) AND ($2::uuid IS NULL OR id = $2)
      ORDER BY received_on, created_at, id`,
    [where.caseId ?? null, where.id ?? null],
  );
  return rows.map(({ createdAt, ...d }) => ({ ...d, createdAt: createdAt.toISOString() }));
}

/** The debts named by the case's open matters. */
export async function debtsUnderOpenMatters(manager: EntityManager, caseId: string): Promise<Set<string>> {
  const rows: { debtId: string }[] = await manager.query(
    `SELECT DISTINCT md.debt_id AS "debtId" FROM court_matter_debts md
       JOIN court_matters m ON m.id = md.matter_id WHERE m.case_id = $1 AND m.status = 'open'`,
    [caseId],
  );
  return new Set(rows.map((r) => r.debtId));
}

/** The case policy's fact: court matters recorded on the case (closing as litigated needs one). */
export async function courtFacts(manager: EntityManager, caseId: string) {
  const [row] = await manager.query(`SELECT count(*)::int AS n FROM court_matters WHERE case_id = $1`, [
    caseId,
  ]);
  return { courtMatters: row.n as number };
}
