import { CasesModule } from '@accord/server-cases';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { FinancialStatement } from './financial-statement.entity';
import { FinancialStatementsService } from './financial-statements.service';
import { NegotiationController } from './negotiation.controller';

/** What the client can pay, and (next) contacts, proposals, plans and payments. */
@Module({
  imports: [TypeOrmModule.forFeature([FinancialStatement]), CasesModule],
  controllers: [NegotiationController],
  providers: [FinancialStatementsService],
  exports: [FinancialStatementsService],
})
export class NegotiationModule {}
