import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Case references in one place: AC-<year>-<number>, six digits at least. lpad() alone truncates past
 * 999,999 (AC-2026-1000002 would become AC-2026-100000, a duplicate), so longer numbers are kept whole.
 */
export class CaseReferenceFunction1764662400000 implements MigrationInterface {
  name = 'CaseReferenceFunction1764662400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION next_case_reference(year text) RETURNS text LANGUAGE sql VOLATILE AS $$
        SELECT 'AC-' || year || '-' || CASE WHEN n < 1000000 THEN lpad(n::text, 6, '0') ELSE n::text END
          FROM (SELECT nextval('case_reference_seq') AS n) s
      $$`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION next_case_reference(text)`);
  }
}
