import { FirmDay } from '@accord/server-core';
import { CasesService, debtsForLitigationRisk } from '@accord/server-cases';
import type { Principal } from '@accord/server-core';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { debtsUnderOpenMatters, readDemands, readMatters } from './court.reads';
import { caseRiskView } from './litigation-risk';
import type { CaseCourtView } from './views/court.view';

/** A case's court side read whole: matters with events, demands recorded, and the risk worked out. */
@Injectable()
export class CourtService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly cases: CasesService,
    private readonly day: FirmDay,
  ) {}

  async ofCase(principal: Principal, caseId: string): Promise<CaseCourtView> {
    await this.cases.get(principal, caseId);
    const manager = this.db.manager;
    const today = this.day.today();
    const demands = await readDemands(manager, { caseId });
    return {
      matters: await readMatters(manager, { caseId }, today),
      demands,
      risk: caseRiskView(
        await debtsForLitigationRisk(manager, caseId),
        demands,
        await debtsUnderOpenMatters(manager, caseId),
        today,
      ),
    };
  }
}
