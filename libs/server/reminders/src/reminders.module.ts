import { OVERDUE_REMINDERS } from '@accord/server-core';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { NotificationsService } from './notifications.service';
import { OverdueRemindersQuery } from './overdue-reminders.query';
import { Reminder } from './reminder.entity';
import { ReminderKindsModule } from './reminder-kinds.module';
import { ReminderOutboxSubscriber } from './reminder-outbox.subscriber';
import { ReminderQueue } from './reminder-queue';
import { ReminderSettingsRow, ReminderSettingsService } from './reminder-settings.service';
import { RemindersController } from './reminders.controller';
import { RemindersService } from './reminders.service';

/**
 * Reminder rows, written by the features that cause them through RemindersService, and the API to see
 * them, the bell, and the settings. Firing them is the worker's (RemindersWorkerModule).
 */
@Module({
  imports: [TypeOrmModule.forFeature([Reminder, ReminderSettingsRow]), ReminderKindsModule],
  controllers: [RemindersController],
  providers: [
    ReminderQueue,
    RemindersService,
    ReminderOutboxSubscriber,
    ReminderSettingsService,
    NotificationsService,
    // The health check's count of overdue reminders (core reads no table of ours).
    { provide: OVERDUE_REMINDERS, useClass: OverdueRemindersQuery },
  ],
  exports: [ReminderKindsModule, RemindersService, ReminderSettingsService],
})
export class RemindersModule {}
