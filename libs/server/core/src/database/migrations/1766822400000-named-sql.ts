import type { MigrationInterface, QueryRunner } from 'typeorm';
import { auditLogRefuseChangeV1 } from './sql/audit_log_refuse_change.v1';
import { caseCountsTrackV2 } from './sql/case_counts_track.v2';
import { caseStageStaysTrackV1 } from './sql/case_stage_stays_track.v1';
import { caseWorkFollowCaseV1 } from './sql/case_work_follow_case.v1';
import { caseWorkFollowMoveV1 } from './sql/case_work_follow_move.v1';
import { casesFurthestStepTrackV1 } from './sql/cases_furthest_step_track.v1';
import { contactsAnsweredTrackV1 } from './sql/contacts_answered_track.v1';
import { debtCurrencyFromMarketV1 } from './sql/debt_currency_from_market.v1';
import { funnelStepV1 } from './sql/funnel_step.v1';
import { nextCaseReferenceV1 } from './sql/next_case_reference.v1';
import { proposalsTimesTrackV1 } from './sql/proposals_times_track.v1';
import { repaymentPlanProgressV1 } from './sql/repayment_plan_progress.v1';
import { repaymentPlanProgressTrackV1 } from './sql/repayment_plan_progress_track.v1';

/** Helpers before the functions that call them, so the list reads in the order things are used. */
const CURRENT = [
  auditLogRefuseChangeV1,
  nextCaseReferenceV1,
  caseCountsTrackV2,
  caseStageStaysTrackV1,
  funnelStepV1,
  casesFurthestStepTrackV1,
  repaymentPlanProgressV1,
  repaymentPlanProgressTrackV1,
  proposalsTimesTrackV1,
  caseWorkFollowCaseV1,
  caseWorkFollowMoveV1,
  contactsAnsweredTrackV1,
  debtCurrencyFromMarketV1,
];

/**
 * Every function and trigger, re-applied from its named file in sql/, so that what a migrated database
 * runs is exactly the newest version there (a test compares them) instead of the sum of six migrations'
 * inline SQL, one of which redefined case_counts_track. The definitions are the ones already in force,
 * only laid out anew.
 */
export class NamedSql1766822400000 implements MigrationInterface {
  name = 'NamedSql1766822400000';

  async up(q: QueryRunner): Promise<void> {
    for (const named of CURRENT) {
      await q.query(named.function);
      for (const trigger of named.triggers) {
        await q.query(`DROP TRIGGER IF EXISTS ${trigger.name} ON ${trigger.table}`);
        await q.query(trigger.create);
      }
    }
  }

  async down(): Promise<void> {
    // Nothing to undo: up changed no behaviour (same functions, signatures and triggers, re-indented), and
    // the earlier migrations' down steps drop these by name as before.
  }
}
