import { joinCaseOfTeam, joinDebt } from '@accord/server-cases';

/*
 * What the creditor report reads of proposals: negotiation owns the table, workload composes these into
 * its one statement.
 */

/**
 * The proposals first put to a creditor between the instants `start` and `end`, on the cases of `team`'s
 * officers (null: the firm): id, debt_id, kind, status, total_fen, waived_penalty_fen, decided_at, and
 * the debt's creditor_id and currency.
 */
export const proposalsSubmittedSql = (team: string, start: string, end: string) => `
    SELECT p.id, p.debt_id, p.kind, p.status, p.total_fen, p.waived_penalty_fen, p.decided_at, d.creditor_id, d.currency
      FROM proposals p ${joinDebt('d', 'p.debt_id')} ${joinCaseOfTeam('c', 'p.case_id', team)}
     WHERE p.submitted_at >= ${start} AND p.submitted_at < ${end}`;

/** When the first proposal on the debt `debtId` was put to the creditor. */
export const firstProposalSubmittedAtSql = (debtId: string) =>
  `(SELECT min(q.submitted_at) FROM proposals q WHERE q.debt_id = ${debtId})`;
