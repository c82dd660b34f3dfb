import { AuditService, StaleVersionError, type Principal, type RequestContext } from '@accord/server-core';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { UpdateSecuritySettingsDto } from './security-settings.dto';
import type { SecuritySettingsView } from './security-settings.view';

/** The one row of the firm's sign-in rules: read by sign-in and refresh, changed by admins. */
@Injectable()
export class SecuritySettingsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  async get(manager: EntityManager = this.db.manager): Promise<SecuritySettingsView> {
    const [row] = await manager.query(
      `SELECT idle_timeout_minutes, absolute_lifetime_hours, second_factor_for_officers, updated_at, version
         FROM security_settings WHERE id = 1`,
    );
    return {
      idleTimeoutMinutes: row.idle_timeout_minutes,
      absoluteLifetimeHours: row.absolute_lifetime_hours,
      secondFactorForOfficers: row.second_factor_for_officers,
      updatedAt: new Date(row.updated_at).toISOString(),
      version: row.version,
    };
  }

  /** Applies from the next sign-in or refresh; sessions open now keep the lifetime they began with. */
  async update(
    actor: Principal,
    dto: UpdateSecuritySettingsDto,
    context: RequestContext,
  ): Promise<SecuritySettingsView> {
    return this.db.transaction(async (manager) => {
      const before = await this.get(manager);
      const [rows]: [unknown[]] = await manager.query(
        `UPDATE security_settings
            SET idle_timeout_minutes = $1, absolute_lifetime_hours = $2, second_factor_for_officers = $3,
                updated_at = now(), updated_by = $4, version = version + 1
          WHERE id = 1 AND version = $5
        RETURNING version`,
        [
          dto.idleTimeoutMinutes,
          dto.absoluteLifetimeHours,
          dto.secondFactorForOfficers,
          actor.id,
          dto.version,
        ],
      );
      if (rows.length === 0) throw new StaleVersionError('Security settings', before.version);
      const after = await this.get(manager);
      await this.audit.record(manager, {
        actorId: actor.id,
        action: 'security_settings.updated',
        entityType: 'security_settings',
        context,
        details: { before, after },
      });
      return after;
    });
  }
}
