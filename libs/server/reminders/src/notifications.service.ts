import { ListQueryDto, NotFoundError, type Principal } from '@accord/server-core';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { IsIn, IsOptional } from 'class-validator';
import { DataSource } from 'typeorm';
import {
  Notification,
  NotificationPage,
  NotificationsMarkedRead,
  NotificationUnreadCount,
} from './views/notification.view';

export class NotificationListQuery extends ListQueryDto {
  @ApiPropertyOptional({ description: 'only unread ones' })
  @IsOptional()
  @IsIn(['true', 'false'])
  unread?: 'true' | 'false';
}

const COLUMNS = `id, kind, case_id AS "caseId", reminder_id AS "reminderId", title, body, read_at AS "readAt", created_at AS "createdAt"`;

/** The signed-in person's own notifications (the bell): newest first, each read once. */
@Injectable()
export class NotificationsService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async list(principal: Principal, query: NotificationListQuery): Promise<NotificationPage> {
    const unread = query.unread === 'true';
    const [data, [{ total }]] = await Promise.all([
      this.db.query(
        `SELECT ${COLUMNS} FROM notifications WHERE user_id = $1 AND ($2 = false OR read_at IS NULL)
          ORDER BY created_at DESC, id DESC OFFSET $3 LIMIT $4`,
        [principal.id, unread, (query.page - 1) * query.perPage, query.perPage],
      ),
      this.db.query(
        `SELECT count(*)::int AS total FROM notifications WHERE user_id = $1 AND ($2 = false OR read_at IS NULL)`,
        [principal.id, unread],
      ),
    ]);
    return { data, total };
  }

  async unreadCount(principal: Principal): Promise<NotificationUnreadCount> {
    const [{ unread }] = await this.db.query(
      `SELECT count(*)::int AS unread FROM notifications WHERE user_id = $1 AND read_at IS NULL`,
      [principal.id],
    );
    return { unread };
  }

  async markRead(principal: Principal, id: string): Promise<Notification> {
    // UPDATE answers [rows, count] through TypeORM.
    const [[row]] = await this.db.query(
      `UPDATE notifications SET read_at = coalesce(read_at, now()) WHERE id = $1 AND user_id = $2 RETURNING ${COLUMNS}`,
      [id, principal.id],
    );
    if (!row) throw new NotFoundError('Notification');
    return row;
  }

  async markAllRead(principal: Principal): Promise<NotificationsMarkedRead> {
    const [, marked] = await this.db.query(
      `UPDATE notifications SET read_at = now() WHERE user_id = $1 AND read_at IS NULL`,
      [principal.id],
    );
    return { marked };
  }
}
