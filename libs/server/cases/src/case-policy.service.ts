import { ErrorCode, type CaseAction, type CaseActionAnswer, type Role } from '@accord/contracts';
import { casePolicy, type ActionDetails, type CaseFacts, type PolicyFacts } from '@accord/domain';
import { joinClient } from '@accord/server-clients';
import { ConflictError, NotFoundError, FirmDay } from '@accord/server-core';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/** A feature's contribution: facts about a case, read in the command's transaction. No rules here. */
export type CaseFactsQuery = (manager: EntityManager, caseId: string) => Promise<Partial<CaseFacts>>;

/**
 * Asks the case policy (libs/domain case-policy) on behalf of every command that writes to a case.
 * Cases gathers the facts it owns (stage, consent, debts); documents and negotiation register the
 * queries for theirs. The rules themselves live only in libs/domain.
 */
@Injectable()
export class CasePolicyService {
  private readonly queries: CaseFactsQuery[] = [];

  constructor(private readonly firmDay: FirmDay) {}

  registerFacts(query: CaseFactsQuery): void {
    this.queries.push(query);
  }

  /**
   * The facts of a case; with `lock`, the case row is locked first so that two commands on one case
   * are decided one after the other, on settled facts.
   */
  async facts(manager: EntityManager, caseId: string, role: Role, lock = true): Promise<PolicyFacts> {
    const [row] = await manager.query(
      `SELECT c.stage, c.outcome, c.closing_note AS "closingNote",
              CASE WHEN cl.consent_at IS NULL THEN '{}'::text[] ELSE cl.consent_purposes END AS "consentPurposes",
              cl.consent_withdrawn_at IS NOT NULL AS "consentWithdrawn",
              (SELECT count(*)::int FROM debts d WHERE d.case_id = c.id AND d.status = 'open') AS "openDebtCount",
              coalesce((SELECT s.officer_closes_need_manager FROM case_settings s WHERE s.id = 1), false) AS "officerClosesNeedManager"
         FROM cases c ${joinClient('cl', 'c.client_id')}
        WHERE c.id = $1 ${lock ? 'FOR NO KEY UPDATE OF c' : ''}`,
      [caseId],
    );
    if (!row) throw new NotFoundError('Case');
    let facts: PolicyFacts = {
      ...row,
      role,
      today: this.firmDay.today(),
      everyOpenDebtAgreed: false,
      hasRepaymentPlan: false,
      allPlansCompleted: true,
      documentsComplete: true,
    };
    for (const query of this.queries) facts = { ...facts, ...(await query(manager, caseId)) };
    return facts;
  }

  /**
   * Locks the case, asks the policy, and refuses with 409 ACTION_REFUSED (details.reasons, the codes of
   * CASE_POLICY_REASONS) when it says no. `override` carries what the command is about to change
   * (a closing outcome and note, a manager's approval).
   */
  async assert(
    manager: EntityManager,
    role: Role,
    caseId: string,
    action: CaseAction,
    details: ActionDetails = {},
    override: Partial<CaseFacts> = {},
  ): Promise<PolicyFacts> {
    const facts = { ...(await this.facts(manager, caseId, role)), ...override };
    const answer = casePolicy.check(action, facts, details);
    if (!answer.allowed)
      throw new ConflictError(
        ErrorCode.ActionRefused,
        `The case policy refuses ${action}: ${answer.reasons.join(', ')}`,
        {
          action,
          reasons: answer.reasons,
        },
      );
    return facts;
  }

  /** Every action with its answer, for the dashboard to show before the user tries. */
  async answers(
    manager: EntityManager,
    caseId: string,
    role: Role,
  ): Promise<{ facts: PolicyFacts; actions: Record<CaseAction, CaseActionAnswer> }> {
    const facts = await this.facts(manager, caseId, role, false);
    return { facts, actions: casePolicy.answerAll(facts) };
  }
}
