import { ErrorCode } from '@accord/contracts';
import { CasePolicyService, CasesService, caseOfDebt } from '@accord/server-cases';
import {
  AuditService,
  UnprocessableError,
  whenNotFound,
  type Principal,
  type RequestContext,
} from '@accord/server-core';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { readDemands } from './court.reads';
import { recordCourtChange } from './court-writes';
import type { CreateCreditorDemandDto } from './dto/creditor-demand.dto';
import type { CreditorDemandView } from './views/court.view';

/**
 * The creditor's collection notices and other demands, and the client's acknowledgements of a debt: they
 * interrupt the limitation period, and two notices start the Art. 196 count on a card.
 */
@Injectable()
export class CreditorDemandsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly cases: CasesService,
    private readonly policy: CasePolicyService,
  ) {}

  async record(
    principal: Principal,
    dto: CreateCreditorDemandDto,
    context: RequestContext,
  ): Promise<CreditorDemandView> {
    return this.db.transaction(async (manager) => {
      const missing = (): never => {
        throw new UnprocessableError(ErrorCode.Unprocessable, 'The debt does not exist', { field: 'debtId' });
      };
      const caseId = (await caseOfDebt(manager, dto.debtId)) ?? missing();
      await this.cases.get(principal, caseId, manager).catch(whenNotFound(missing));
      await this.policy.assert(manager, principal.role, caseId, 'creditor_demand.record', {
        receivedOn: dto.receivedOn,
      });
      const [{ id }] = await manager.query(
        `INSERT INTO creditor_demands (debt_id, case_id, kind, received_on, note, created_by)
         VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
        [dto.debtId, caseId, dto.kind, dto.receivedOn, dto.note ?? null, principal.id],
      );
      await recordCourtChange(manager, this.audit, principal, context, {
        caseId,
        kind: 'creditor_demand.recorded',
        entityType: 'creditor_demand',
        entityId: id,
        details: { debtId: dto.debtId, demandKind: dto.kind, receivedOn: dto.receivedOn },
      });
      return (await readDemands(manager, { id }))[0];
    });
  }
}
