import { suggestPlans } from '@accord/domain';
import { CasesService, DebtsService } from '@accord/server-cases';
import { CreditorsService, penaltyRuleOf } from '@accord/server-creditors';
import type { Principal } from '@accord/server-core';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { FinancialStatementsService } from './financial-statements.service';
import type { ProposalSuggestions } from './views/proposal-suggestions.view';

/** Plans a debt's creditor could accept and the client could keep, from the case's current statement. */
@Injectable()
export class ProposalSuggestionsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly debts: DebtsService,
    private readonly cases: CasesService,
    private readonly creditors: CreditorsService,
    private readonly statements: FinancialStatementsService,
  ) {}

  async forDebt(principal: Principal, debtId: string): Promise<ProposalSuggestions> {
    const debt = await this.debts.get(principal, debtId);
    const creditor = await this.creditors.get(debt.creditorId);
    const { figures, debts, currency } = await this.statements.affordabilityOf(this.db.manager, debt.caseId);
    // A statement in the other currency says nothing of what this debt can be paid with.
    const capacityFen = debts.find((d) => d.debtId === debt.id)?.capacityFen ?? 0;
    const suggestions =
      debt.status === 'open' && figures && currency === debt.currency
        ? suggestPlans({
            principalFen: debt.principalFen,
            outstandingFen: debt.outstandingFen,
            overdueFen: debt.overdueFen,
            overdueSince: debt.overdueSince,
            minimumDueFen: debt.minimumDueFen,
            rule: penaltyRuleOf(creditor),
            product: creditor.product,
            maxMonths: creditor.maxInstallmentMonths,
            capacityFen,
            today: this.cases.today(),
          })
        : [];
    return {
      debtId,
      capacityFen,
      hasFinancialStatement: figures !== null,
      statementCurrency: currency,
      creditorMaxMonths: creditor.maxInstallmentMonths,
      suggestions,
    };
  }
}
