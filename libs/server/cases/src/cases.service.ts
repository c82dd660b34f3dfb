import {
  CURRENCIES,
  ErrorCode,
  type CaseMoneyTotals,
  type CaseOutcome,
  type CaseStage,
  type CurrencyTotals,
  type ListResult,
} from '@accord/contracts';
import {
  addDays,
  allowedMoves,
  calendarDateIn,
  casePolicy,
  daysOverdue,
  OVERDUE_BUCKET_BOUNDS,
  projectPenalty,
  PROJECTION_HORIZONS,
} from '@accord/domain';
import { ClientsService } from '@accord/server-clients';
import { CreditorsService, LprRatesService } from '@accord/server-creditors';
import { RemindersService } from '@accord/server-reminders';
import {
  APP_CONFIG,
  Clock,
  AppError,
  AuditService,
  ConflictError,
  escapeLike,
  fieldDiff,
  missingOrOutOfScope,
  officerScope,
  paginate,
  UnprocessableError,
  versionedUpdate,
  type AppConfig,
  type Principal,
  type RequestContext,
  resolveOfficer,
  whenNotFound,
} from '@accord/server-core';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import { CaseEvent } from './case-event.entity';
import { CaseHooks } from './case-hooks';
import { CasePolicyService } from './case-policy.service';
import { recordCaseEvent } from './case-timeline';
import { Case } from './case.entity';
import { Debt } from './debt.entity';
import { ruleOf, toDebtView, type CreditorSummary } from './debt-view';
import type {
  CaseListQueryDto,
  CreateCaseDto,
  BulkReassignDto,
  ReassignDto,
  ReopenDto,
  TransitionDto,
  UpdateCaseDto,
} from './dto/case.dto';

const SORT = {
  openedOn: 'c.openedOn',
  reference: 'c.reference',
  // Never one sum of yuan and Taiwan dollars: what is owed in yuan orders the list, and among equal yuan
  // (every Taiwan-only case owes ¥0) what is owed in Taiwan dollars. So, largest first, the cases owing
  // yuan come first by their yuan, then the Taiwan-only ones by their Taiwan dollars.
  totalOutstandingFen: ['c.outstandingCnyFen', 'c.outstandingTwdFen'],
  lastActivityAt: 'c.lastActivityAt',
  earliestOverdueSince: 'c.earliestOverdueSince',
};

const EDITABLE = ['overdueReason', 'overdueReasonText', 'litigationRisk', 'outcome', 'closingNote'] as const;

