import type { EntityManager, QueryRunner } from 'typeorm';

const PENDING = 'accordRemindersToSchedule';

/**
 * Reminders written inside a transaction are enqueued only once it commits (a rolled-back change must
 * not fire). The ids ride on the transaction's query runner until then; if the process dies in
 * between, the reconciler finds the rows and enqueues them.
 */
export function notePending(manager: EntityManager, ids: readonly string[]): boolean {
  const runner = manager.queryRunner;
  if (!runner?.isTransactionActive) return false;
  const pending: Set<string> = (runner.data[PENDING] ??= new Set<string>());
  for (const id of ids) pending.add(id);
  return true;
}

/** The ids to enqueue once the outermost transaction committed (savepoint releases do not count). */
export function takePending(runner: QueryRunner): string[] {
  if (runner.isTransactionActive) return [];
  const pending: Set<string> | undefined = runner.data?.[PENDING];
  if (!pending?.size) return [];
  delete runner.data[PENDING];
  return [...pending];
}

export function dropPending(runner: QueryRunner): void {
  if (!runner.isTransactionActive && runner.data) delete runner.data[PENDING];
}
