import { ClientsModule } from '@accord/server-clients';
import { CsvExportsModule, RateLimiter } from '@accord/server-core';
import { CreditorsModule } from '@accord/server-creditors';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CaseEvent } from './case-event.entity';
import { CaseHooks } from './case-hooks';
import { CaseStageGuard } from './case-stage.guard';
import { Case } from './case.entity';
import { CasesController } from './cases.controller';
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
  ],
  controllers: [CasesController, DebtsController, PenaltyProjectionController, ClientImportController],
  providers: [CasesService, DebtsService, CaseStageGuard, CaseHooks, ClientImportService, RateLimiter],
  exports: [CasesService, DebtsService, CaseStageGuard, CaseHooks],
})
export class CasesModule {}
