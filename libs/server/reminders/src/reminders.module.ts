import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { NotificationsService } from './notifications.service';
import { Reminder } from './reminder.entity';
import { DigestSources } from './digest';
import { ReminderKindRegistry } from './reminder-kinds';
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
  imports: [TypeOrmModule.forFeature([Reminder, ReminderSettingsRow])],
  controllers: [RemindersController],
  providers: [
    ReminderKindRegistry,
    DigestSources,
    ReminderQueue,
    RemindersService,
    ReminderOutboxSubscriber,
    ReminderSettingsService,
    NotificationsService,
  ],
  exports: [DigestSources, RemindersService, ReminderSettingsService, ReminderKindRegistry],
})
export class RemindersModule {}
