import { CURRENCIES, type CurrencyTotals } from '@accord/contracts';
import { daysOverdue } from '@accord/domain';
import { leftJoinClient } from '@accord/server-clients';
import { leftJoinUser } from '@accord/server-users';
import type { SelectQueryBuilder } from 'typeorm';
import type { Case } from './case.entity';
import type { CaseListItem } from './views/case-list-item.view';

export interface Names {
  clientName: string | null;
  officerName: string | null;
}

/** The names shown in each row come from the page query itself, not from extra round trips. */
export function withNames(page: SelectQueryBuilder<Case>): void {
  leftJoinClient(page, 'name_client', 'c.client_id');
  leftJoinUser(page, 'name_officer', 'c.officer_id')
    .addSelect('name_client.full_name', 'client_name')
    .addSelect('name_officer.full_name', 'officer_name');
}

export const namesFrom = (raw: Record<string, unknown> | undefined): Names => ({
  clientName: (raw?.client_name as string | undefined) ?? null,
  officerName: (raw?.officer_name as string | undefined) ?? null,
});

export function toCaseListItem(c: Case, names: Names, today: string): CaseListItem {
  return {
    id: c.id,
    reference: c.reference,
    clientId: c.clientId,
    clientName: names.clientName,
    officerId: c.officerId,
    officerName: names.officerName,
    stage: c.stage,
    outcome: c.outcome,
    overdueReason: c.overdueReason,
    litigationRisk: c.litigationRisk,
    openedOn: c.openedOn,
    closedOn: c.closedOn,
    totalOutstandingFen: c.totalOutstandingFen,
    totalOverdueFen: c.totalOverdueFen,
    totalsByCurrency: CURRENCIES.filter((currency) => c.totalsByCurrency?.[currency]).map(
      (currency): CurrencyTotals => ({
        currency,
        ...(c.totalsByCurrency[currency] as Omit<CurrencyTotals, 'currency'>),
      }),
    ),
    earliestOverdueSince: c.earliestOverdueSince,
    maxDaysOverdue: daysOverdue(c.earliestOverdueSince, today),
    openDebtCount: c.openDebtCount,
    lastActivityAt: c.lastActivityAt.toISOString(),
    version: c.version,
  };
}
