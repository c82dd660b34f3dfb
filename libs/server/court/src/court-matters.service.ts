import { CURRENCY_OF_MARKET, DEBTOR_PROCEDURE_KINDS, ErrorCode } from '@accord/contracts';
import {
  CasePolicyService,
  CasesService,
  currencyOfDebt,
  debtsOfCase,
  markCaseSued,
  openDebtCurrencies,
} from '@accord/server-cases';
import {
  AuditService,
  NotFoundError,
  UnprocessableError,
  refusedWithItsCase,
  versionedRowUpdate,
  whenNotFound,
  type Principal,
  type RequestContext,
  FirmDay,
} from '@accord/server-core';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { readMatters } from './court.reads';
import { recordCourtChange } from './court-writes';
import type { CreateCourtMatterDto, UpdateCourtMatterDto } from './dto/court-matter.dto';
import type { CourtMatterView } from './views/court.view';

/** Court matters on a case: recorded and corrected by its officer, each change asked of the case policy. */
@Injectable()
export class CourtMattersService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly cases: CasesService,
    private readonly policy: CasePolicyService,
    private readonly day: FirmDay,
  ) {}

  async get(
    principal: Principal,
    id: string,
    manager: EntityManager = this.db.manager,
  ): Promise<CourtMatterView> {
    const [matter] = await readMatters(manager, { id }, this.day.today());
    if (!matter) throw new NotFoundError('Court matter');
    await this.cases
      .get(principal, matter.caseId, manager)
      .catch(refusedWithItsCase('Court matter', 'court_matter', id));
    return matter;
  }

  async create(
    principal: Principal,
    dto: CreateCourtMatterDto,
    context: RequestContext,
  ): Promise<CourtMatterView> {
    return this.db.transaction(async (manager) => {
      await this.cases.get(principal, dto.caseId, manager).catch(
        whenNotFound(() => {
          throw new UnprocessableError(ErrorCode.Unprocessable, 'The case does not exist', {
            field: 'caseId',
          });
        }),
      );
      const currency = await this.debtsCurrency(manager, dto.caseId, dto.debtIds);
      await this.policy.assert(manager, principal.role, dto.caseId, 'court_matter.record', {
        matterKind: dto.kind,
        market: await this.marketOf(manager, dto.caseId),
      });
      const [{ id }] = await manager.query(
        `INSERT INTO court_matters (case_id, kind, court, case_number, claimant, claimed_fen, currency, note, created_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
        [
          dto.caseId,
          dto.kind,
          dto.court,
          dto.caseNumber || null,
          dto.claimant || null,
          dto.claimedFen ?? null,
          currency,
          dto.note ?? null,
          principal.id,
        ],
      );
      await this.setDebts(manager, id, dto.debtIds);
      if (!DEBTOR_PROCEDURE_KINDS.includes(dto.kind)) await markCaseSued(manager, dto.caseId);
      await recordCourtChange(manager, this.audit, principal, context, {
        caseId: dto.caseId,
        kind: 'court_matter.recorded',
        entityType: 'court_matter',
        entityId: id,
        details: { matterKind: dto.kind, court: dto.court },
      });
      return (await readMatters(manager, { id }, this.day.today()))[0];
    });
  }

  async update(
    principal: Principal,
    id: string,
    dto: UpdateCourtMatterDto,
    context: RequestContext,
  ): Promise<CourtMatterView> {
    return this.db.transaction(async (manager) => {
      const before = await this.get(principal, id, manager);
      const currency = dto.debtIds
        ? await this.debtsCurrency(manager, before.caseId, dto.debtIds)
        : before.currency;
      await this.policy.assert(manager, principal.role, before.caseId, 'court_matter.record', {
        matterKind: before.kind,
        market: await this.marketOf(manager, before.caseId),
      });
      const status = dto.status ?? before.status;
      const concludedOn =
        status === 'open' ? null : (dto.concludedOn ?? before.concludedOn ?? this.day.today());
      if (concludedOn && concludedOn > this.day.today())
        throw new UnprocessableError(ErrorCode.Unprocessable, 'A matter concludes today or earlier', {
          field: 'concludedOn',
        });
      const changes: Record<string, unknown> = { status, concluded_on: concludedOn, currency };
      if (dto.court !== undefined) changes.court = dto.court;
      if (dto.caseNumber !== undefined) changes.case_number = dto.caseNumber || null;
      if (dto.claimant !== undefined) changes.claimant = dto.claimant || null;
      if (dto.claimedFen !== undefined) changes.claimed_fen = dto.claimedFen;
      if (dto.note !== undefined) changes.note = dto.note;
      await versionedRowUpdate(
        manager,
        'court_matters',
        'Court matter',
        id,
        dto.version,
        before.version,
        changes,
      );
      if (dto.debtIds) await this.setDebts(manager, id, dto.debtIds);
      await recordCourtChange(manager, this.audit, principal, context, {
        caseId: before.caseId,
        kind: 'court_matter.updated',
        entityType: 'court_matter',
        entityId: id,
        details: {
          fields: Object.entries(dto)
            .filter(([k, v]) => k !== 'version' && v !== undefined)
            .map(([k]) => k),
          status,
        },
      });
      return (await readMatters(manager, { id }, this.day.today()))[0];
    });
  }

  /** Taiwan clients' cases are those with debts in NT$. */
  private async marketOf(manager: EntityManager, caseId: string): Promise<'CN' | 'TW'> {
    const currencies = await openDebtCurrencies(manager, caseId);
    return currencies.includes(CURRENCY_OF_MARKET.TW) ? 'TW' : 'CN';
  }

  /** The debts must be the case's, owed in one currency (the claim is in it). */
  private async debtsCurrency(manager: EntityManager, caseId: string, debtIds: readonly string[]) {
    const found = await debtsOfCase(manager, caseId, debtIds);
    if (debtIds.some((d) => !found.has(d)))
      throw new UnprocessableError(ErrorCode.Unprocessable, 'A debt is not one of this case’s', {
        field: 'debtIds',
      });
    const currencies = new Set(await Promise.all(debtIds.map((d) => currencyOfDebt(manager, d))));
    if (currencies.size !== 1)
      throw new UnprocessableError(
        ErrorCode.Unprocessable,
        'A court matter’s debts are owed in one currency',
        {
          field: 'debtIds',
        },
      );
    return [...currencies][0];
  }

  private async setDebts(manager: EntityManager, id: string, debtIds: readonly string[]): Promise<void> {
    await manager.query(`DELETE FROM court_matter_debts WHERE matter_id = $1`, [id]);
    await manager.query(`INSERT INTO court_matter_debts (matter_id, debt_id) SELECT $1, unnest($2::uuid[])`, [
      id,
      debtIds,
    ]);
  }
}
