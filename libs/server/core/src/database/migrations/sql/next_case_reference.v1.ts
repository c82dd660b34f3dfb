/**
 * Case references in one place: AC-<year>-<number>, six digits at least. lpad() alone truncates past
 * 999,999 (AC-2026-1000002 would become AC-2026-100000, a duplicate), so longer numbers are kept whole.
 */
export const nextCaseReferenceV1 = {
  function: `
    CREATE OR REPLACE FUNCTION next_case_reference(year text) RETURNS text LANGUAGE sql VOLATILE AS $$
      SELECT 'AC-' || year || '-' || CASE WHEN n < 1000000 THEN lpad(n::text, 6, '0') ELSE n::text END
        FROM (SELECT nextval('case_reference_seq') AS n) s
    $$`,
  triggers: [],
};