@Injectable()
export class CasesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly clients: ClientsService,
    private readonly creditors: CreditorsService,
    private readonly lprRates: LprRatesService,
    private readonly policy: CasePolicyService,
    private readonly reminders: RemindersService,
    private readonly hooks: CaseHooks,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  /** The firm's calendar day on the injected clock, the one reminders are planned by. */
  today(): string {
    return calendarDateIn(this.clock.now(), this.config.FIRM_TIME_ZONE);
  }

  scoped(principal: Principal, manager: EntityManager = this.db.manager): SelectQueryBuilder<Case> {
    const scope = officerScope(principal, 'c.officer_id');
    return manager.getRepository(Case).createQueryBuilder('c').where(scope.sql, scope.params);
  }

  private missing(manager: EntityManager, id: string) {
    return missingOrOutOfScope(manager, { table: 'cases', entity: 'Case', entityType: 'case', id });
  }

  async get(principal: Principal, id: string, manager?: EntityManager): Promise<Case> {
    const record = await this.scoped(principal, manager).andWhere('c.id = :id', { id }).getOne();
    if (!record) throw await this.missing(manager ?? this.db.manager, id);
    return record;
  }

  async list(
    principal: Principal,
    query: CaseListQueryDto,
  ): Promise<ListResult<ReturnType<typeof toCaseListItem>>> {
    const { rows, raw, total } = await paginate(this.filtered(principal, query), query, SORT, {
      withPage: withNames,
      count: this.countedTotal(principal, query),
    });
    const today = this.today();
    return { data: rows.map((row, i) => toCaseListItem(row, namesFrom(raw[i]), today)), total };
  }

  /** Every case of the filtered list, in its order, for the CSV export (at most `limit` rows). */
  async exportRows(principal: Principal, query: CaseListQueryDto, limit: number) {
    const total = await this.filtered(principal, query).getCount();
    if (total > limit) {
      throw new AppError(
        413,
        ErrorCode.ExportTooLarge,
        `At most ${limit} cases per export: narrow the filters`,
        {
          total,
          limit,
        },
      );
    }
    const out: ReturnType<typeof toCaseListItem>[] = [];
    for (let page = 1; (page - 1) * 1000 < total; page++) {
      const { rows, raw } = await paginate(
        this.filtered(principal, query),
        { ...query, page, perPage: 1000 },
        SORT,
        { withPage: withNames },
      );
      const today = this.today();
      out.push(...rows.map((row, i) => toCaseListItem(row, namesFrom(raw[i]), today)));
    }
    return out;
  }

  /**
   * Lists filtered only by scope, officer and stage read their total from case_counts, which a trigger
   * keeps exact; any other filter counts the matching cases.
   */
  private countedTotal(principal: Principal, query: CaseListQueryDto): (() => Promise<number>) | undefined {
    if (query.clientId || query.creditorId || query.overdueBucket || query.litigationRisk || query.q)
      return undefined;
    return async () => {
      const scope = officerScope(principal, 'cc.officer_id');
      const qb = this.db
        .createQueryBuilder()
        .select('coalesce(sum(cc.n), 0)', 'total')
        .from('case_counts', 'cc')
        .where(scope.sql, scope.params);
      if (query.stage) qb.andWhere('cc.stage = :stage', { stage: query.stage });
      if (query.officerId) qb.andWhere('cc.officer_id = :officerId', { officerId: query.officerId });
      const row = await qb.getRawOne<{ total: string }>();
      return Number(row?.total ?? 0);
    };
  }

  private filtered(principal: Principal, query: CaseListQueryDto): SelectQueryBuilder<Case> {
    const qb = this.scoped(principal);
    if (query.stage) qb.andWhere('c.stage = :stage', { stage: query.stage });
    if (query.officerId) qb.andWhere('c.officerId = :officerId', { officerId: query.officerId });
    if (query.clientId) qb.andWhere('c.clientId = :clientId', { clientId: query.clientId });
    if (query.litigationRisk) qb.andWhere('c.litigationRisk = :risk', { risk: query.litigationRisk });
    if (query.creditorId) {
      qb.andWhere('c.creditor_ids @> ARRAY[CAST(:creditorId AS uuid)]', { creditorId: query.creditorId });
    }
    if (query.overdueBucket) {
      // days overdue in [lo, hi] ⇔ the earliest missed date in [today − hi, today − lo]
      const [lo, hi] = OVERDUE_BUCKET_BOUNDS[query.overdueBucket];
      const today = this.today();
      qb.andWhere('c.earliestOverdueSince <= :latest', { latest: addDays(today, -lo) });
      if (hi !== null) qb.andWhere('c.earliestOverdueSince >= :earliest', { earliest: addDays(today, -hi) });
    }
    if (query.q) {
      qb.andWhere(
        `(c.reference ILIKE :q ESCAPE '\\' OR EXISTS (SELECT 1 FROM clients qc WHERE qc.id = c.client_id AND qc.full_name ILIKE :q ESCAPE '\\'))`,
        { q: `%${escapeLike(query.q)}%` },
      );
    }
    return qb;
  }

  async detail(principal: Principal, id: string) {
    const record = await this.get(principal, id);
    const client = await this.clients.get(principal, record.clientId).catch(whenNotFound(() => null));
    const debts = await this.db
      .getRepository(Debt)
      .find({ where: { caseId: id }, order: { createdAt: 'ASC' } });
    const creditors = new Map<string, CreditorSummary>();
    for (const debt of debts)
      if (!creditors.has(debt.creditorId))
        creditors.set(debt.creditorId, await this.creditors.get(debt.creditorId));
    const today = this.today();
    const lprTable = await this.lprRates.table();
    const views = debts.map((d) =>
      toDebtView(d, creditors.get(d.creditorId) as CreditorSummary, today, lprTable),
    );
    const open = debts.filter((d) => d.status === 'open');
    const agreed = await this.hooks.agreementsOf(this.db.manager, id);
    const [names] = await this.db.query(
      `SELECT (SELECT full_name FROM clients WHERE id = $1) AS client_name, (SELECT full_name FROM users WHERE id = $2) AS officer_name`,
      [record.clientId, record.officerId],
    );
    return {
      ...toCaseListItem(record, namesFrom(names), today),
      outcome: record.outcome,
      closingNote: record.closingNote,
      closedFrom: record.closedFrom,
      overdueReasonText: record.overdueReasonText,
      client: client && {
        id: client.id,
        fullName: client.fullName,
        idNumberMasked: client.idNumberMasked,
        phoneMasked: client.phoneMasked,
        consentAt: client.consentAt?.toISOString() ?? null,
      },
      consentWithdrawn: await this.consentWithdrawn(record.clientId),
      debts: views,
      totalsByCurrency: CURRENCIES.map((currency): CaseMoneyTotals | null => {
        const mine = open.filter((d) => d.currency === currency);
        if (!mine.length) return null;
        const points = mine.map((d) =>
          projectPenalty(
            d,
            ruleOf(creditors.get(d.creditorId) as CreditorSummary),
            today,
            agreed.get(d.id) ?? null,
          ),
        );
        return {
          currency,
          principalFen: mine.reduce((s, d) => s + d.principalFen, 0),
          outstandingFen: mine.reduce((s, d) => s + d.outstandingFen, 0),
          overdueFen: mine.reduce((s, d) => s + d.overdueFen, 0),
          penaltyAccruedFen: points.reduce((s, p) => s + p[0].penaltyFen, 0),
          lateFeeAccruedFen: points.reduce((s, p) => s + p[0].lateFeeFen, 0),
          penaltyProjected: PROJECTION_HORIZONS.map((afterDays, i) => ({
            afterDays,
            penaltyFen: points.reduce((s, p) => s + p[i].penaltyFen, 0),
            lateFeeFen: points.reduce((s, p) => s + p[i].lateFeeFen, 0),
          })),
          agreedDebts: mine.filter((d) => agreed.has(d.id)).length,
        };
      }).filter((t): t is CaseMoneyTotals => t !== null),
      allowedMoves: allowedMoves(record.stage),
    };
  }

  /** Shown on every case of a client who withdrew consent, whoever reads it. */
  private async consentWithdrawn(clientId: string): Promise<boolean> {
    const [row] = await this.db.query(
      `SELECT consent_withdrawn_at IS NOT NULL AS withdrawn FROM clients WHERE id = $1`,
      [clientId],
    );
    return row?.withdrawn === true;
  }

  async create(principal: Principal, dto: CreateCaseDto, context: RequestContext) {
    const id = await this.db.transaction(async (manager) => {
      const client = await this.clients.get(principal, dto.clientId, manager).catch(
        whenNotFound(() => {
          throw new UnprocessableError(ErrorCode.Unprocessable, 'The client does not exist', {
            field: 'clientId',
          });
        }),
      );
      const officerId = await resolveOfficer(manager, principal, dto.officerId);
      const today = this.today();
      const [row] = await manager.query(
        `INSERT INTO cases (reference, client_id, officer_id, overdue_reason, overdue_reason_text, litigation_risk, opened_on)
         VALUES (next_case_reference($1), $2, $3, $4, $5, $6, $7)
         RETURNING id, reference`,
        [
          today.slice(0, 4),
          client.id,
          officerId,
          dto.overdueReason,
          dto.overdueReasonText ?? null,
          dto.litigationRisk ?? 'none',
          today,
        ],
      );
      await recordCaseEvent(manager, row.id, principal.id, 'case.opened', {
        reference: row.reference,
        officerId,
      });
      await this.audit.record(manager, {
        actorId: principal.id,
        action: 'case.opened',
        entityType: 'case',
        entityId: row.id,
        context,
      });
      return row.id as string;
    });
    return this.detail(principal, id);
  }

  async update(principal: Principal, id: string, dto: UpdateCaseDto, context: RequestContext) {
    await this.db.transaction(async (manager) => {
      const before = await this.get(principal, id, manager);
      await this.policy.assert(manager, principal.role, id, 'case.update');
      const changes = Object.fromEntries(
        EDITABLE.filter((f) => dto[f] !== undefined).map((f) => [f, dto[f]]),
      );
      await versionedUpdate(manager, Case, 'Case', id, dto.version, changes);
      await recordCaseEvent(manager, id, principal.id, 'case.updated', {
        ...fieldDiff(before, changes),
      });
      await this.audit.record(manager, {
        actorId: principal.id,
        action: 'case.updated',
        entityType: 'case',
        entityId: id,
        context,
      });
    });
    return this.detail(principal, id);
  }

  async transition(principal: Principal, id: string, dto: TransitionDto, context: RequestContext) {
    await this.db.transaction(async (manager) => {
      const record = await this.get(principal, id, manager);
      // The policy locks the row, so two people moving the same case at once cannot both pass it.
      const closing = dto.to === 'closed';
      const override = closing
        ? {
            outcome: dto.outcome ?? record.outcome,
            closingNote: dto.closingNote ?? record.closingNote,
            approval: dto.approvalReason ? { role: principal.role, reason: dto.approvalReason } : null,
          }
        : {};
      const facts = { ...(await this.policy.facts(manager, id, principal.role)), ...override };
      const locked = await manager.getRepository(Case).findOneByOrFail({ id });
      if (dto.version !== undefined && dto.version !== locked.version) {
        throw new ConflictError(
          ErrorCode.StaleVersion,
          'The case was changed by someone else; reload and try again',
          { currentVersion: locked.version },
        );
      }
      const answer = casePolicy.check(closing ? 'case.close' : 'case.transition', facts, {
        to: dto.to,
        reason: dto.reason,
      });
      if (!answer.allowed) {
        // The refusal keeps the machine's shape (code, unmet or allowedMoves) and adds the policy's reasons.
        const notAMove =
          facts.stage === 'closed' || answer.reasons.includes('TRANSITION_NOT_ALLOWED')
            ? { code: 'TRANSITION_NOT_ALLOWED', allowedMoves: allowedMoves(facts.stage) }
            : { code: 'CONDITIONS_UNMET', unmet: answer.reasons };
        throw new ConflictError(
          ErrorCode.CaseTransitionRefused,
          `The case cannot move from ${facts.stage} to ${dto.to}`,
          { from: facts.stage, to: dto.to, allowed: false, ...notAMove, reasons: answer.reasons },
        );
      }
      const from: CaseStage = facts.stage;
      const today = this.today();
      await manager.query(
        `UPDATE cases SET stage = $2, outcome = $3, closing_note = $4, closed_on = $5, closed_from = $6, version = version + 1, updated_at = now() WHERE id = $1`,
        [id, dto.to, facts.outcome, facts.closingNote, closing ? today : null, closing ? facts.stage : null],
      );
      const effects = closing
        ? await this.closeEffects(manager, id, facts.outcome as CaseOutcome, today)
        : {};
      await recordCaseEvent(manager, id, principal.id, 'case.stage_changed', {
        from,
        to: dto.to,
        reason: dto.reason?.trim() || (closing ? facts.closingNote : null),
        ...effects,
        ...(closing && facts.approval
          ? { approvedBy: principal.id, approvalReason: dto.approvalReason }
          : {}),
      });
      await this.hooks.enteredStage(manager, id, dto.to, principal.id);
      await this.audit.record(manager, {
        actorId: principal.id,
        action: 'case.stage_changed',
        entityType: 'case',
        entityId: id,
        context,
        details: { from, to: dto.to },
      });
    });
    return this.detail(principal, id);
  }

  /**
   * Closing ends what the case still had running: its unpaid plans are marked ended with the outcome,
   * and every scheduled reminder and client message of the case is cancelled. Everything stays readable.
   */
  private async closeEffects(manager: EntityManager, id: string, outcome: CaseOutcome, today: string) {
    const plansEnded = await this.hooks.closed(manager, id, outcome, today);
    const cancelled = await this.reminders.cancelForCases(manager, [id]);
    return { outcome, plansEnded, remindersCancelled: cancelled };
  }

  /** Managers reopen a closed case into a stage; what closing ended stays ended, and the timeline says so. */
  async reopen(principal: Principal, id: string, dto: ReopenDto, context: RequestContext) {
    await this.db.transaction(async (manager) => {
      await this.get(principal, id, manager);
      const facts = await this.policy.assert(manager, principal.role, id, 'case.reopen');
      const ended = await this.hooks.endedPlanCount(manager, id);
      await manager.query(
        `UPDATE cases SET stage = $2, outcome = NULL, closing_note = NULL, closed_on = NULL, closed_from = NULL, version = version + 1, updated_at = now() WHERE id = $1`,
        [id, dto.to],
      );
      const wanted = dto.resumePlanIds ?? [];
      const resumed = wanted.length ? await this.hooks.resumePlans(manager, id, wanted) : [];
      if (resumed.length !== wanted.length)
        throw new UnprocessableError(
          ErrorCode.PlanNotResumable,
          'Only plans this case ended when it closed can be resumed',
          {
            field: 'resumePlanIds',
            planIds: wanted.filter((p) => !resumed.includes(p)),
          },
        );
      await recordCaseEvent(manager, id, principal.id, 'case.reopened', {
        to: dto.to,
        reason: dto.reason,
        previousOutcome: facts.outcome,
        previousClosingNote: facts.closingNote,
        plansResumed: resumed,
        plansStillEnded: ended - resumed.length,
      });
      await this.hooks.enteredStage(manager, id, dto.to, principal.id);
      await this.audit.record(manager, {
        actorId: principal.id,
        action: 'case.reopened',
        entityType: 'case',
        entityId: id,
        context,
        details: { to: dto.to, reason: dto.reason },
      });
    });
    return this.detail(principal, id);
  }

  /** Each action the case policy knows, allowed or not and why, for the dashboard to show up front. */
  async actions(principal: Principal, id: string) {
    await this.get(principal, id);
    const { facts, actions } = await this.policy.answers(this.db.manager, id, principal.role);
    const moves = Object.fromEntries(
      allowedMoves(facts.stage).map((to) => [
        to,
        casePolicy.check(to === 'closed' ? 'case.close' : 'case.transition', facts, { to }),
      ]),
    );
    // The facts go along so the dashboard asks the same policy as the user fills a form (a move's reason,
    // a closing outcome), and shows every reason before anything is sent.
    return {
      caseId: id,
      stage: facts.stage,
      consentWithdrawn: facts.consentWithdrawn,
      facts,
      actions,
      moves,
    };
  }

  async reassign(principal: Principal, id: string, dto: ReassignDto, context: RequestContext) {
    await this.db.transaction(async (manager) => {
      const officerId = await resolveOfficer(manager, principal, dto.officerId);
      await this.reassignOne(manager, principal, id, officerId, dto.reason, context);
    });
    return this.detail(principal, id);
  }

  /**
   * Many cases to one officer, all or none: a case the manager may not see (404) or a refused officer
   * (422) moves nothing. Reminders follow by themselves: they are addressed when they fire.
   */
  async reassignMany(principal: Principal, dto: BulkReassignDto, context: RequestContext) {
    return this.db.transaction(async (manager) => {
      const officerId = await resolveOfficer(manager, principal, dto.officerId);
      let moved = 0;
      for (const id of dto.caseIds) {
        if (await this.reassignOne(manager, principal, id, officerId, dto.reason, context)) moved += 1;
      }
      return { officerId, moved, caseIds: dto.caseIds };
    });
  }

  /** Moves one case, and its client's record when no other case keeps it with the previous officer. */
  private async reassignOne(
    manager: EntityManager,
    principal: Principal,
    id: string,
    officerId: string,
    reason: string,
    context: RequestContext,
  ): Promise<boolean> {
    const record = await this.get(principal, id, manager);
    if (officerId === record.officerId) return false;
    await manager.query(
      `UPDATE cases SET officer_id = $2, version = version + 1, updated_at = now() WHERE id = $1`,
      [id, officerId],
    );
    await manager.query(
      `UPDATE clients SET officer_id = $3, version = version + 1, updated_at = now()
        WHERE id = $1 AND officer_id = $2
          AND NOT EXISTS (SELECT 1 FROM cases WHERE client_id = $1 AND officer_id = $2)`,
      [record.clientId, record.officerId, officerId],
    );
    await recordCaseEvent(manager, id, principal.id, 'case.reassigned', {
      from: record.officerId,
      to: officerId,
      // Names too: officers may not read the user list, and the timeline must say who took over.
      ...(await officerNames(manager, record.officerId, officerId)),
      reason,
    });
    await this.audit.record(manager, {
      actorId: principal.id,
      action: 'case.reassigned',
      entityType: 'case',
      entityId: id,
      context,
      details: { from: record.officerId, to: officerId, reason },
    });
    return true;
  }

  async timeline(principal: Principal, id: string, page: number, perPage: number) {
    await this.get(principal, id);
    const [rows, total] = await this.db.getRepository(CaseEvent).findAndCount({
      where: { caseId: id },
      order: { at: 'DESC', id: 'DESC' },
      skip: (page - 1) * perPage,
      take: perPage,
    });
    const actorIds = [...new Set(rows.map((r) => r.actorId).filter((a): a is string => !!a))];
    const actors: { id: string; full_name: string }[] = actorIds.length
      ? await this.db.query(`SELECT id, full_name FROM users WHERE id = ANY($1)`, [actorIds])
      : [];
    const nameOf = new Map(actors.map((a) => [a.id, a.full_name]));
    return {
      data: rows.map((r) => ({ ...r, actorName: r.actorId ? (nameOf.get(r.actorId) ?? null) : null })),
      total,
    };
  }
}

