import type { CaseStage } from '@accord/contracts';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

export type StageEnteredHandler = (
  manager: EntityManager,
  caseId: string,
  stage: CaseStage,
  actorId: string,
) => Promise<void>;
export type DebtsChangedHandler = (manager: EntityManager, caseId: string, actorId: string) => Promise<void>;

/**
 * What other features do when a case changes, in the same transaction: e.g. documents builds the
 * checklist when a case enters the documents stage. Features register here; cases never imports them.
 */
@Injectable()
export class CaseHooks {
  private readonly stageEntered: StageEnteredHandler[] = [];
  private readonly debtsChanged: DebtsChangedHandler[] = [];

  onStageEntered(handler: StageEnteredHandler): void {
    this.stageEntered.push(handler);
  }

  onDebtsChanged(handler: DebtsChangedHandler): void {
    this.debtsChanged.push(handler);
  }

  async enteredStage(
    manager: EntityManager,
    caseId: string,
    stage: CaseStage,
    actorId: string,
  ): Promise<void> {
    for (const handler of this.stageEntered) await handler(manager, caseId, stage, actorId);
  }

  async changedDebts(manager: EntityManager, caseId: string, actorId: string): Promise<void> {
    for (const handler of this.debtsChanged) await handler(manager, caseId, actorId);
  }
}
