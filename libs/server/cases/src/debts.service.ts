import { CURRENCY_OF_MARKET, ErrorCode, type Currency } from '@accord/contracts';
import { projectPenalty } from '@accord/domain';
import { CreditorsService, LprRatesService } from '@accord/server-creditors';
import {
  AuditService,
  fieldDiff,
  ForbiddenError,
  NotFoundError,
  paginate,
  refusedWithItsCase,
  UnprocessableError,
  versionedUpdate,
  type Principal,
  type RequestContext,
  whenNotFound,
} from '@accord/server-core';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { recordCaseEvent, refreshCaseTotals } from './case-timeline';
import { CaseHooks } from './case-hooks';
import { CasePolicyService } from './case-policy.service';
import { caseInScope } from './case-scope.sql';
import { CasesService } from './cases.service';
import { Debt } from './debt.entity';
import { ruleOf, toDebtView } from './debt-view';
import type { CreateDebtDto, DebtListQueryDto, UpdateDebtDto } from './dto/debt.dto';
import type { DebtDetail, DebtPage, DebtView, RemovedDebt } from './views/debt.view';
import type { PenaltyProjection } from './views/penalty-projection.view';

const SORT = { createdAt: 'd.createdAt', outstandingFen: 'd.outstandingFen', overdueSince: 'd.overdueSince' };
const AMOUNT_FIELDS = [
  'principalFen',
  'outstandingFen',
  'overdueFen',
  'overdueSince',
  'contractDate',
  'creditorId',
] as const;

/** Keeps the last four characters only: the full account number is never needed to negotiate. */
export function maskAccountReference(reference: string): string {
  const compact = reference.replace(/\s/g, '');
  return `****${compact.slice(-4)}`;
}