async function officerNames(manager: EntityManager, from: string, to: string) {
  const rows: { id: string; full_name: string }[] = await manager.query(
    `SELECT id, full_name FROM users WHERE id = ANY($1)`,
    [[from, to]],
  );
  const name = (id: string) => rows.find((r) => r.id === id)?.full_name ?? null;
  return { fromName: name(from), toName: name(to) };
}

interface Names {
  clientName: string | null;
  officerName: string | null;
}

/** The names shown in each row come from the page query itself, not from extra round trips. */
function withNames(page: SelectQueryBuilder<Case>): void {
  page
    .leftJoin('clients', 'name_client', 'name_client.id = c.client_id')
    .leftJoin('users', 'name_officer', 'name_officer.id = c.officer_id')
    .addSelect('name_client.full_name', 'client_name')
    .addSelect('name_officer.full_name', 'officer_name');
}

const namesFrom = (raw: Record<string, unknown> | undefined): Names => ({
  clientName: (raw?.client_name as string | undefined) ?? null,
  officerName: (raw?.officer_name as string | undefined) ?? null,
});

export function toCaseListItem(c: Case, names: Names, today: string) {
  return {
    id: c.id,
    reference: c.reference,
    clientId: c.clientId,
    clientName: names.clientName,
    officerId: c.officerId,
    officerName: names.officerName,
    stage: c.stage,
    outcome: c.outcome,
    overdueReason: c.overdueReason,
    litigationRisk: c.litigationRisk,
    openedOn: c.openedOn,
    closedOn: c.closedOn,
    totalOutstandingFen: c.totalOutstandingFen,
    totalOverdueFen: c.totalOverdueFen,
    /** What the case owes per currency: totalOutstandingFen alone would add yuan to Taiwan dollars. */
    totalsByCurrency: CURRENCIES.filter((currency) => c.totalsByCurrency?.[currency]).map(
      (currency): CurrencyTotals => ({
        currency,
        ...(c.totalsByCurrency[currency] as Omit<CurrencyTotals, 'currency'>),
      }),
    ),
    earliestOverdueSince: c.earliestOverdueSince,
    maxDaysOverdue: daysOverdue(c.earliestOverdueSince, today),
    openDebtCount: c.openDebtCount,
    lastActivityAt: c.lastActivityAt.toISOString(),
    version: c.version,
  };
}
