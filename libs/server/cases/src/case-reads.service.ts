import { CURRENCIES, ErrorCode } from '@accord/contracts';
import {
  addDays,
  allowedMoves,
  casePolicy,
  OVERDUE_BUCKET_BOUNDS,
  projectPenalty,
  PROJECTION_HORIZONS,
} from '@accord/domain';
import { clientNameMatches, clientNameOf, ClientsService, consentWithdrawn } from '@accord/server-clients';
import { CreditorsService, LprRatesService } from '@accord/server-creditors';
import {
  AppError,
  escapeLike,
  missingOrOutOfScope,
  paginate,
  type Principal,
  whenNotFound,
  FirmDay,
} from '@accord/server-core';
import { namesOfUsers, officerScope, userNameOf } from '@accord/server-users';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import { CaseEvent } from './case-event.entity';
import { CaseHooks } from './case-hooks';
import { CasePolicyService } from './case-policy.service';
import { Case } from './case.entity';
import { Debt } from './debt.entity';
import { ruleOf, toDebtView, type CreditorSummary } from './debt-view';
import type { CaseListQueryDto } from './dto/case.dto';
import { namesFrom, toCaseListItem, withNames } from './case-list-item';
import type { CaseActions } from './views/case-actions.view';
import type { CaseDetail, CaseMoneyTotalsView } from './views/case-detail.view';
import type { CaseListItem, CasePage } from './views/case-list-item.view';
import type { CaseTimelinePage } from './views/case-timeline.view';

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

/**
 * What a case answers to read: its list (filters, sort, totals from the case_counts aggregate), the CSV
 * rows, its detail with the money at stake, the actions the policy allows now, and its timeline. The
 * commands (cases.service.ts) read through here too, so a case is scoped the one way.
 */
@Injectable()
export class CaseReadsService {
  constructor(
    private readonly firmDay: FirmDay,
    @InjectDataSource() private readonly db: DataSource,
    private readonly clients: ClientsService,
    private readonly creditors: CreditorsService,
    private readonly lprRates: LprRatesService,
    private readonly policy: CasePolicyService,
    private readonly hooks: CaseHooks,
  ) {}

  /** The firm's calendar day on the injected clock, the one reminders are planned by. */
  today(): string {
    return this.firmDay.today();
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

  async list(principal: Principal, query: CaseListQueryDto): Promise<CasePage> {
    const { rows, raw, total } = await paginate(this.filtered(principal, query), query, SORT, {
      withPage: withNames,
      count: this.countedTotal(principal, query),
    });
    const today = this.today();
    return { data: rows.map((row, i) => toCaseListItem(row, namesFrom(raw[i]), today)), total };
  }

  /** Every case of the filtered list, in its order, for the CSV export (at most `limit` rows). */
  async exportRows(principal: Principal, query: CaseListQueryDto, limit: number): Promise<CaseListItem[]> {
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
    const out: CaseListItem[] = [];
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
      qb.andWhere(`(c.reference ILIKE :q ESCAPE '\\' OR ${clientNameMatches('c.client_id', ':q')})`, {
        q: `%${escapeLike(query.q)}%`,
      });
    }
    return qb;
  }

  async detail(principal: Principal, id: string): Promise<CaseDetail> {
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
      `SELECT ${clientNameOf('$1')} AS client_name, ${userNameOf('$2')} AS officer_name`,
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
      totalsByCurrency: CURRENCIES.map((currency): CaseMoneyTotalsView | null => {
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
      }).filter((t): t is CaseMoneyTotalsView => t !== null),
      allowedMoves: allowedMoves(record.stage),
    };
  }

  /** Shown on every case of a client who withdrew consent, whoever reads it. */
  private async consentWithdrawn(clientId: string): Promise<boolean> {
    return consentWithdrawn(this.db.manager, clientId);
  }

  /** Each action the case policy knows, allowed or not and why, for the dashboard to show up front. */
  async actions(principal: Principal, id: string): Promise<CaseActions> {
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

  async timeline(principal: Principal, id: string, page: number, perPage: number): Promise<CaseTimelinePage> {
    await this.get(principal, id);
    const [rows, total] = await this.db.getRepository(CaseEvent).findAndCount({
      where: { caseId: id },
      order: { at: 'DESC', id: 'DESC' },
      skip: (page - 1) * perPage,
      take: perPage,
    });
    const actorIds = [...new Set(rows.map((r) => r.actorId).filter((a): a is string => !!a))];
    const actors: { id: string; full_name: string }[] = actorIds.length
      ? await namesOfUsers(this.db.manager, actorIds)
      : [];
    const nameOf = new Map(actors.map((a) => [a.id, a.full_name]));
    return {
      data: rows.map((r) => ({ ...r, actorName: r.actorId ? (nameOf.get(r.actorId) ?? null) : null })),
      total,
    };
  }
}
