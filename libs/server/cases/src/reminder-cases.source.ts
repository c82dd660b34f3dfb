import { clientContactJson, leftJoinClientSql } from '@accord/server-clients';
import type { ReminderCaseSql } from '@accord/server-reminders';
import { joinOfficerManagedBy, leftJoinOfficerAndManager, officerScope } from '@accord/server-users';
import { joinOpenCaseOfOfficer } from './case-joins.sql';
import { caseInScope } from './case-scope.sql';

/** What cases tells reminders of the cases reminders hang on (provided by CasesRemindersModule). */
export const reminderCaseSql: ReminderCaseSql = {
  inScope: caseInScope,

  async visible(db, principal, caseId) {
    const scope = officerScope(principal, 'sc.officer_id');
    const [visible] = await db
      .createQueryBuilder()
      .select('1')
      .from('cases', 'sc')
      .where('sc.id = :caseId', { caseId })
      .andWhere(scope.sql, scope.params)
      .getRawMany();
    return visible !== undefined;
  },

  ofOfficer: (caseId, officerId) =>
    `EXISTS (SELECT 1 FROM cases mc WHERE mc.id = ${caseId} AND mc.officer_id = ${officerId})`,

  ofManager: (caseId, managerId) =>
    `EXISTS (SELECT 1 FROM cases mc ${joinOfficerManagedBy('mu', 'mc.officer_id', managerId)} WHERE mc.id = ${caseId})`,

  joinOpenCaseOfOfficer,

  leftJoinPeople: (caseId, { officer, manager, client }) =>
    `LEFT JOIN cases ${officer}_case ON ${officer}_case.id = ${caseId}
       ${leftJoinOfficerAndManager(officer, manager, `${officer}_case.officer_id`)}
       ${leftJoinClientSql(client, `${officer}_case.client_id`)}`,

  clientContact: clientContactJson,

  openCasesActivity: () =>
    `SELECT c.id, c.reference, c.last_activity_at AS last_at FROM cases c WHERE c.stage <> 'closed'`,
};
