import {
  COURT_DECISION_KINDS,
  COURT_DEADLINE_KINDS,
  COURT_SITTING_KINDS,
  ErrorCode,
  type CourtDeadlineKind,
  type CourtEventKind,
} from '@accord/contracts';
import { courtDeadline, courtPeriod, type ActionDetails, type PeriodTrigger } from '@accord/domain';
import { CasePolicyService } from '@accord/server-cases';
import {
  AppError,
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
import { CourtCalendarService } from './court-calendar.service';
import { CourtMattersService } from './court-matters.service';
import { CourtReminders } from './court-reminders';
import { readEvents } from './court.reads';
import { recordCourtChange } from './court-writes';
import { requireFilesOfCase } from '@accord/server-documents';
import type {
  CompleteCourtDeadlineDto,
  CreateCourtEventDto,
  UpdateCourtEventDto,
} from './dto/court-event.dto';
import type { CourtEventView, CourtMatterView } from './views/court.view';

const isIn = (list: readonly string[], kind: string) => list.includes(kind);

/** What a deadline counts from: the summons (or payment order) served, or the decision served. */
const TRIGGER_OF: Partial<Record<CourtEventKind, PeriodTrigger>> = {
  summons_received: 'summons',
  judgment: 'judgment',
  ruling: 'ruling',
};
const DEADLINE_AFTER: Record<PeriodTrigger, CourtDeadlineKind> = {
  summons: 'answer_deadline',
  judgment: 'appeal_deadline',
  ruling: 'appeal_deadline',
};

/** The day a served paper was served: a summons on the day received, a decision on its service. */
const servedOnOf = (event: Pick<CourtEventView, 'kind' | 'occursOn' | 'servedOn'>) =>
  event.kind === 'summons_received' ? event.occursOn : event.servedOn;

/**
 * Events of court matters: summons, sittings, decisions, deadlines, enforcement and limits. A served
 * summons or decision brings its deadline worked out from the statutory period and the firm's court
 * calendar; a deadline moved from that day carries its reason. Every write asks the case policy, and
 * writes the event's reminders in the same transaction.
 */
@Injectable()
export class CourtEventsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly policy: CasePolicyService,
    private readonly matters: CourtMattersService,
    private readonly calendar: CourtCalendarService,
    private readonly reminders: CourtReminders,
    private readonly day: FirmDay,
  ) {}

  async get(
    principal: Principal,
    id: string,
    manager: EntityManager = this.db.manager,
  ): Promise<CourtEventView> {
    return (await this.withItsMatter(principal, id, manager)).event;
  }

  /** The event and its matter, read once: the matter is where the caller's scope is checked. */
  private async withItsMatter(
    principal: Principal,
    id: string,
    manager: EntityManager,
  ): Promise<{ event: CourtEventView; matter: CourtMatterView }> {
    const [event] = await readEvents(manager, { id }, this.day.today());
    if (!event) throw new NotFoundError('Court event');
    const matter = await this.matters
      .get(principal, event.matterId, manager)
      .catch(refusedWithItsCase('Court event', 'court_event', id));
    return { event, matter };
  }

  async record(
    principal: Principal,
    dto: CreateCourtEventDto,
    context: RequestContext,
  ): Promise<CourtEventView> {
    return this.db.transaction(async (manager) => {
      const matter = await this.matters.get(principal, dto.matterId, manager).catch(
        whenNotFound(() => {
          throw new UnprocessableError(ErrorCode.Unprocessable, 'The court matter does not exist', {
            field: 'matterId',
          });
        }),
      );
      if (isIn(COURT_SITTING_KINDS, dto.kind) && !dto.startsAt)
        throw new AppError(
          400,
          ErrorCode.ValidationFailed,
          'A hearing or mediation needs its time (startsAt, HH:MM)',
          {
            field: 'startsAt',
          },
        );
      const source = dto.countsFrom
        ? this.sourceIn(matter, dto.countsFrom)
        : this.latestSourceFor(matter, dto.kind);
      const computed =
        isIn(COURT_DEADLINE_KINDS, dto.kind) && source ? await this.computed(manager, matter, source) : null;
      await this.policy.assert(manager, principal.role, matter.caseId, 'court_event.record', {
        ...this.details(matter, dto.kind, dto, source),
        computedDeadlineOn: computed?.deadline === dto.kind ? computed.on : null,
        reason: dto.changeReason ?? null,
      });
      if (dto.documentIds?.length)
        await requireFilesOfCase(manager, matter.caseId, dto.documentIds, 'documentIds');
      const id = await this.insert(manager, matter, principal, {
        kind: dto.kind,
        occursOn: dto.occursOn,
        fields: dto,
        countsFrom: isIn(COURT_DEADLINE_KINDS, dto.kind) ? (source?.id ?? null) : null,
        computedOn: computed?.deadline === dto.kind ? computed.on : null,
      });
      await this.setDocuments(manager, id, dto.documentIds ?? []);
      const created = (await readEvents(manager, { id }, this.day.today()))[0];
      await this.reminders.sync(manager, created, matter);
      await this.recorded(manager, principal, context, created, 'court_event.recorded');

      // A summons or decision served brings its deadline, worked out, unless the officer already has one.
      const follows = TRIGGER_OF[dto.kind];
      if (follows) {
        const deadline = await this.computed(manager, matter, created);
        if (deadline) {
          const deadlineId = await this.insert(manager, matter, principal, {
            kind: deadline.deadline,
            occursOn: deadline.on,
            fields: {},
            countsFrom: id,
            computedOn: deadline.on,
          });
          const made = (await readEvents(manager, { id: deadlineId }, this.day.today()))[0];
          await this.reminders.sync(manager, made, matter);
          await this.recorded(manager, principal, context, made, 'court_event.recorded');
        }
      }
      return created;
    });
  }

  async update(
    principal: Principal,
    id: string,
    dto: UpdateCourtEventDto,
    context: RequestContext,
  ): Promise<CourtEventView> {
    return this.db.transaction(async (manager) => {
      const { event: before, matter } = await this.withItsMatter(principal, id, manager);
      const merged = {
        occursOn: dto.occursOn ?? before.occursOn,
        startsAt: dto.startsAt !== undefined ? dto.startsAt : before.startsAt,
        servedOn: dto.servedOn !== undefined ? dto.servedOn : before.servedOn,
        untilOn: dto.untilOn !== undefined ? dto.untilOn : before.untilOn,
      };
      if (isIn(COURT_SITTING_KINDS, before.kind) && !merged.startsAt)
        throw new AppError(
          400,
          ErrorCode.ValidationFailed,
          'A hearing or mediation needs its time (startsAt, HH:MM)',
          {
            field: 'startsAt',
          },
        );
      const source = before.countsFrom
        ? (matter.events.find((e) => e.id === before.countsFrom) ?? null)
        : null;
      await this.policy.assert(manager, principal.role, before.caseId, 'court_event.record', {
        ...this.details(matter, before.kind, merged, source, before.id),
        computedDeadlineOn: before.computedOn,
        reason: dto.changeReason !== undefined ? dto.changeReason : before.changeReason,
      });
      if (dto.documentIds) await requireFilesOfCase(manager, before.caseId, dto.documentIds, 'documentIds');
      const changes: Record<string, unknown> = {
        occurs_on: merged.occursOn,
        starts_at: merged.startsAt,
        served_on: merged.servedOn,
        until_on: merged.untilOn,
      };
      const columns = {
        court: 'court',
        room: 'room',
        attendees: 'attendees',
        amountFen: 'amount_fen',
        changeReason: 'change_reason',
        note: 'note',
      } as const;
      for (const [field, column] of Object.entries(columns))
        if (dto[field as keyof typeof columns] !== undefined)
          changes[column] = dto[field as keyof typeof columns];
      await versionedRowUpdate(
        manager,
        'court_events',
        'Court event',
        id,
        dto.version,
        before.version,
        changes,
      );
      if (dto.documentIds) await this.setDocuments(manager, id, dto.documentIds);
      const after = (await readEvents(manager, { id }, this.day.today()))[0];
      await this.reminders.sync(manager, after, matter);
      await this.recorded(manager, principal, context, after, 'court_event.updated', {
        from: before.occursOn !== after.occursOn ? before.occursOn : undefined,
      });
      return after;
    });
  }

  /** The answer or appeal filed, or let pass on purpose (with why): its reminders end. */
  async complete(
    principal: Principal,
    id: string,
    dto: CompleteCourtDeadlineDto,
    context: RequestContext,
  ): Promise<CourtEventView> {
    return this.db.transaction(async (manager) => {
      const { event: before, matter } = await this.withItsMatter(principal, id, manager);
      await this.policy.assert(manager, principal.role, before.caseId, 'court_deadline.complete', {
        eventKind: before.kind,
        deadlineCompleted: before.completedOn !== null,
        completedOn: dto.completedOn,
        reason: dto.outcome === 'not_filed' ? (dto.note ?? '') : undefined,
      });
      await versionedRowUpdate(manager, 'court_events', 'Court event', id, dto.version, before.version, {
        completed_on: dto.completedOn,
        outcome: dto.outcome,
        completion_note: dto.note ?? null,
      });
      const after = (await readEvents(manager, { id }, this.day.today()))[0];
      await this.reminders.sync(manager, after, matter);
      await recordCourtChange(manager, this.audit, principal, context, {
        caseId: before.caseId,
        kind: 'court_deadline.completed',
        entityType: 'court_event',
        entityId: id,
        details: { eventKind: before.kind, outcome: dto.outcome, completedOn: dto.completedOn },
      });
      return after;
    });
  }

  /** The facts the policy checks an event's days against. */
  private details(
    matter: CourtMatterView,
    kind: CourtEventKind,
    values: { occursOn: string; servedOn?: string | null; untilOn?: string | null },
    source: CourtEventView | null,
    self?: string,
  ): ActionDetails {
    const summons = matter.events
      .filter((e) => e.kind === 'summons_received' && e.id !== self)
      .map((e) => e.occursOn)
      .sort();
    return {
      eventKind: kind,
      eventOn: values.occursOn,
      summonsOn: summons[0] ?? null,
      servedOn: isIn(COURT_DEADLINE_KINDS, kind)
        ? source
          ? servedOnOf(source)
          : null
        : (values.servedOn ?? null),
      untilOn: values.untilOn ?? null,
    };
  }

  /** A deadline recorded by hand counts from the matter's summons or decision named. */
  private sourceIn(matter: CourtMatterView, id: string): CourtEventView {
    const source = matter.events.find((e) => e.id === id && TRIGGER_OF[e.kind]);
    if (!source)
      throw new UnprocessableError(
        ErrorCode.Unprocessable,
        'countsFrom names no summons or decision of this matter',
        {
          field: 'countsFrom',
        },
      );
    return source;
  }

  /** Without one named, a deadline counts from the latest paper of its kind served in the matter. */
  private latestSourceFor(matter: CourtMatterView, kind: CourtEventKind): CourtEventView | null {
    if (!isIn(COURT_DEADLINE_KINDS, kind)) return null;
    const sources = matter.events.filter((e) => {
      const trigger = TRIGGER_OF[e.kind];
      return trigger && DEADLINE_AFTER[trigger] === kind && servedOnOf(e);
    });
    return sources.at(-1) ?? null;
  }

  /** The deadline a served paper brings, by the statutory period (null where none applies: the court sets it). */
  private async computed(
    manager: EntityManager,
    matter: CourtMatterView,
    source: CourtEventView,
  ): Promise<{ deadline: CourtDeadlineKind; on: string } | null> {
    const trigger = TRIGGER_OF[source.kind];
    const served = servedOnOf(source);
    if (!trigger || !served) return null;
    const deadline = DEADLINE_AFTER[trigger];
    const market = matter.currency === 'TWD' ? 'TW' : 'CN';
    const on = courtDeadline(
      courtPeriod(deadline, market, trigger, matter.kind),
      served,
      await this.calendar.calendar(manager),
    );
    return on ? { deadline, on } : null;
  }

  private async insert(
    manager: EntityManager,
    matter: CourtMatterView,
    principal: Principal,
    event: {
      kind: CourtEventKind;
      occursOn: string;
      fields: Partial<CreateCourtEventDto>;
      countsFrom: string | null;
      computedOn: string | null;
    },
  ): Promise<string> {
    const f = event.fields;
    const [{ id }] = await manager.query(
      `INSERT INTO court_events (matter_id, case_id, kind, occurs_on, starts_at, court, room, attendees, served_on,
              amount_fen, until_on, counts_from, computed_on, change_reason, note, created_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16) RETURNING id`,
      [
        matter.id,
        matter.caseId,
        event.kind,
        event.occursOn,
        f.startsAt ?? null,
        f.court || null,
        f.room || null,
        f.attendees ?? [],
        isIn(COURT_DECISION_KINDS, event.kind) ? (f.servedOn ?? null) : null,
        f.amountFen ?? null,
        f.untilOn ?? null,
        event.countsFrom,
        event.computedOn,
        f.changeReason || null,
        f.note ?? null,
        principal.id,
      ],
    );
    return id;
  }

  private async setDocuments(manager: EntityManager, id: string, fileIds: readonly string[]): Promise<void> {
    await manager.query(`DELETE FROM court_event_documents WHERE event_id = $1`, [id]);
    if (fileIds.length)
      await manager.query(
        `INSERT INTO court_event_documents (event_id, file_id) SELECT $1, unnest($2::uuid[])`,
        [id, fileIds],
      );
  }

  private recorded(
    manager: EntityManager,
    principal: Principal,
    context: RequestContext,
    event: CourtEventView,
    kind: 'court_event.recorded' | 'court_event.updated',
    extra: Record<string, unknown> = {},
  ): Promise<void> {
    return recordCourtChange(manager, this.audit, principal, context, {
      caseId: event.caseId,
      kind,
      entityType: 'court_event',
      entityId: event.id,
      details: { eventKind: event.kind, occursOn: event.occursOn, startsAt: event.startsAt, ...extra },
    });
  }
}
