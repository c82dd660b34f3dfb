import {
  ANY_SIGNED_IN,
  AuditService,
  CurrentUser,
  RequestInfo,
  Roles,
  type Principal,
  type RequestContext,
} from '@accord/server-core';
import { reminderChannelsOf, setReminderChannels } from '@accord/server-users';
import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiProperty, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { ArrayMaxSize, ArrayUnique, IsArray, IsIn } from 'class-validator';
import { DataSource } from 'typeorm';
import { NotificationListQuery, NotificationsService } from './notifications.service';
import { ReminderSettingsService, UpdateReminderSettingsDto } from './reminder-settings.service';
import { Reminder } from './reminder.entity';
import { ReminderListQuery, RemindersService } from './reminders.service';
import { FailedDeliveryPage } from './views/failed-delivery.view';
import {
  Notification,
  NotificationPage,
  NotificationsMarkedRead,
  NotificationUnreadCount,
} from './views/notification.view';
import { ReminderChannels } from './views/reminder-channels.view';
import { ReminderPage } from './views/reminder-page.view';
import { ReminderSettings } from './views/reminder-settings.view';

class ReminderChannelsDto {
  @ApiProperty({ enum: ['in_app', 'email'], isArray: true })
  @IsArray()
  @ArrayMaxSize(2)
  @ArrayUnique()
  @IsIn(['in_app', 'email'], { each: true })
  channels!: ('in_app' | 'email')[];
}

@ApiTags('reminders')
@ApiBearerAuth()
@Controller()
export class RemindersController {
  constructor(
    private readonly reminders: RemindersService,
    private readonly notifications: NotificationsService,
    private readonly settings: ReminderSettingsService,
    private readonly audit: AuditService,
    @InjectDataSource() private readonly db: DataSource,
  ) {}

  /** Reminders of the cases one may see (`caseId`, `status`, `mine=true` for those addressed to me). */
  @Get('reminders')
  @Roles(...ANY_SIGNED_IN)
  list(@CurrentUser() principal: Principal, @Query() query: ReminderListQuery): Promise<ReminderPage> {
    return this.reminders.list(principal, query);
  }

  /** One reminder with its schedule, status and deliveries. */
  @Get('reminders/:id')
  @Roles(...ANY_SIGNED_IN)
  show(@CurrentUser() principal: Principal, @Param('id', ParseUUIDPipe) id: string): Promise<Reminder> {
    return this.reminders.get(principal, id);
  }

  /** A failed reminder sent again now; what already reached someone is not sent twice. */
  @Post('reminders/:id/retry')
  @Roles('manager', 'admin')
  @HttpCode(200)
  async retry(
    @CurrentUser() principal: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @RequestInfo() context: RequestContext,
  ): Promise<Reminder> {
    const reminder = await this.reminders.retry(principal, id);
    await this.audit.record(null, {
      actorId: principal.id,
      action: 'reminder.retried',
      entityType: 'reminder',
      entityId: id,
      context,
    });
    return reminder;
  }

  /** Deliveries that failed, newest first: what did not reach whom, and why. */
  @Get('reminder-deliveries/failed')
  @Roles('admin')
  async failedDeliveries(@Query() query: NotificationListQuery): Promise<FailedDeliveryPage> {
    const rows = await this.db.query(
      `SELECT d.id, d.reminder_id AS "reminderId", d.channel, d.address_masked AS "address", d.attempts,
              d.last_error AS "lastError", d.updated_at AS "updatedAt", r.kind, r.case_id AS "caseId", r.status AS "reminderStatus"
         FROM reminder_deliveries d JOIN reminders r ON r.id = d.reminder_id
        WHERE d.status = 'failed' ORDER BY d.updated_at DESC, d.id DESC OFFSET $1 LIMIT $2`,
      [(query.page - 1) * query.perPage, query.perPage],
    );
    const [{ total }] = await this.db.query(
      `SELECT count(*)::int AS total FROM reminder_deliveries WHERE status = 'failed'`,
    );
    return { data: rows, total };
  }

  /** My notifications (the bell), newest first; `unread=true` for the unread ones. */
  @Get('notifications')
  @Roles(...ANY_SIGNED_IN)
  myNotifications(
    @CurrentUser() principal: Principal,
    @Query() query: NotificationListQuery,
  ): Promise<NotificationPage> {
    return this.notifications.list(principal, query);
  }

  /** How many of my notifications are unread. */
  @Get('notifications/unread-count')
  @Roles(...ANY_SIGNED_IN)
  unread(@CurrentUser() principal: Principal): Promise<NotificationUnreadCount> {
    return this.notifications.unreadCount(principal);
  }

  /** Marks one of my notifications read. */
  @Post('notifications/:id/read')
  @Roles(...ANY_SIGNED_IN)
  @HttpCode(200)
  read(@CurrentUser() principal: Principal, @Param('id', ParseUUIDPipe) id: string): Promise<Notification> {
    return this.notifications.markRead(principal, id);
  }

  /** Marks all my notifications read; answers how many changed. */
  @Post('notifications/read-all')
  @Roles(...ANY_SIGNED_IN)
  @HttpCode(200)
  readAll(@CurrentUser() principal: Principal): Promise<NotificationsMarkedRead> {
    return this.notifications.markAllRead(principal);
  }

  /** The firm's reminder settings: times of day, quiet hours, lead days. */
  @Get('reminder-settings')
  @Roles(...ANY_SIGNED_IN)
  getSettings(): Promise<ReminderSettings> {
    return this.settings.get();
  }

  /** Changes the firm's reminder settings (admins), with the version read. */
  @Put('reminder-settings')
  @Roles('admin')
  async updateSettings(
    @CurrentUser() principal: Principal,
    @Body() dto: UpdateReminderSettingsDto,
    @RequestInfo() context: RequestContext,
  ): Promise<ReminderSettings> {
    const updated = await this.settings.update(dto);
    await this.audit.record(null, {
      actorId: principal.id,
      action: 'reminder_settings.updated',
      entityType: 'reminder_settings',
      context,
      details: { ...dto },
    });
    return updated;
  }

  /** Each person picks how their own reminders reach them. */
  @Get('me/reminder-channels')
  @Roles(...ANY_SIGNED_IN)
  async myChannels(@CurrentUser() principal: Principal): Promise<ReminderChannels> {
    return (await reminderChannelsOf(this.db, principal.id)) as ReminderChannels;
  }

  /** A change of where someone's reminders go is audited with the channels before and after. */
  @Put('me/reminder-channels')
  @Roles(...ANY_SIGNED_IN)
  async setMyChannels(
    @CurrentUser() principal: Principal,
    @Body() dto: ReminderChannelsDto,
    @RequestInfo() context: RequestContext,
  ): Promise<ReminderChannels> {
    return this.db.transaction(async (manager) => {
      const before = await reminderChannelsOf(manager, principal.id, { forUpdate: true });
      const row = await setReminderChannels(manager, principal.id, dto.channels);
      if (JSON.stringify(before?.channels) !== JSON.stringify(row.channels)) {
        await this.audit.record(manager, {
          actorId: principal.id,
          action: 'user.reminder_channels_changed',
          entityType: 'user',
          entityId: principal.id,
          context,
          details: { before: before?.channels ?? null, after: row.channels },
        });
      }
      return row as ReminderChannels;
    });
  }
}
