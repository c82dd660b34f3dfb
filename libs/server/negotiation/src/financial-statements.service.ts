import { ErrorCode, type Currency } from '@accord/contracts';
import { affordability, shortfall, splitProRata, statementCurrency } from '@accord/domain';
import {
  CasePolicyService,
  CasesService,
  openDebtCurrencies,
  openDebtsWithCreditors,
  recordCaseEvent,
} from '@accord/server-cases';
import {
  APP_CONFIG,
  AuditService,
  NotFoundError,
  refusedWithItsCase,
  UnprocessableError,
  type AppConfig,
  type Principal,
  type RequestContext,
} from '@accord/server-core';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { CreateFinancialStatementDto } from './dto/financial-statement.dto';
import { FinancialStatement } from './financial-statement.entity';
import { LivingMinimum } from './living-minimum.entity';
import type { CaseAffordability } from './views/case-affordability.view';
import type { FinancialStatementPage } from './views/financial-statement-page.view';

@Injectable()
export class FinancialStatementsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly cases: CasesService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly policy: CasePolicyService,
  ) {}

  async create(
    principal: Principal,
    dto: CreateFinancialStatementDto,
    context: RequestContext,
  ): Promise<FinancialStatement> {
    await this.cases.get(principal, dto.caseId).catch(refusedWithItsCase('Case', 'case', dto.caseId));
    return this.db.transaction(async (manager) => {
      // The policy locks the case: statements of one case are serialised, so exactly one stays current.
      await this.policy.assert(manager, principal.role, dto.caseId, 'financial_statement.create');
      const currency = await this.currencyOf(manager, dto);
      const floor = await this.livingMinimumFor(manager, dto.livingMinimumId ?? null, currency);
      await manager.query(
        `UPDATE financial_statements SET is_current = false WHERE case_id = $1 AND is_current`,
        [dto.caseId],
      );
      const inserted = await manager.getRepository(FinancialStatement).insert({
        caseId: dto.caseId,
        isCurrent: true,
        currency,
        income: dto.income.map((l) => ({ source: l.source, amountFen: l.amountFen })),
        essentialSpending: dto.essentialSpending.map((l) => ({
          category: l.category,
          amountFen: l.amountFen,
        })),
        otherDebts: dto.otherDebts.map((l) => ({ lender: l.lender, monthlyPaymentFen: l.monthlyPaymentFen })),
        dependants: dto.dependants,
        livingMinimumId: floor?.id ?? null,
        notes: dto.notes ?? null,
        createdBy: principal.id,
      });
      const id = inserted.identifiers[0].id as string;
      const figures = this.figures(
        await manager.getRepository(FinancialStatement).findOneOrFail({ where: { id } }),
        floor,
      );
      await recordCaseEvent(manager, dto.caseId, principal.id, 'financial_statement.recorded', {
        statementId: id,
        currency,
        disposableFen: figures.disposableFen,
        capacityFen: figures.capacityFen,
        livingMinimumId: floor?.id ?? null,
        spendingCounted: figures.spendingCounted,
      });
      await this.audit.record(manager, {
        actorId: principal.id,
        action: 'financial_statement.recorded',
        entityType: 'financial_statement',
        entityId: id,
        context,
      });
      return manager.getRepository(FinancialStatement).findOneOrFail({ where: { id } });
    });
  }

  /** The statement's currency by the domain's rule, from the open debts of the case (locked by the policy). */
  private async currencyOf(manager: EntityManager, dto: CreateFinancialStatementDto): Promise<Currency> {
    const answer = statementCurrency(await openDebtCurrencies(manager, dto.caseId), dto.currency);
    if ('currency' in answer) return answer.currency;
    throw new UnprocessableError(
      answer.refused,
      answer.refused === 'STATEMENT_CURRENCY_NEEDED'
        ? "Name the statement's currency: the case's open debts are in more than one currency, or none yet"
        : "The statement's currency must be one the case's open debts are owed in",
      { field: 'currency', owed: answer.owed },
    );
  }

  /** The region's living minimum the statement names: it must exist and be in the statement's currency. */
  private async livingMinimumFor(
    manager: EntityManager,
    id: string | null,
    currency: Currency,
  ): Promise<LivingMinimum | null> {
    if (id === null) return null;
    const floor = await manager.getRepository(LivingMinimum).findOne({ where: { id } });
    if (!floor)
      throw new UnprocessableError(ErrorCode.LivingMinimumUnknown, 'No such living minimum', {
        field: 'livingMinimumId',
      });
    if (floor.currency !== currency)
      throw new UnprocessableError(
        ErrorCode.LivingMinimumCurrencyMismatch,
        "The region's living minimum must be in the statement's currency",
        { field: 'livingMinimumId', statementCurrency: currency, livingMinimumCurrency: floor.currency },
      );
    return floor;
  }

  /** The case's statements, the current one first, then the history newest first. */
  async list(principal: Principal, caseId: string): Promise<FinancialStatementPage> {
    await this.cases.get(principal, caseId);
    const data = await this.db
      .getRepository(FinancialStatement)
      .find({ where: { caseId }, order: { isCurrent: 'DESC', createdAt: 'DESC' } });
    return { data, total: data.length };
  }

  async get(principal: Principal, id: string): Promise<FinancialStatement> {
    const statement = await this.db.getRepository(FinancialStatement).findOne({ where: { id } });
    if (!statement) throw new NotFoundError('Financial statement');
    await this.cases
      .get(principal, statement.caseId)
      .catch(refusedWithItsCase('Financial statement', 'financial_statement', id));
    return statement;
  }

  /**
   * What the client can pay each month, from the current statement, and its split across the open
   * debts of the case in proportion to what is owed on each (parts sum exactly to the capacity). Only the
   * debts in the statement's currency share it; a debt in the other currency has no share (null), since
   * Taiwan dollars are never weighed against yuan.
   */
  async caseAffordability(principal: Principal, caseId: string): Promise<CaseAffordability> {
    await this.cases.get(principal, caseId);
    return this.affordabilityOf(this.db.manager, caseId);
  }

  async affordabilityOf(manager: EntityManager, caseId: string): Promise<CaseAffordability> {
    const statement = await manager
      .getRepository(FinancialStatement)
      .findOne({ where: { caseId, isCurrent: true } });
    const debts = await openDebtsWithCreditors(manager, caseId);
    if (!statement)
      return {
        statementId: null,
        currency: null,
        commitBp: this.config.AFFORDABILITY_COMMIT_BP,
        figures: null,
        livingMinimum: null,
        shortfall: null,
        debts: [],
      };
    const floor = statement.livingMinimumId
      ? await manager.getRepository(LivingMinimum).findOne({ where: { id: statement.livingMinimumId } })
      : null;
    const figures = this.figures(statement, floor);
    const sharing = debts.filter((d) => d.currency === statement.currency);
    const parts = splitProRata(
      figures.capacityFen,
      sharing.map((d) => Number(d.outstanding_fen)),
    );
    const gap = shortfall(
      figures.capacityFen,
      sharing.map((d) => ({
        debtId: d.id,
        outstandingFen: Number(d.outstanding_fen),
        product: d.product,
        maxMonths: d.max_installment_months,
      })),
    );
    return {
      statementId: statement.id,
      currency: statement.currency,
      commitBp: this.config.AFFORDABILITY_COMMIT_BP,
      figures,
      /** The floor used: the region, its figure per person, and the household's (null: no region, no floor). */
      livingMinimum: floor
        ? {
            id: floor.id,
            region: floor.region,
            currency: floor.currency,
            effectiveFrom: floor.effectiveFrom,
            source: floor.source,
            perPersonFen: floor.monthlyFenPerPerson,
            people: 1 + statement.dependants,
            householdFen: figures.householdLivingMinimumFen,
          }
        : null,
      /**
       * Measured against the cheapest plan the creditors allow (each debt in the statement's currency on
       * its creditor's longest plan, 停息掛賬): 0 exactly when it fits, else what is missing each month.
       */
      shortfall: {
        ...gap,
        fits: gap.shortfallFen === 0,
        plans: gap.plans.map((p) => ({
          ...p,
          creditorName: sharing.find((d) => d.id === p.debtId)?.creditor_name ?? '',
        })),
      },
      debts: debts.map((d) => ({
        debtId: d.id,
        creditorName: d.creditor_name,
        currency: d.currency,
        outstandingFen: Number(d.outstanding_fen),
        capacityFen: sharing.includes(d) ? parts[sharing.indexOf(d)] : null,
      })),
    };
  }

  private figures(statement: FinancialStatement, floor: LivingMinimum | null) {
    return affordability(
      {
        incomeFen: statement.income.map((l) => l.amountFen),
        essentialSpendingFen: statement.essentialSpending.map((l) => l.amountFen),
        otherDebtPaymentsFen: statement.otherDebts.map((l) => l.monthlyPaymentFen),
        dependants: statement.dependants,
        livingMinimumPerPersonFen: floor?.monthlyFenPerPerson ?? null,
      },
      this.config.AFFORDABILITY_COMMIT_BP,
    );
  }
}
