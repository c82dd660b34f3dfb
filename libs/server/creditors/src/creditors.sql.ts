/** Joins the creditor `creditorId` names as `alias` (its `name`), for composed statements. */
export const joinCreditor = (alias: string, creditorId: string) =>
  `JOIN creditors ${alias} ON ${alias}.id = ${creditorId}`;

/** The penalty columns (PenaltyColumns, camel-cased) of the creditor joined as `alias`, for a SELECT list. */
export const penaltyColumnsOf = (alias: string) =>
  `${alias}.penalty_daily_rate_ppm AS "penaltyDailyRatePpm", ${alias}.penalty_base AS "penaltyBase",
            ${alias}.penalty_compounding AS "penaltyCompounding", ${alias}.penalty_cap_bp AS "penaltyCapBp",
            ${alias}.penalty_yearly_cap_bp AS "penaltyYearlyCapBp", ${alias}.late_fee AS "lateFee"`;

/** The creditor's practice of going to court (catalog data) of the creditor joined as `alias`. */
export const litigationPracticeOf = (alias: string) => `${alias}.litigation_practice`;
