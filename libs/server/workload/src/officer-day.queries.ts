import { addDays, zonedInstant } from '@accord/domain';
import { staleCasesOfOfficerSql, withCaseAndDebtNames, withCaseNames } from '@accord/server-cases';
import { documentsOverdueSql, documentsToVerifySql } from '@accord/server-documents';
import { followUpsOfOfficerDaySql, installmentsOfOfficerDaySql } from '@accord/server-negotiation';
import { remindersOfOfficerDaySql } from '@accord/server-reminders';

const LIMIT = 50;

export interface DayQuery {
  sql: string;
  params: unknown[];
}

/**
 * The statements behind an officer's day, in section order (reminders, follow-ups, documents to verify,
 * documents overdue, installments, stale cases): the API runs them side by side, and the bench runs
 * the very same SQL directly to compare.
 */
export function officerDayQueries(
  me: string,
  now: Date,
  date: string,
  settings: { timeZone: string; staleAfterDays: number },
): DayQuery[] {
  const dayStart = zonedInstant(date, '00:00', settings.timeZone);
  const dayEnd = zonedInstant(addDays(date, 1), '00:00', settings.timeZone);
  // Each section picks its rows from an index that starts with the officer (the item carries whose case it
  // is and whether the case is open), counts them, keeps the first ones, and only then looks up the
  // case's reference and the client's name for those. Each feature writes the SQL of its own tables.
  return [
    {
      sql: withCaseNames(remindersOfOfficerDaySql(LIMIT), 'p."dueAt", p.id'),
      params: [me, dayStart, dayEnd],
    },
    {
      sql: withCaseNames(followUpsOfOfficerDaySql(LIMIT), 'p."dueAt", p.id'),
      params: [me, dayStart, dayEnd],
    },
    { sql: withCaseNames(documentsToVerifySql(LIMIT), 'p."receivedAt", p.id'), params: [me] },
    { sql: withCaseNames(documentsOverdueSql(LIMIT), 'p."dueOn", p.id'), params: [me, date] },
    {
      sql: withCaseAndDebtNames(
        installmentsOfOfficerDaySql(),
        `p.id, p.number, p."dueDate", p."amountFen", p."owedFen", p.missed, p."daysLate", p."planId", p."caseId", p.total`,
        `WHERE rank <= ${LIMIT} ORDER BY "dueDate", id`,
      ),
      params: [me, date],
    },
    {
      sql: withCaseNames(staleCasesOfOfficerSql(LIMIT), 'p."lastActivityAt", p."caseId"'),
      params: [me, new Date(now.getTime() - settings.staleAfterDays * 86_400_000), date, settings.timeZone],
    },
  ];
}
