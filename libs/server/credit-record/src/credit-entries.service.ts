import { ErrorCode, type Market } from '@accord/contracts';
import { CasePolicyService, CasesService, isDebtOfCase, recordCaseEvent } from '@accord/server-cases';
import {
  AuditService,
  ConflictError,
  NotFoundError,
  StaleVersionError,
  UnprocessableError,
  refusedWithItsCase,
  whenNotFound,
  type Principal,
  type RequestContext,
  FirmDay,
} from '@accord/server-core';
import { requireFilesOfCase } from '@accord/server-documents';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { readEntries } from './credit-record.reads';
import type { CreateCreditEntryDto, UpdateCreditEntryDto } from './dto/credit-entry.dto';
import type { CreditEntryView } from './views/credit-record.view';

const COLUMNS: Record<string, string> = {
  debtId: 'debt_id',
  reportFileId: 'report_file_id',
  institution: 'institution',
  accountLast4: 'account_last4',
  product: 'product',
  status: 'status',
  overdueFen: 'overdue_fen',
  defaultStartedOn: 'default_started_on',
  repaidOn: 'repaid_on',
  displayRuleCode: 'display_rule_code',
  note: 'note',
};

/** The accounts a client's credit report shows, as the officer read them. */
@Injectable()
export class CreditEntriesService {
  constructor(
    private readonly firmDay: FirmDay,
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly cases: CasesService,
    private readonly policy: CasePolicyService,
  ) {}

  today(): string {
    return this.firmDay.today();
  }

  async get(
    principal: Principal,
    id: string,
    manager: EntityManager = this.db.manager,
  ): Promise<CreditEntryView> {
    const [entry] = await readEntries(manager, { id }, this.today());
    if (!entry) throw new NotFoundError('Credit report entry');
    await this.cases
      .get(principal, entry.caseId, manager)
      .catch(refusedWithItsCase('Credit report entry', 'credit_report_entry', id));
    return entry;
  }

  async create(
    principal: Principal,
    dto: CreateCreditEntryDto,
    context: RequestContext,
  ): Promise<CreditEntryView> {
    return this.db.transaction(async (manager) => {
      await this.cases.get(principal, dto.caseId, manager).catch(
        whenNotFound(() => {
          throw new UnprocessableError(ErrorCode.Unprocessable, 'The case does not exist', {
            field: 'caseId',
          });
        }),
      );
      await this.policy.assert(manager, principal.role, dto.caseId, 'credit_entry.record');
      await this.requireFacts(manager, dto.caseId, dto.market, dto);
      const [{ id }] = await manager.query(
        `INSERT INTO credit_report_entries (case_id, debt_id, report_file_id, market, institution, account_last4,
                product, status, overdue_fen, default_started_on, repaid_on, display_rule_code, note, created_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14) RETURNING id`,
        [
          dto.caseId,
          dto.debtId ?? null,
          dto.reportFileId ?? null,
          dto.market,
          dto.institution,
          dto.accountLast4 ?? null,
          dto.product,
          dto.status,
          dto.overdueFen,
          dto.defaultStartedOn ?? null,
          dto.repaidOn ?? null,
          dto.displayRuleCode ?? null,
          dto.note ?? null,
          principal.id,
        ],
      );
      await recordCaseEvent(manager, dto.caseId, principal.id, 'credit_entry.recorded', {
        entryId: id,
        institution: dto.institution,
        accountLast4: dto.accountLast4 ?? null,
        status: dto.status,
      });
      await this.audit.record(manager, {
        actorId: principal.id,
        action: 'credit_entry.recorded',
        entityType: 'credit_report_entry',
        entityId: id,
        context,
      });
      return (await readEntries(manager, { id }, this.today()))[0];
    });
  }

