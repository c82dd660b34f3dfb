import { createHash, randomBytes } from 'node:crypto';
import type { Locale } from '@accord/contracts';
import { addDays, zonedInstant } from '@accord/domain';
import {
  APP_CONFIG,
  AuditService,
  Clock,
  NotFoundError,
  type AppConfig,
  type Principal,
  type RequestContext,
  FirmDay,
} from '@accord/server-core';
import { activeUserStanding } from '@accord/server-users';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import ical from 'ical-generator';
import { DataSource } from 'typeorm';
import { CourtAgendaService } from './court-agenda.service';
import { FEED_WORDS } from './calendar-feed.words';
import type { CalendarFeedCreatedView, CalendarFeedView } from './views/court.view';

const hashOf = (token: string) => createHash('sha256').update(token, 'utf8').digest();
/** 32 random bytes, base64url: the feed's only credential, so it is long and never stored as itself. */
const TOKEN = /^[A-Za-z0-9_-]{43}$/;
const SITTING_MINUTES = 120;
/** How far back and ahead a feed reaches: calendars keep what they fetched before. */
const PAST_DAYS = 30;

const scopeOf = (role: string): CalendarFeedView['scope'] =>
  role === 'admin' ? 'firm' : role === 'manager' ? 'team' : 'own';

/**
 * Each person's private iCalendar (RFC 5545) feed of hearings and court deadlines, which Outlook, Google
 * and Apple calendars subscribe to by its address. The address holds a random token, stored only as its
 * SHA-256; making a new one revokes the old. A feed carries the case reference, the court and the time,
 * never a client's ID number or phone, and it reaches what its person may see today (a disabled account's
 * feed answers 404).
 */
@Injectable()
export class CalendarFeedService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly agenda: CourtAgendaService,
    private readonly day: FirmDay,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async mine(principal: Principal): Promise<CalendarFeedView> {
    const [feed] = await this.db.query(
      `SELECT created_at AS "createdAt", last_fetched_at AS "lastFetchedAt" FROM calendar_feeds
        WHERE user_id = $1 AND revoked_at IS NULL`,
      [principal.id],
    );
    return {
      active: !!feed,
      createdAt: feed?.createdAt?.toISOString() ?? null,
      lastFetchedAt: feed?.lastFetchedAt?.toISOString() ?? null,
      scope: scopeOf(principal.role),
    };
  }

  /** A new address (the old one stops answering); shown once. */
  async create(principal: Principal, context: RequestContext): Promise<CalendarFeedCreatedView> {
    const token = randomBytes(32).toString('base64url');
    await this.db.transaction(async (manager) => {
      // One live feed per person: two clicks racing each other are taken one after the other.
      await manager.query(`SELECT pg_advisory_xact_lock(hashtext('calendar_feed:' || $1))`, [principal.id]);
      await manager.query(
        `UPDATE calendar_feeds SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL`,
        [principal.id],
      );
      await manager.query(`INSERT INTO calendar_feeds (user_id, token_hash) VALUES ($1, $2)`, [
        principal.id,
        hashOf(token),
      ]);
      await this.audit.record(manager, {
        actorId: principal.id,
        action: 'calendar_feed.created',
        entityType: 'user',
        entityId: principal.id,
        context,
      });
    });
    return {
      ...(await this.mine(principal)),
      url: new URL(`/api/calendar-feeds/${token}/accord.ics`, this.config.PUBLIC_BASE_URL).toString(),
    };
  }

  async revoke(principal: Principal, context: RequestContext): Promise<void> {
    await this.db.transaction(async (manager) => {
      const [rows]: [unknown[]] = await manager.query(
        `UPDATE calendar_feeds SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL RETURNING id`,
        [principal.id],
      );
      if (!rows.length) throw new NotFoundError('Calendar feed');
      await this.audit.record(manager, {
        actorId: principal.id,
        action: 'calendar_feed.revoked',
        entityType: 'user',
        entityId: principal.id,
        context,
      });
    });
  }

  /** The feed behind a token, as iCalendar text; an unknown, revoked or malformed token is 404. */
  async feed(token: string): Promise<string> {
    if (!TOKEN.test(token)) throw new NotFoundError('Calendar feed');
    const [[feed]]: [{ userId: string }[]] = await this.db.query(
      `UPDATE calendar_feeds SET last_fetched_at = now() WHERE token_hash = $1 AND revoked_at IS NULL
       RETURNING user_id AS "userId"`,
      [hashOf(token)],
    );
    const owner = feed && (await activeUserStanding(this.db.manager, feed.userId));
    if (!owner) throw new NotFoundError('Calendar feed');
    const principal = {
      ...owner,
      email: '',
      tokenVersion: 0,
      sessionId: '',
      mustChangePassword: false,
      mustEnrolSecondFactor: false,
    };
    const items = await this.agenda.items(principal, addDays(this.day.today(), -PAST_DAYS), null, false);
    return this.render(items, owner.locale);
  }

  private render(items: Awaited<ReturnType<CourtAgendaService['items']>>, locale: Locale): string {
    const words = FEED_WORDS[locale];
    const timeZone = this.day.timeZone();
    const stamp = this.clock.now();
    const calendar = ical({
      name: words.name,
      prodId: { company: 'Accord', product: 'court', language: 'ZH' },
    });
    for (const item of items) {
      const title = `${words.kinds[item.kind] ?? item.kind} · ${item.caseReference} · ${item.court}`;
      const description = [
        `${words.matter}: ${words.matterKinds[item.matterKind] ?? item.matterKind}`,
        item.caseNumber ? `${words.caseNumber}: ${item.caseNumber}` : null,
        item.room ? `${words.room}: ${item.room}` : null,
      ]
        .filter(Boolean)
        .join('\n');
      const location = [item.court, item.room].filter(Boolean).join(' ');
      if (item.startsAt) {
        const start = zonedInstant(item.occursOn, item.startsAt, timeZone);
        calendar.createEvent({
          id: `${item.eventId}@accord`,
          start,
          end: new Date(start.getTime() + SITTING_MINUTES * 60_000),
          summary: title,
          description,
          location,
          stamp,
        });
      } else
        calendar.createEvent({
          id: `${item.eventId}@accord`,
          start: item.occursOn,
          end: addDays(item.occursOn, 1),
          allDay: true,
          summary: title,
          description,
          location,
          stamp,
        });
    }
    return calendar.toString();
  }
}
