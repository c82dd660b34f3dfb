import type { CaseStage } from '@accord/contracts';
import {
  checkTransition,
  CORE_CONDITIONS,
  type CaseFacts,
  type StageCondition,
  type TransitionCheck,
} from '@accord/domain';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Case } from './case.entity';

/** What a later feature (documents, proposals, plans) adds to the guard: its conditions and its facts. */
export interface StageGuardPlugin {
  conditions: readonly StageCondition[];
  facts(manager: EntityManager, caseId: string): Promise<Record<string, unknown>>;
}

/** Checks a move against the stage machine with the facts of every registered feature. */
@Injectable()
export class CaseStageGuard {
  private readonly plugins: StageGuardPlugin[] = [];

  register(plugin: StageGuardPlugin): void {
    this.plugins.push(plugin);
  }

  async check(manager: EntityManager, record: Case, to: CaseStage): Promise<TransitionCheck> {
    const [{ consent }] = await manager.query(
      `SELECT consent_at IS NOT NULL AND cardinality(consent_purposes) > 0 AS consent FROM clients WHERE id = $1`,
      [record.clientId],
    );
    const [{ open }] = await manager.query(
      `SELECT count(*)::int AS open FROM debts WHERE case_id = $1 AND status = 'open'`,
      [record.id],
    );
    let facts: CaseFacts = {
      openDebtCount: open,
      consentRecorded: consent,
      outcome: record.outcome,
      closingNote: record.closingNote,
    };
    for (const plugin of this.plugins) facts = { ...facts, ...(await plugin.facts(manager, record.id)) };
    return checkTransition(record.stage, to, facts, [
      ...CORE_CONDITIONS,
      ...this.plugins.flatMap((p) => p.conditions),
    ]);
  }
}
