import { CasePolicyService, CasesService, recordCaseEvent } from '@accord/server-cases';
import { AuditService, type Principal, type RequestContext } from '@accord/server-core';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { clientLocale } from '@accord/server-clients';
import { CreditEntriesService } from './credit-entries.service';
import { creditRecordSummary } from './credit-record-summary';
import { readDisplayRules, readDisputes, readEntries, readNothingToDispute } from './credit-record.reads';
import type {
  CaseCreditRecordView,
  ClientSummaryView,
  CreditDisplayRuleView,
} from './views/credit-record.view';

/** A case's credit record read whole, and the officer's "nothing to dispute". */
@Injectable()
export class CreditRecordService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly cases: CasesService,
    private readonly policy: CasePolicyService,
    private readonly entries: CreditEntriesService,
  ) {}

  async ofCase(principal: Principal, caseId: string): Promise<CaseCreditRecordView> {
    await this.cases.get(principal, caseId);
    const today = this.entries.today();
    const manager = this.db.manager;
    return {
      entries: await readEntries(manager, { caseId }, today),
      disputes: await readDisputes(manager, { caseId }, today),
      nothingToDispute: await readNothingToDispute(manager, caseId),
    };
  }

  /** The record in plain words for the client, in the client's language (the letters of [9/10] carry it). */
  async clientSummary(principal: Principal, caseId: string): Promise<ClientSummaryView> {
    const kase = await this.cases.get(principal, caseId);
    const today = this.entries.today();
    const manager = this.db.manager;
    return creditRecordSummary(
      await clientLocale(manager, kase.clientId),
      await readEntries(manager, { caseId }, today),
      await readDisputes(manager, { caseId }, today),
      today,
    );
  }

  displayRules(): Promise<CreditDisplayRuleView[]> {
    return readDisplayRules(this.db.manager);
  }

  /** Said once, with a reason, while no dispute was begun; the credit-record stage may then end. */
  async nothingToDispute(
    principal: Principal,
    caseId: string,
    reason: string,
    context: RequestContext,
  ): Promise<CaseCreditRecordView> {
    await this.db.transaction(async (manager) => {
      await this.cases.get(principal, caseId, manager);
      await this.policy.assert(manager, principal.role, caseId, 'credit_record.nothing_to_dispute', {
        reason,
      });
      await manager.query(
        `INSERT INTO credit_record_reviews (case_id, nothing_to_dispute_reason, decided_by) VALUES ($1, $2, $3)
         ON CONFLICT (case_id) DO UPDATE SET nothing_to_dispute_reason = excluded.nothing_to_dispute_reason,
                decided_by = excluded.decided_by, decided_at = now()`,
        [caseId, reason, principal.id],
      );
      await recordCaseEvent(manager, caseId, principal.id, 'credit_record.nothing_to_dispute', {
        reason: reason.slice(0, 200),
      });
      await this.audit.record(manager, {
        actorId: principal.id,
        action: 'credit_record.nothing_to_dispute',
        entityType: 'case',
        entityId: caseId,
        context,
      });
    });
    return this.ofCase(principal, caseId);
  }
}
