import { Inject, Injectable, Logger } from '@nestjs/common';
import type { Request } from 'express';
import type { Principal, RequestContext } from '../auth/principal';
import { Clock } from '../clock/clock';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/config.schema';
import { AppError, OutOfScopeError, UnauthenticatedError } from '../errors/app-error';
import { AuditService } from './audit.service';

export type DenialAction = 'access.unauthenticated' | 'access.forbidden' | 'access.out_of_scope';

export interface Denial {
  action: DenialAction;
  actorId: string | null;
  method: string;
  /** The route's pattern (`/api/cases/:id`), never the path as sent: ids and tokens stay out of it. */
  route: string;
  reason?: string;
  entityType?: string;
  entityId?: string;
  context: RequestContext;
}

const WINDOW_MS = 60_000;

/**
 * What a refused request was, if it is one the audit log keeps: a bad, missing or expired token on a
 * protected route (401 from the access guard), a refused role or action (403), or a record that exists
 * outside the caller's scope (404). Only requests that matched a route count: a made-up path is a plain
 * 404 from the router and is never written, so scanners cannot fill the log with paths of their own.
 */
export function describeDenial(exception: unknown, request: Request): Denial | null {
  const route = (request as Request & { route?: { path?: unknown } }).route?.path;
  if (typeof route !== 'string') return null;
  const { principal, id } = request as Request & { principal?: Principal; id?: unknown };
  const base = {
    method: request.method,
    route,
    context: { ip: request.ip ?? null, requestId: id != null ? String(id) : null },
  };
  if (exception instanceof UnauthenticatedError && exception.denial) {
    return {
      ...base,
      action: 'access.unauthenticated',
      actorId: exception.denial.actorId ?? null,
      reason: exception.denial.reason,
    };
  }
  if (exception instanceof AppError && exception.status === 403) {
    return { ...base, action: 'access.forbidden', actorId: principal?.id ?? null, reason: exception.message };
  }
  if (exception instanceof OutOfScopeError) {
    return {
      ...base,
      action: 'access.out_of_scope',
      actorId: principal?.id ?? null,
      entityType: exception.entityType,
      entityId: exception.entityId,
    };
  }
  return null;
}

/**
 * Writes access denials to the audit log, bounded: each distinct denial (who or which address, what,
 * where, why) once a minute, and at most AUDIT_DENIALS_PER_MINUTE rows a minute per API process. A
 * client looping on a refused request, or walking many routes, costs the log a few rows a minute, not a
 * row a request; what was left out is counted and written as one `access.denials_suppressed` row when the
 * next minute's first denial arrives, so a flood is still visible. The bookkeeping lives in memory on
 * purpose: a look-up in PostgreSQL per denial would hand the database the very load being refused. Each
 * replica keeps its own budget, so the log grows at most by replicas × budget rows a minute.
 */
@Injectable()
export class DenialAudit {
  private readonly logger = new Logger('AccessDenials');
  private windowStartedAt = Number.NEGATIVE_INFINITY;
  private readonly written = new Set<string>();
  private suppressed = 0;
  private overBudget = false;

  constructor(
    private readonly audit: AuditService,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: Pick<AppConfig, 'AUDIT_DENIALS_PER_MINUTE'>,
  ) {}

  /** Never throws: a refusal is answered whether or not its record could be written. */
  async record(denial: Denial): Promise<void> {
    try {
      const now = this.clock.now().getTime();
      if (now - this.windowStartedAt >= WINDOW_MS || now < this.windowStartedAt) await this.startWindow(now);
      const key = [
        denial.action,
        denial.actorId ?? `ip:${denial.context.ip ?? ''}`,
        denial.method,
        denial.route,
        denial.entityId ?? '',
        denial.reason ?? '',
      ].join('|');
      if (this.written.has(key)) {
        this.suppressed++;
        return;
      }
      if (this.written.size >= this.config.AUDIT_DENIALS_PER_MINUTE) {
        if (!this.overBudget)
          this.logger.warn('access denials over the audit budget this minute; counting the rest');
        this.overBudget = true;
        this.suppressed++;
        return;
      }
      this.written.add(key);
      await this.audit.record(null, {
        actorId: denial.actorId,
        action: denial.action,
        entityType: denial.entityType,
        entityId: denial.entityId,
        context: denial.context,
        details: {
          method: denial.method,
          route: denial.route,
          ...(denial.reason ? { reason: denial.reason } : {}),
        },
      });
    } catch (error) {
      this.logger.warn({ err: error }, 'could not write an access denial to the audit log');
    }
  }

  private async startWindow(now: number): Promise<void> {
    const suppressed = this.suppressed;
    const previous = this.windowStartedAt;
    this.windowStartedAt = now;
    this.written.clear();
    this.suppressed = 0;
    this.overBudget = false;
    if (suppressed > 0) {
      await this.audit.record(null, {
        actorId: null,
        action: 'access.denials_suppressed',
        details: {
          count: suppressed,
          from: new Date(previous).toISOString(),
          to: new Date(previous + WINDOW_MS).toISOString(),
        },
      });
    }
  }
}
