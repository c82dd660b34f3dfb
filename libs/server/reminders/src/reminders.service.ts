import { REMINDER_STATUSES, type ReminderRecipient, type ReminderStatus, ErrorCode } from '@accord/contracts';
import type { PlannedReminder } from '@accord/domain';
import {
  Clock,
  ConflictError,
  ListQueryDto,
  NotFoundError,
  paginate,
  type Principal,
} from '@accord/server-core';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { IsIn, IsISO8601, IsOptional, IsUUID } from 'class-validator';
import { DataSource, type EntityManager } from 'typeorm';
import { Reminder } from './reminder.entity';
import { notePending } from './reminder-outbox';
import { ReminderCases } from './reminder-cases';
import { ReminderKindRegistry } from './reminder-kinds';
import { ReminderQueue } from './reminder-queue';
import { ReminderPage } from './views/reminder-page.view';

/** What a set of reminders is about: the row whose change causes them. */
export interface ReminderSubject {
  type: string;
  id: string;
  caseId: string | null;
  /** Facts the message needs (reference, amount, date…), stored with each reminder. */
  payload: Record<string, unknown>;
  /** For reminders to one person rather than to a case's officer (the morning digest). */
  recipientUserId?: string;
}

const SORTS = { dueAt: 'r.dueAt', createdAt: 'r.createdAt', status: 'r.status', kind: 'r.kind' } as const;

export class ReminderListQuery extends ListQueryDto {
  @ApiPropertyOptional({ enum: Object.keys(SORTS), default: 'dueAt' })
  @IsOptional()
  @IsIn(Object.keys(SORTS))
  sort: keyof typeof SORTS = 'dueAt';

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  caseId?: string;

  @ApiPropertyOptional({ enum: REMINDER_STATUSES })
  @IsOptional()
  @IsIn(REMINDER_STATUSES)
  status?: ReminderStatus;

  @ApiPropertyOptional({ description: 'only reminders for me: my cases as officer, my team as manager' })
  @IsOptional()
  @IsIn(['true', 'false'])
  mine?: 'true' | 'false';

  @ApiPropertyOptional({ description: 'due at or after this instant (ISO 8601)' })
  @IsOptional()
  @IsISO8601({ strict: true })
  dueFrom?: string;

  @ApiPropertyOptional({ description: 'due before this instant (ISO 8601)' })
  @IsOptional()
  @IsISO8601({ strict: true })
  dueTo?: string;
}

/**
 * States the reminders a subject should have now, in the caller's transaction: new ones are added,
 * moved ones move, ones no longer wanted are cancelled; what already fired or failed stays as it is.
 * Answers the ids whose schedule changed (to put on the queue once committed).
 */
