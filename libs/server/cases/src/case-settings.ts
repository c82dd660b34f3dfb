import { AuditService, StaleVersionError, type RequestContext } from '@accord/server-core';
import { ApiProperty } from '@nestjs/swagger';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { IsBoolean, IsInt, Min } from 'class-validator';
import type { DataSource, EntityManager } from 'typeorm';
import type { CaseSettings } from './views/case-settings.view';

export class UpdateCaseSettingsDto {
  @ApiProperty({ description: "officers' closes wait for a manager, who closes the case with a reason" })
  @IsBoolean()
  officerClosesNeedManager!: boolean;

  @ApiProperty({ description: 'the version you read; a stale one answers 409' })
  @IsInt()
  @Min(1)
  version!: number;
}

/** The firm's case settings (one row of case_settings, owned here); the case policy reads them as facts. */
@Injectable()
export class CaseSettingsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  async get(manager: EntityManager = this.db.manager): Promise<CaseSettings> {
    const [row] = await manager.query(
      `SELECT officer_closes_need_manager AS "officerClosesNeedManager", version, updated_at AS "updatedAt"
         FROM case_settings WHERE id = 1`,
    );
    return row;
  }

  async update(actorId: string, dto: UpdateCaseSettingsDto, context: RequestContext): Promise<CaseSettings> {
    return this.db.transaction(async (manager) => {
      const [rows] = await manager.query(
        `UPDATE case_settings SET officer_closes_need_manager = $1, version = version + 1, updated_at = now()
          WHERE id = 1 AND version = $2 RETURNING id`,
        [dto.officerClosesNeedManager, dto.version],
      );
      if (!rows.length) throw new StaleVersionError('Case settings', (await this.get(manager)).version);
      await this.audit.record(manager, {
        actorId,
        action: 'case_settings.updated',
        entityType: 'case_settings',
        context,
        details: { officerClosesNeedManager: dto.officerClosesNeedManager },
      });
      return this.get(manager);
    });
  }
}
