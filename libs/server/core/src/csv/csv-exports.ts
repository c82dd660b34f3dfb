import { Inject, Injectable, Module } from '@nestjs/common';
import type { Response } from 'express';
import { AuditService } from '../audit/audit.service';
import type { Principal, RequestContext } from '../auth/principal';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/config.schema';
import { RateLimiter } from '../http/rate-limiter';
import { csvFile, type CsvCell } from './csv-file';

/** What an export built: the file and what the audit log keeps about it. */
export interface CsvExportFile {
  /** The download's name without `.csv`. */
  name: string;
  /** What was asked for, as the audit log shows it: filters only, never an ID number or a phone. */
  filters: Record<string, unknown>;
  header: readonly string[];
  rows: readonly (readonly CsvCell[])[];
}

export interface CsvExportCaller {
  principal: Principal;
  context: RequestContext;
  response: Response;
}

const HOUR_SECONDS = 3600;

/**
 * Every CSV download goes through here, so none can skip its three rules: each person has an hourly
 * allowance of exports (a file can hold a whole team's cases), every export is in the audit log with
 * what it was asked for and how many rows it held, and every text cell is neutralised against formulas.
 */
@Injectable()
export class CsvExports {
  constructor(
    private readonly limiter: RateLimiter,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** `build` runs only within the caller's allowance; the file is answered only once it is audited. */
  async send(caller: CsvExportCaller, action: string, build: () => Promise<CsvExportFile>): Promise<string> {
    await this.limiter.hit(`exports:${caller.principal.id}`, this.config.EXPORTS_PER_HOUR, HOUR_SECONDS);
    const file = await build();
    await this.audit.record(null, {
      actorId: caller.principal.id,
      action,
      context: caller.context,
      details: { filters: file.filters, rows: file.rows.length },
    });
    caller.response.setHeader('Content-Type', 'text/csv; charset=utf-8');
    caller.response.setHeader('Cache-Control', 'no-store');
    caller.response.setHeader('Content-Disposition', `attachment; filename="${file.name}.csv"`);
    return csvFile([file.header, ...file.rows]);
  }
}

/** Import it where a controller offers a CSV download. */
@Module({ providers: [RateLimiter, CsvExports], exports: [CsvExports] })
export class CsvExportsModule {}