@Injectable()
export class DebtsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly cases: CasesService,
    private readonly creditors: CreditorsService,
    private readonly lprRates: LprRatesService,
    private readonly hooks: CaseHooks,
    private readonly policy: CasePolicyService,
  ) {}

  async list(principal: Principal, query: DebtListQueryDto): Promise<DebtPage> {
    const scope = caseInScope(principal, 'd.case_id');
    const qb = this.db.getRepository(Debt).createQueryBuilder('d').where(scope.sql, scope.params);
    if (query.caseId) qb.andWhere('d.caseId = :caseId', { caseId: query.caseId });
    const { rows, total } = await paginate(qb, query, SORT);
    return { data: await this.views(rows), total };
  }

  async get(principal: Principal, id: string, manager: EntityManager = this.db.manager): Promise<Debt> {
    const debt = await manager.getRepository(Debt).findOne({ where: { id } });
    if (!debt) throw new NotFoundError('Debt');
    await this.cases.get(principal, debt.caseId, manager).catch(refusedWithItsCase('Debt', 'debt', id));
    return debt;
  }

  async view(principal: Principal, id: string): Promise<DebtDetail> {
    const debt = await this.get(principal, id);
    const creditor = await this.creditors.get(debt.creditorId);
    return {
      ...toDebtView(debt, creditor, this.cases.today(), await this.lprRates.table()),
      projection: projectPenalty(debt, ruleOf(creditor), this.cases.today(), await this.frozenOn(debt)),
    };
  }

  async projection(principal: Principal, id: string): Promise<PenaltyProjection> {
    const debt = await this.get(principal, id);
    const creditor = await this.creditors.get(debt.creditorId);
    const today = this.cases.today();
    return {
      debtId: id,
      today,
      rule: { ...ruleOf(creditor), rounding: 'down to the fen, then capped' },
      points:
        debt.status === 'open'
          ? projectPenalty(debt, ruleOf(creditor), today, await this.frozenOn(debt))
          : [],
    };
  }

  /** The day an agreement on the debt stopped its penalty, while its plan runs; null otherwise. */
  private async frozenOn(debt: Debt): Promise<string | null> {
    return (await this.hooks.agreementsOf(this.db.manager, debt.caseId)).get(debt.id) ?? null;
  }

  async create(principal: Principal, dto: CreateDebtDto, context: RequestContext): Promise<DebtDetail> {
    this.checkAmounts(dto);
    this.checkCurrencyOverride(principal, dto.currency);
    const id = await this.db.transaction(async (manager) => {
      const record = await this.cases.get(principal, dto.caseId, manager).catch(
        whenNotFound(() => {
          throw new UnprocessableError(ErrorCode.Unprocessable, 'The case does not exist', {
            field: 'caseId',
          });
        }),
      );
      await this.policy.assert(manager, principal.role, record.id, 'debt.create', {
        overdueSince: dto.overdueSince ?? null,
        contractDate: dto.contractDate ?? null,
        principalFen: dto.principalFen,
        outstandingFen: dto.outstandingFen,
        principalNote: dto.principalNote,
      });
      const market = await this.requireCreditor(dto.creditorId, manager);
      const inserted = await manager.getRepository(Debt).insert({
        caseId: dto.caseId,
        creditorId: dto.creditorId,
        accountReferenceMasked: dto.accountReference ? maskAccountReference(dto.accountReference) : null,
        principalFen: dto.principalFen,
        principalNote: dto.principalNote?.trim() || null,
        minimumDueFen: dto.minimumDueFen ?? null,
        outstandingFen: dto.outstandingFen,
        overdueFen: dto.overdueFen,
        overdueSince: dto.overdueSince ?? null,
        contractDate: dto.contractDate ?? null,
        currency: dto.currency ?? CURRENCY_OF_MARKET[market],
        status: 'open',
      });
      const debtId = inserted.identifiers[0].id as string;
      const currency = dto.currency ?? CURRENCY_OF_MARKET[market];
      await refreshCaseTotals(manager, dto.caseId);
      await this.hooks.changedDebts(manager, dto.caseId, principal.id);
      await recordCaseEvent(manager, dto.caseId, principal.id, 'debt.added', {
        debtId,
        creditorId: dto.creditorId,
        outstandingFen: dto.outstandingFen,
        overdueFen: dto.overdueFen,
        // The timeline shows the amounts in it (NT$ for a Taiwan bank's debt).
        currency,
      });
      await this.audit.record(manager, {
        actorId: principal.id,
        action: 'debt.added',
        entityType: 'debt',
        entityId: debtId,
        context,
      });
      return debtId;
    });
    return this.view(principal, id);
  }

  async update(
    principal: Principal,
    id: string,
    dto: UpdateDebtDto,
    context: RequestContext,
  ): Promise<DebtDetail> {
    await this.db.transaction(async (manager) => {
      const before = await this.get(principal, id, manager);
      await this.cases.get(principal, before.caseId, manager);
      await this.policy.assert(manager, principal.role, before.caseId, 'debt.update', {
        overdueSince: dto.overdueSince ?? null,
        contractDate: dto.contractDate ?? null,
        principalFen: dto.principalFen ?? before.principalFen,
        outstandingFen: dto.outstandingFen ?? before.outstandingFen,
        principalNote: dto.principalNote !== undefined ? dto.principalNote : before.principalNote,
      });
      this.checkAmounts({ ...before, ...dto });
      this.checkCurrencyOverride(principal, dto.currency);
      const market = dto.creditorId ? await this.requireCreditor(dto.creditorId, manager) : null;
      if (dto.status === 'excluded' && !(dto.excludedReason ?? before.excludedReason)) {
        throw new UnprocessableError(
          ErrorCode.ExclusionNeedsReason,
          'Say why this debt is left out of the negotiation',
          { field: 'excludedReason' },
        );
      }
      const changes: Record<string, unknown> = {};
      for (const field of [...AMOUNT_FIELDS, 'status', 'excludedReason'] as const)
        if (dto[field] !== undefined) changes[field] = dto[field];
      if (dto.principalNote !== undefined) changes.principalNote = dto.principalNote?.trim() || null;
      if (dto.minimumDueFen !== undefined) changes.minimumDueFen = dto.minimumDueFen;
      // Another creditor brings its market's currency, unless an admin names one.
      const currency =
        dto.currency ??
        (market && dto.creditorId !== before.creditorId ? CURRENCY_OF_MARKET[market] : undefined);
      if (currency !== undefined && currency !== before.currency) changes.currency = currency;
      if (dto.accountReference !== undefined)
        changes.accountReferenceMasked = maskAccountReference(dto.accountReference);
      await versionedUpdate(manager, Debt, 'Debt', id, dto.version, changes);
      await refreshCaseTotals(manager, before.caseId);
      await this.hooks.changedDebts(manager, before.caseId, principal.id);
      await recordCaseEvent(manager, before.caseId, principal.id, 'debt.updated', {
        debtId: id,
        ...fieldDiff(before, changes),
        // The currency the amounts are in now; a change of currency is in the diff itself.
        currency: (changes.currency as Currency | undefined) ?? before.currency,
      });
      await this.audit.record(manager, {
        actorId: principal.id,
        action: 'debt.updated',
        entityType: 'debt',
        entityId: id,
        context,
      });
    });
    return this.view(principal, id);
  }

  /** Removing is for mistakes made at intake; later a debt is excluded with a reason instead. */
  async remove(principal: Principal, id: string, context: RequestContext): Promise<RemovedDebt> {
    await this.db.transaction(async (manager) => {
      const debt = await this.get(principal, id, manager);
      await this.cases.get(principal, debt.caseId, manager);
      await this.policy.assert(manager, principal.role, debt.caseId, 'debt.remove');
      await manager.getRepository(Debt).delete({ id });
      await refreshCaseTotals(manager, debt.caseId);
      await this.hooks.changedDebts(manager, debt.caseId, principal.id);
      await recordCaseEvent(manager, debt.caseId, principal.id, 'debt.removed', {
        debtId: id,
        creditorId: debt.creditorId,
      });
      await this.audit.record(manager, {
        actorId: principal.id,
        action: 'debt.removed',
        entityType: 'debt',
        entityId: id,
        context,
      });
    });
    return { id };
  }

  private checkAmounts(d: { principalFen?: number; outstandingFen?: number; overdueFen?: number }): void {
    if (d.overdueFen !== undefined && d.outstandingFen !== undefined && d.overdueFen > d.outstandingFen) {
      throw new UnprocessableError(
        ErrorCode.OverdueExceedsOutstanding,
        'The overdue amount cannot be more than what is outstanding',
        {
          field: 'overdueFen',
        },
      );
    }
  }

  /** A debt's currency follows its creditor; only an admin may say it is owed in another. */
  private checkCurrencyOverride(principal: Principal, currency: Currency | undefined): void {
    if (currency !== undefined && principal.role !== 'admin')
      throw new ForbiddenError("Only an admin may set a debt's currency; it follows the creditor's market");
  }

  private async requireCreditor(creditorId: string, manager: EntityManager): Promise<'CN' | 'TW'> {
    const creditor = await this.creditors.get(creditorId, manager).catch(
      whenNotFound(() => {
        throw new UnprocessableError(ErrorCode.Unprocessable, 'The creditor does not exist', {
          field: 'creditorId',
        });
      }),
    );
    return creditor.market;
  }

  private async views(rows: Debt[]): Promise<DebtView[]> {
    const today = this.cases.today();
    const lprTable = await this.lprRates.table();
    const out: DebtView[] = [];
    const cache = new Map<string, Awaited<ReturnType<CreditorsService['get']>>>();
    for (const debt of rows) {
      if (!cache.has(debt.creditorId)) cache.set(debt.creditorId, await this.creditors.get(debt.creditorId));
      out.push(
        toDebtView(
          debt,
          cache.get(debt.creditorId) as NonNullable<ReturnType<typeof cache.get>>,
          today,
          lprTable,
        ),
      );
    }
    return out;
  }
}
