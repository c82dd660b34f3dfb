import type { Principal, SqlCondition } from '@accord/server-core';
import { Injectable } from '@nestjs/common';
import type { DataSource } from 'typeorm';

/**
 * What reminders asks of the cases its reminders hang on, as SQL it composes into its own statements.
 * Cases owns them and imports reminders, so reminders may not import cases: cases provides this when
 * its CasesRemindersModule starts, which the API and the worker both import.
 */
export interface ReminderCaseSql {
  /** Whether the caller may see the case `caseId` (a column or placeholder), as a condition. */
  inScope(principal: Principal, caseId: string): SqlCondition;
  /** Whether the caller may see the case (a case asked for by id). */
  visible(db: DataSource, principal: Principal, caseId: string): Promise<boolean>;
  /** Whether the case `caseId` is the officer `officerId`'s, as a condition. */
  ofOfficer(caseId: string, officerId: string): string;
  /** Whether the case `caseId`'s officer is on a team the manager `managerId` manages, as a condition. */
  ofManager(caseId: string, managerId: string): string;
  /** Joins the case `caseId` as `alias`, kept only if it is open and the officer `officerId`'s. */
  joinOpenCaseOfOfficer(alias: string, caseId: string, officerId: string): string;
  /**
   * LEFT JOINs from the case `caseId` to the people a reminder on it may reach: its officer as `officer`
   * and their team's manager as `manager` (users), its client as `client`; any may be missing.
   */
  leftJoinPeople(caseId: string, aliases: { officer: string; manager: string; client: string }): string;
  /** How to reach the client joined as `alias` (JSON {email, phoneCipher, locale}, or NULL). */
  clientContact(alias: string): string;
  /** The open cases, as a statement: id, reference, last_at (their last activity). */
  openCasesActivity(): string;
}

/** The one ReminderCaseSql of a process (ReminderKindsModule), filled by cases, read by reminders. */
@Injectable()
export class ReminderCases implements ReminderCaseSql {
  private source: ReminderCaseSql | null = null;

  provide(source: ReminderCaseSql): void {
    if (this.source) throw new Error('The cases of reminders are provided twice');
    this.source = source;
  }

  /** A wiring fault fails loudly, never as reminders that reach no one or a scope that shows nothing. */
  private get cases(): ReminderCaseSql {
    if (!this.source) throw new Error('No one provides the cases of reminders: import CasesRemindersModule');
    return this.source;
  }

  inScope(principal: Principal, caseId: string): SqlCondition {
    return this.cases.inScope(principal, caseId);
  }

  visible(db: DataSource, principal: Principal, caseId: string): Promise<boolean> {
    return this.cases.visible(db, principal, caseId);
  }

  ofOfficer(caseId: string, officerId: string): string {
    return this.cases.ofOfficer(caseId, officerId);
  }

  ofManager(caseId: string, managerId: string): string {
    return this.cases.ofManager(caseId, managerId);
  }

  joinOpenCaseOfOfficer(alias: string, caseId: string, officerId: string): string {
    return this.cases.joinOpenCaseOfOfficer(alias, caseId, officerId);
  }

  leftJoinPeople(caseId: string, aliases: { officer: string; manager: string; client: string }): string {
    return this.cases.leftJoinPeople(caseId, aliases);
  }

  clientContact(alias: string): string {
    return this.cases.clientContact(alias);
  }

  openCasesActivity(): string {
    return this.cases.openCasesActivity();
  }
}
