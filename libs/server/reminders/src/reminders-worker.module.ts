import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DELIVERY_CHANNELS, type DeliveryChannel } from './channels/channel';
import { EmailChannel } from './channels/email.channel';
import { SmsChannel } from './channels/sms.channel';
import { Reminder } from './reminder.entity';
import { ReminderKindsModule } from './reminder-kinds.module';
import { ReminderQueue } from './reminder-queue';
import { ReminderSettingsRow, ReminderSettingsService } from './reminder-settings.service';
import { ReminderFiring } from './worker/reminder-firing';
import { ReminderMaintenance } from './worker/reminder-maintenance';
import { ReminderReconciler } from './worker/reminder-reconciler';
import { ReminderSweeps } from './worker/reminder-sweeps';
import { ReminderWorkers } from './worker/reminder-workers';

/** The worker's half: firing reminders through the channels, the reconciler and the daily sweeps. */
@Module({
  imports: [TypeOrmModule.forFeature([Reminder, ReminderSettingsRow]), ReminderKindsModule],
  providers: [
    ReminderQueue,
    ReminderSettingsService,
    EmailChannel,
    SmsChannel,
    {
      provide: DELIVERY_CHANNELS,
      inject: [EmailChannel, SmsChannel],
      useFactory: (...channels: DeliveryChannel[]) => channels,
    },
    ReminderFiring,
    ReminderReconciler,
    ReminderSweeps,
    ReminderWorkers,
    ReminderMaintenance,
  ],
  exports: [
    ReminderKindsModule,
    ReminderReconciler,
    ReminderMaintenance,
    ReminderSweeps,
    ReminderSettingsService,
  ],
})
export class RemindersWorkerModule {}
