import type { CaseOutcome, CaseStage } from '@accord/contracts';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

export type StageEnteredHandler = (
  manager: EntityManager,
  caseId: string,
  stage: CaseStage,
  actorId: string,
) => Promise<void>;
export type DebtsChangedHandler = (manager: EntityManager, caseId: string, actorId: string) => Promise<void>;
/** Resumes the named plans of a reopened case; answers the ids it resumed. */
export type PlansResumedHandler = (
  manager: EntityManager,
  caseId: string,
  planIds: string[],
) => Promise<string[]>;

/** Ends what a closing case still had running (its unpaid plans); answers the plans it ended. */
export type CaseClosedHandler = (
  manager: EntityManager,
  caseId: string,
  outcome: CaseOutcome,
  today: string,
) => Promise<string[]>;
/** How many of a case's plans closing ended (and are not resumed). */
export type EndedPlansHandler = (manager: EntityManager, caseId: string) => Promise<number>;

/** The debts of a case under an agreed plan that still runs, with the day the creditor agreed. */
export type AgreedDebtsHandler = (manager: EntityManager, caseId: string) => Promise<Map<string, string>>;

/**
 * What other features do when a case changes, in the same transaction: e.g. documents builds the
 * checklist when a case enters the documents stage. Features register here; cases never imports them.
 */
@Injectable()
export class CaseHooks {
  private readonly stageEntered: StageEnteredHandler[] = [];
  private readonly debtsChanged: DebtsChangedHandler[] = [];
  private readonly plansResumed: PlansResumedHandler[] = [];
  private readonly agreedDebts: AgreedDebtsHandler[] = [];
  private readonly caseClosed: CaseClosedHandler[] = [];
  private readonly endedPlans: EndedPlansHandler[] = [];

  onCaseClosed(handler: CaseClosedHandler): void {
    this.caseClosed.push(handler);
  }

  onEndedPlans(handler: EndedPlansHandler): void {
    this.endedPlans.push(handler);
  }

  async closed(
    manager: EntityManager,
    caseId: string,
    outcome: CaseOutcome,
    today: string,
  ): Promise<string[]> {
    const ended: string[] = [];
    for (const handler of this.caseClosed) ended.push(...(await handler(manager, caseId, outcome, today)));
    return ended;
  }

  async endedPlanCount(manager: EntityManager, caseId: string): Promise<number> {
    let count = 0;
    for (const handler of this.endedPlans) count += await handler(manager, caseId);
    return count;
  }

  onAgreedDebts(handler: AgreedDebtsHandler): void {
    this.agreedDebts.push(handler);
  }

  /** Debt id → the day its agreement froze the creditor's penalty (a running plan's start). */
  async agreementsOf(manager: EntityManager, caseId: string): Promise<Map<string, string>> {
    const all = new Map<string, string>();
    for (const handler of this.agreedDebts)
      for (const [debtId, on] of await handler(manager, caseId)) all.set(debtId, on);
    return all;
  }

  onStageEntered(handler: StageEnteredHandler): void {
    this.stageEntered.push(handler);
  }

  onDebtsChanged(handler: DebtsChangedHandler): void {
    this.debtsChanged.push(handler);
  }

  onPlansResumed(handler: PlansResumedHandler): void {
    this.plansResumed.push(handler);
  }

  async enteredStage(
    manager: EntityManager,
    caseId: string,
    stage: CaseStage,
    actorId: string,
  ): Promise<void> {
    for (const handler of this.stageEntered) await handler(manager, caseId, stage, actorId);
  }

  async resumePlans(manager: EntityManager, caseId: string, planIds: string[]): Promise<string[]> {
    const resumed: string[] = [];
    for (const handler of this.plansResumed) resumed.push(...(await handler(manager, caseId, planIds)));
    return resumed;
  }

  async changedDebts(manager: EntityManager, caseId: string, actorId: string): Promise<void> {
    for (const handler of this.debtsChanged) await handler(manager, caseId, actorId);
  }
}