  async update(
    principal: Principal,
    id: string,
    dto: UpdateCreditEntryDto,
    context: RequestContext,
  ): Promise<CreditEntryView> {
    return this.db.transaction(async (manager) => {
      const before = await this.get(principal, id, manager);
      await this.policy.assert(manager, principal.role, before.caseId, 'credit_entry.record');
      const { version, ...given } = dto;
      // Only the fields the request names: an absent one keeps its value, a null one clears it.
      const changes = Object.fromEntries(Object.entries(given).filter(([, v]) => v !== undefined));
      const after = { ...before, ...changes };
      await this.requireFacts(manager, before.caseId, before.market, after);
      const fields = Object.keys(changes).filter((k) => k in COLUMNS);
      const sets = fields.map((k, i) => `${COLUMNS[k]} = $${i + 3}`);
      const [rows]: [unknown[]] = await manager.query(
        `UPDATE credit_report_entries SET ${[...sets, 'updated_at = now()', 'version = version + 1'].join(', ')}
          WHERE id = $1 AND version = $2 RETURNING id`,
        [id, version, ...fields.map((k) => changes[k] ?? null)],
      );
      if (rows.length === 0) throw new StaleVersionError('Credit report entry', before.version);
      await recordCaseEvent(manager, before.caseId, principal.id, 'credit_entry.updated', {
        entryId: id,
        fields,
      });
      await this.audit.record(manager, {
        actorId: principal.id,
        action: 'credit_entry.updated',
        entityType: 'credit_report_entry',
        entityId: id,
        context,
        details: { fields },
      });
      return (await readEntries(manager, { id }, this.today()))[0];
    });
  }

  /** An entry typed by mistake goes; one that was disputed stays on the record. */
  async remove(principal: Principal, id: string, context: RequestContext): Promise<void> {
    await this.db.transaction(async (manager) => {
      const entry = await this.get(principal, id, manager);
      await this.policy.assert(manager, principal.role, entry.caseId, 'credit_entry.record');
      const [{ disputes }] = await manager.query(
        `SELECT count(*)::int AS disputes FROM credit_disputes WHERE entry_id = $1`,
        [id],
      );
      if (disputes > 0)
        throw new ConflictError(ErrorCode.CreditEntryHasDisputes, 'A disputed entry stays on the record', {
          disputes,
        });
      await manager.query(`DELETE FROM credit_report_entries WHERE id = $1`, [id]);
      await recordCaseEvent(manager, entry.caseId, principal.id, 'credit_entry.removed', {
        entryId: id,
        institution: entry.institution,
      });
      await this.audit.record(manager, {
        actorId: principal.id,
        action: 'credit_entry.removed',
        entityType: 'credit_report_entry',
        entityId: id,
        context,
      });
    });
  }

  /** The debt and report file are the case's own; a display rule is named for Taiwan entries only, and exists. */
  private async requireFacts(
    manager: EntityManager,
    caseId: string,
    market: Market,
    entry: {
      debtId?: string | null;
      reportFileId?: string | null;
      displayRuleCode?: string | null;
      defaultStartedOn?: string | null;
      repaidOn?: string | null;
    },
  ): Promise<void> {
    if (entry.debtId && !(await isDebtOfCase(manager, entry.debtId, caseId)))
      throw new UnprocessableError(ErrorCode.DebtNotInCase, 'The debt does not belong to this case', {
        field: 'debtId',
      });
    if (entry.reportFileId) await requireFilesOfCase(manager, caseId, [entry.reportFileId], 'reportFileId');
    const code = entry.displayRuleCode ?? null;
    const [rule] = code
      ? await manager.query(`SELECT market FROM credit_display_rules WHERE code = $1`, [code])
      : [undefined];
    if ((market === 'TW') !== (code !== null) || (code !== null && rule?.market !== market))
      throw new UnprocessableError(
        ErrorCode.DisplayRuleInvalid,
        market === 'TW'
          ? 'A Taiwan entry names the display rule it follows'
          : 'A mainland entry follows the law’s rule',
        { field: 'displayRuleCode' },
      );
    if (entry.defaultStartedOn && entry.repaidOn && entry.repaidOn < entry.defaultStartedOn)
      throw new UnprocessableError(ErrorCode.Unprocessable, 'Repaid before the default arose', {
        field: 'repaidOn',
      });
    const today = this.today();
    for (const field of ['defaultStartedOn', 'repaidOn'] as const)
      if (entry[field] && (entry[field] as string) > today)
        throw new UnprocessableError(ErrorCode.Unprocessable, 'A date of the report cannot lie ahead', {
          field,
        });
  }
}
