/**
 * A plan's paid total and the due date of its first installment not fully paid, so missed installments
 * are found from the plans that are behind. Payments cover installments in order: the first installment
 * whose running total exceeds what was paid is the first one not fully paid, and every later one is too.
 */
export const repaymentPlanProgressV1 = {
  function: `
    CREATE OR REPLACE FUNCTION repayment_plan_progress(plan uuid) RETURNS void LANGUAGE sql AS $$
      WITH paid AS (SELECT coalesce(sum(amount_fen), 0) AS fen FROM payments WHERE plan_id = plan)
      UPDATE repayment_plans p SET paid_fen = paid.fen,
             next_unpaid_due_on = (SELECT min(s.due_date) FROM (
               SELECT i.due_date, sum(i.amount_fen) OVER (ORDER BY i.number) AS upto
                 FROM installments i WHERE i.plan_id = plan) s WHERE s.upto > paid.fen)
        FROM paid WHERE p.id = plan
    $$`,
  triggers: [],
};
