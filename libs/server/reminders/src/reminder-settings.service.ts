import type { NotificationChannel } from '@accord/contracts';
import type { QuietHours, ReminderClock } from '@accord/domain';
import { APP_CONFIG, versionedUpdate, type AppConfig } from '@accord/server-core';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsInt,
  IsOptional,
  Matches,
  Max,
  Min,
} from 'class-validator';
import { Column, DataSource, Entity, PrimaryColumn, type EntityManager } from 'typeorm';
import { ReminderSettings } from './views/reminder-settings.view';

const HH_MM = /^([01]\d|2[0-3]):[0-5]\d$/;

@Entity({ name: 'reminder_settings' })
export class ReminderSettingsRow {
  @PrimaryColumn({ type: 'smallint' })
  id!: number;

  @Column({ type: 'text' })
  quietStart!: string;

  @Column({ type: 'text' })
  quietEnd!: string;

  @Column({ type: 'text' })
  staffTime!: string;

  @Column({ type: 'text' })
  clientTime!: string;

  @Column({ type: 'text' })
  digestTime!: string;

  @Column({ type: 'integer' })
  staleAfterDays!: number;

  @Column({ type: 'text', array: true })
  clientChannels!: Extract<NotificationChannel, 'email' | 'sms'>[];

  @Column({ type: 'integer', insert: false })
  version!: number;

  @Column({ type: 'timestamptz', insert: false })
  updatedAt!: Date;
}

export class UpdateReminderSettingsDto {
  @ApiPropertyOptional({ example: '21:00' })
  @IsOptional()
  @Matches(HH_MM)
  quietStart?: string;

  @ApiPropertyOptional({ example: '08:00' })
  @IsOptional()
  @Matches(HH_MM)
  quietEnd?: string;

  @ApiPropertyOptional({ example: '09:00' })
  @IsOptional()
  @Matches(HH_MM)
  staffTime?: string;

  @ApiPropertyOptional({ example: '10:00' })
  @IsOptional()
  @Matches(HH_MM)
  clientTime?: string;

  @ApiPropertyOptional({ example: '08:30' })
  @IsOptional()
  @Matches(HH_MM)
  digestTime?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 365 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(365)
  staleAfterDays?: number;

  @ApiPropertyOptional({ enum: ['email', 'sms'], isArray: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(2)
  @ArrayUnique()
  @IsIn(['email', 'sms'], { each: true })
  clientChannels?: ('email' | 'sms')[];

  @ApiProperty()
  @IsInt()
  @Min(1)
  version!: number;
}

/** The firm's reminder settings (one row): when reminders go out, quiet hours, channels to clients. */
@Injectable()
export class ReminderSettingsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  private cache: { at: number; value: ReminderSettings } | null = null;

  /** The settings as of at most a few seconds ago: the worker reads them for every reminder it fires. */
  async recent(): Promise<ReminderSettings> {
    if (!this.cache || Date.now() - this.cache.at > 5000)
      this.cache = { at: Date.now(), value: await this.read() };
    return this.cache.value;
  }

  get(manager: EntityManager = this.db.manager): Promise<ReminderSettings> {
    return this.read(manager);
  }

  /** Plain SQL: the CLI's seed reads the settings through a connection that maps no entities. */
  private async read(manager: EntityManager = this.db.manager): Promise<ReminderSettings> {
    const [row] = await manager.query(
      `SELECT quiet_start AS "quietStart", quiet_end AS "quietEnd", staff_time AS "staffTime", client_time AS "clientTime",
              digest_time AS "digestTime", stale_after_days AS "staleAfterDays", client_channels AS "clientChannels",
              version, updated_at AS "updatedAt"
         FROM reminder_settings WHERE id = 1`,
    );
    return { ...(row as Omit<ReminderSettingsRow, 'id'>), timeZone: this.config.FIRM_TIME_ZONE };
  }

  async clock(manager?: EntityManager): Promise<ReminderClock> {
    const s = await this.get(manager);
    return { timeZone: s.timeZone, staffTime: s.staffTime, clientTime: s.clientTime };
  }

  async quietHours(manager?: EntityManager): Promise<QuietHours> {
    const s = await this.get(manager);
    return { start: s.quietStart, end: s.quietEnd };
  }

  async update(dto: UpdateReminderSettingsDto): Promise<ReminderSettings> {
    const { version, ...changes } = dto;
    await versionedUpdate(this.db.manager, ReminderSettingsRow, 'Reminder settings', '1', version, changes);
    return this.get();
  }
}
