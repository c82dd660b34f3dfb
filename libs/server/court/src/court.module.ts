import { CasePolicyService, CasesModule } from '@accord/server-cases';
import { RemindersModule } from '@accord/server-reminders';
import { Module, type OnModuleInit } from '@nestjs/common';
import { CalendarFeedController } from './calendar-feed.controller';
import { CalendarFeedService } from './calendar-feed.service';
import { CourtAgendaService } from './court-agenda.service';
import { CourtCalendarController } from './court-calendar.controller';
import { CourtCalendarService } from './court-calendar.service';
import { CourtEventsService } from './court-events.service';
import { CourtMattersService } from './court-matters.service';
import { CourtReminders } from './court-reminders';
import { courtFacts } from './court.reads';
import { CourtController } from './court.controller';
import { CourtService } from './court.service';
import { CreditorDemandsService } from './creditor-demands.service';

/** Court matters ([8/10]): suits and the client's own procedures, deadlines never missed, the calendar feed. */
@Module({
  imports: [CasesModule, RemindersModule],
  controllers: [CourtController, CourtCalendarController, CalendarFeedController],
  providers: [
    CourtService,
    CourtMattersService,
    CourtEventsService,
    CreditorDemandsService,
    CourtCalendarService,
    CourtAgendaService,
    CalendarFeedService,
    CourtReminders,
  ],
})
export class CourtModule implements OnModuleInit {
  constructor(private readonly policy: CasePolicyService) {}

  onModuleInit(): void {
    // Closing a case as litigated needs a court matter on it (stage-conditions.ts).
    this.policy.registerFacts(courtFacts);
  }
}
