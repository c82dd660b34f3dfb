import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

export interface MaintenanceRun {
  name: string;
  startedAt: Date;
  finishedAt: Date | null;
  result: Record<string, unknown> | null;
}

/**
 * Periodic work several workers share (the reconciler): each interval's run is claimed in PostgreSQL,
 * so of any number of workers exactly one does it, and monitoring can read when it last ran.
 */
@Injectable()
export class MaintenanceRuns {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /**
   * Claims this interval's run: true for one worker only. A run counts as this interval's if it began
   * less than 80 % of an interval ago, so workers whose timers drift apart still take turns.
   */
  async claim(name: string, intervalMs: number): Promise<boolean> {
    const rows: unknown[] = await this.db.query(
      `INSERT INTO maintenance_runs (name, started_at) VALUES ($1, now())
       ON CONFLICT (name) DO UPDATE SET started_at = now(), finished_at = NULL, result = NULL
        WHERE maintenance_runs.started_at < now() - $2 * interval '1 millisecond'
       RETURNING name`,
      [name, Math.floor(intervalMs * 0.8)],
    );
    return rows.length === 1;
  }

  /** A run not claimed (at a worker's start, everything the queue lost is put back at once). */
  async begin(name: string): Promise<void> {
    await this.db.query(
      `INSERT INTO maintenance_runs (name, started_at) VALUES ($1, now())
       ON CONFLICT (name) DO UPDATE SET started_at = now(), finished_at = NULL, result = NULL`,
      [name],
    );
  }

  async finish(name: string, result: Record<string, unknown>): Promise<void> {
    await this.db.query(`UPDATE maintenance_runs SET finished_at = now(), result = $2 WHERE name = $1`, [
      name,
      result,
    ]);
  }

  async last(name: string): Promise<MaintenanceRun | null> {
    const [row] = await this.db.query(
      `SELECT name, started_at AS "startedAt", finished_at AS "finishedAt", result FROM maintenance_runs WHERE name = $1`,
      [name],
    );
    return row ?? null;
  }
}