export async function syncReminders(
  manager: EntityManager,
  subject: ReminderSubject,
  planned: readonly PlannedReminder[],
  now: Date,
): Promise<string[]> {
  const existing: { id: string; kind: string; slot: string; status: string; due_at: Date }[] =
    await manager.query(
      `SELECT id, kind, slot, status, due_at FROM reminders WHERE subject_type = $1 AND subject_id = $2 FOR UPDATE`,
      [subject.type, subject.id],
    );
  const key = (kind: string, slot: string) => `${kind}/${slot}`;
  const byKey = new Map(existing.map((r) => [key(r.kind, r.slot), r]));
  const wanted = new Set(planned.map((p) => key(p.kind, p.slot)));
  const touched: string[] = [];
  for (const plan of planned) {
    const row = byKey.get(key(plan.kind, plan.slot));
    if (!row) {
      // A cause looks forward: a reminder whose moment has passed is not invented after the fact.
      if (plan.dueAt.getTime() <= now.getTime()) continue;
      const [inserted] = await manager.query(
        `INSERT INTO reminders (kind, case_id, subject_type, subject_id, slot, recipient, recipient_user_id, due_at, payload)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
        [
          plan.kind,
          subject.caseId,
          subject.type,
          subject.id,
          plan.slot,
          plan.recipient satisfies ReminderRecipient,
          subject.recipientUserId ?? null,
          plan.dueAt,
          subject.payload,
        ],
      );
      touched.push(inserted.id);
    } else if (row.status === 'scheduled' && plan.dueAt.getTime() <= now.getTime()) {
      // Moved to a moment already past: as with new ones, a reminder is not sent late for it.
      if (row.due_at.getTime() !== plan.dueAt.getTime()) {
        await manager.query(`UPDATE reminders SET status = 'cancelled', updated_at = now() WHERE id = $1`, [
          row.id,
        ]);
        touched.push(row.id);
      }
    } else if (row.status === 'scheduled' || (row.status === 'cancelled' && plan.dueAt > now)) {
      if (row.status === 'scheduled' && row.due_at.getTime() === plan.dueAt.getTime()) {
        await manager.query(`UPDATE reminders SET payload = $2 WHERE id = $1 AND payload <> $2::jsonb`, [
          row.id,
          subject.payload,
        ]);
        continue;
      }
      await manager.query(
        `UPDATE reminders SET due_at = $2, payload = $3, status = 'scheduled', held_until = NULL, updated_at = now() WHERE id = $1`,
        [row.id, plan.dueAt, subject.payload],
      );
      touched.push(row.id);
    }
  }
  const dropped = existing.filter((r) => r.status === 'scheduled' && !wanted.has(key(r.kind, r.slot)));
  if (dropped.length) {
    await manager.query(
      `UPDATE reminders SET status = 'cancelled', updated_at = now() WHERE id = ANY($1::uuid[])`,
      [dropped.map((r) => r.id)],
    );
    touched.push(...dropped.map((r) => r.id));
  }
  return touched;
}

/**
 * Reminder rows, written by the features whose changes cause them, in the same transaction. `sync`
 * states the reminders a subject should have now: new ones are added, moved ones move, ones no longer
 * wanted are cancelled; what already fired or failed is history and stays as it is.
 */
@Injectable()
export class RemindersService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly queue: ReminderQueue,
    private readonly clock: Clock,
    private readonly kinds: ReminderKindRegistry,
    private readonly cases: ReminderCases,
  ) {}

  async sync(
    manager: EntityManager,
    subject: ReminderSubject,
    planned: readonly PlannedReminder[],
    now: Date,
  ): Promise<void> {
    // A kind the worker could not word would fail only when it fires, days later: refuse it now.
    for (const plan of planned) this.kinds.get(plan.kind);
    await this.afterCommit(manager, await syncReminders(manager, subject, planned, now));
  }

  /** The cause is gone or done (paid, received, cleared): its scheduled reminders are cancelled. */
  async cancelFor(manager: EntityManager, subjectType: string, subjectIds: readonly string[]): Promise<void> {
    if (!subjectIds.length) return;
    const [rows]: [{ id: string }[], number] = await manager.query(
      `UPDATE reminders SET status = 'cancelled', updated_at = now()
        WHERE subject_type = $1 AND subject_id = ANY($2::uuid[]) AND status = 'scheduled' RETURNING id`,
      [subjectType, subjectIds],
    );
    await this.afterCommit(
      manager,
      rows.map((r) => r.id),
    );
  }

  /**
   * Cancels a case's scheduled reminders (all of them when the case closes; those addressed to the
   * client when the client withdraws consent). What already fired stays as history.
   */
  async cancelForCases(
    manager: EntityManager,
    caseIds: readonly string[],
    recipients: readonly ReminderRecipient[] | null = null,
  ): Promise<number> {
    if (!caseIds.length) return 0;
    const [rows]: [{ id: string }[], number] = await manager.query(
      `UPDATE reminders SET status = 'cancelled', updated_at = now()
        WHERE case_id = ANY($1::uuid[]) AND status = 'scheduled' AND ($2::text[] IS NULL OR recipient = ANY($2::text[]))
        RETURNING id`,
      [caseIds, recipients],
    );
    await this.afterCommit(
      manager,
      rows.map((r) => r.id),
    );
    return rows.length;
  }

  private async afterCommit(manager: EntityManager, ids: string[]): Promise<void> {
    if (!ids.length) return;
    if (!notePending(manager, ids)) await this.queue.sync(ids);
  }

  async list(principal: Principal, query: ReminderListQuery): Promise<ReminderPage> {
    const scope = this.cases.inScope(principal, 'r.case_id');
    const qb = this.db
      .getRepository(Reminder)
      .createQueryBuilder('r')
      .where(`(${scope.sql} OR r.recipientUserId = :me)`, { ...scope.params, me: principal.id });
    if (query.caseId) {
      if (!(await this.cases.visible(this.db, principal, query.caseId))) throw new NotFoundError('Case');
      qb.andWhere('r.caseId = :caseId', { caseId: query.caseId });
    }
    if (query.status) qb.andWhere('r.status = :status', { status: query.status });
    if (query.dueFrom) qb.andWhere('r.dueAt >= :dueFrom', { dueFrom: query.dueFrom });
    if (query.dueTo) qb.andWhere('r.dueAt < :dueTo', { dueTo: query.dueTo });
    if (query.mine === 'true') {
      // Reminders addressed to me: mine by name, my cases' officer reminders, my team's manager ones.
      qb.andWhere(
        `(r.recipientUserId = :me
          OR (r.recipient = 'officer' AND ${this.cases.ofOfficer('r.case_id', ':me')})
          OR (r.recipient = 'manager' AND ${this.cases.ofManager('r.case_id', ':me')}))`,
        { me: principal.id },
      );
    }
    const { rows, total } = await paginate(qb, query, SORTS);
    return { data: rows, total };
  }

  async get(principal: Principal, id: string): Promise<Reminder> {
    const scope = this.cases.inScope(principal, 'r.case_id');
    const found = await this.db
      .getRepository(Reminder)
      .createQueryBuilder('r')
      .where('r.id = :id', { id })
      .andWhere(`(${scope.sql} OR r.recipientUserId = :me)`, { ...scope.params, me: principal.id })
      .getOne();
    if (!found) throw new NotFoundError('Reminder');
    return found;
  }

  /** A failed reminder is tried again now: its failed deliveries get a fresh start, sent ones stay sent. */
  async retry(principal: Principal, id: string): Promise<Reminder> {
    const reminder = await this.get(principal, id);
    if (reminder.status !== 'failed')
      throw new ConflictError(ErrorCode.ReminderNotFailed, `A ${reminder.status} reminder is not retried`, {
        status: reminder.status,
      });
    await this.db.transaction(async (manager) => {
      // Due "now" on the clock the worker fires by (not the database's): were they to differ, the
      // worker would see a retry as moved into the future and put it back to sleep.
      await manager.query(
        `UPDATE reminders SET status = 'scheduled', attempts = 0, last_error = NULL, due_at = $2, updated_at = now() WHERE id = $1`,
        [id, this.clock.now()],
      );
      await manager.query(
        `UPDATE reminder_deliveries SET attempts = 0, updated_at = now() WHERE reminder_id = $1 AND status = 'failed'`,
        [id],
      );
    });
    // A failed job keeps its id in the queue for a while: clear it so the new attempt can take the id.
    const job = await this.queue.raw.getJob(id);
    if (job && (await job.isFailed())) await job.remove();
    await this.queue.sync([id]);
    return this.get(principal, id);
  }
}
