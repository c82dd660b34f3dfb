import { ClientCases, ClientsModule } from '@accord/server-clients';
import { CsvExportsModule, RateLimiter } from '@accord/server-core';
import { CreditorsModule } from '@accord/server-creditors';
import { RemindersModule } from '@accord/server-reminders';
import { Module, type OnModuleInit } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CaseEvent } from './case-event.entity';
import { CaseHooks } from './case-hooks';
import { CasePolicyService } from './case-policy.service';
import { Case } from './case.entity';
import { CaseSettingsService } from './case-settings';
import { clientCasesSource } from './client-cases.source';
import { CaseSettingsController } from './case-settings.controller';
import { CasesController } from './cases.controller';
import { CaseReadsService } from './case-reads.service';
import { CasesService } from './cases.service';
import { Debt } from './debt.entity';
import { DebtsController, PenaltyProjectionController } from './debts.controller';
import { DebtsService } from './debts.service';
import { ClientImportController } from './import/client-import.controller';
import { ClientImportService } from './import/client-import.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([Case, Debt, CaseEvent]),
    ClientsModule,
    CreditorsModule,
    CsvExportsModule,
    RemindersModule,
  ],
  controllers: [
    CasesController,
    CaseSettingsController,
    DebtsController,
    PenaltyProjectionController,
    ClientImportController,
  ],
  providers: [
    CaseReadsService,
    CasesService,
    CaseSettingsService,
    DebtsService,
    CasePolicyService,
    CaseHooks,
    ClientImportService,
    RateLimiter,
  ],
  exports: [CaseReadsService, CasesService, DebtsService, CasePolicyService, CaseHooks],
})
export class CasesModule implements OnModuleInit {
  constructor(private readonly clientCases: ClientCases) {}

  onModuleInit(): void {
    this.clientCases.provide(clientCasesSource);
  }
}
