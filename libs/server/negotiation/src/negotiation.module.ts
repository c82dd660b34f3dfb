import { CasesModule } from '@accord/server-cases';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Contact } from './contact.entity';
import { ContactsService } from './contacts.service';
import { FinancialStatement } from './financial-statement.entity';
import { FinancialStatementsService } from './financial-statements.service';
import { NegotiationController } from './negotiation.controller';
import { ProposalSuggestionsService } from './proposal-suggestions.service';
import { CreditorsModule } from '@accord/server-creditors';

/** What the client can pay, and (next) contacts, proposals, plans and payments. */
@Module({
  imports: [TypeOrmModule.forFeature([FinancialStatement, Contact]), CasesModule, CreditorsModule],
  controllers: [NegotiationController],
  providers: [FinancialStatementsService, ContactsService, ProposalSuggestionsService],
  exports: [FinancialStatementsService, ContactsService],
})
export class NegotiationModule {}
