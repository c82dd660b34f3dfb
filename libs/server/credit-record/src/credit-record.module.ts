import { CasePolicyService, CasesModule } from '@accord/server-cases';
import { RemindersModule } from '@accord/server-reminders';
import { Module, type OnModuleInit } from '@nestjs/common';
import { CreditDisputesService } from './credit-disputes.service';
import { CreditEntriesService } from './credit-entries.service';
import { creditRecordFacts } from './credit-record.reads';
import { CreditRecordController } from './credit-record.controller';
import { CreditRecordService } from './credit-record.service';
import { CreditReminders } from './credit-reminders';

/** The credit record ([7/10]): report entries, disputes and their answers, on the case policy. */
@Module({
  imports: [CasesModule, RemindersModule],
  controllers: [CreditRecordController],
  providers: [CreditRecordService, CreditEntriesService, CreditDisputesService, CreditReminders],
})
export class CreditRecordModule implements OnModuleInit {
  constructor(private readonly policy: CasePolicyService) {}

  onModuleInit(): void {
    // The credit-record stage ends when every dispute is answered or withdrawn (stage-conditions.ts).
    this.policy.registerFacts(creditRecordFacts);
  }
}
