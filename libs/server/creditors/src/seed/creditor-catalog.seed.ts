import type { DataSource } from 'typeorm';

/**
 * A realistic starting catalog, as the creditors write their rules; every figure stays editable data: a
 * firm corrects it from each creditor's current contract, never in code. Sources:
 * - 花唄 / 借唄: 逾期利息 每日萬分之五 on the overdue amount, simple (花唄用戶服務合同, 借唄借款合同).
 * - Mainland cards: 透支利率 日萬分之五, 按月計收複利 on the whole balance; 違約金 = 5 % of the
 *   unpaid minimum payment per cycle, no interest on it (中國人民銀行 2016 年第 111 號通知; the banks'
 *   領用合約). Rates are freely set since 2021; a firm checks each contract.
 * - 京東白條 / 美團月付: 逾期費 日萬分之五 on the overdue amount, kept under 24 % a year (their
 *   service agreements; the 2020 民間借貸 line of 4 × LPR is checked separately).
 * - 微粒貸: 罰息 = 1.5 × the loan's daily rate (0.03 % → 0.045 % a day) on the overdue amount.
 * - Taiwan cards: 循環利率 at most 15 % a year (銀行法 47-1: 4.11 ‱ a day), 違約金 at most NT$300 a
 *   cycle for at most three cycles (金管會 2015).
 * - checkLpr: whether the rule is read against 4 × the one-year LPR at the contract date (the 2020
 *   民間借貸 interpretation, Art. 25). On for the online lenders, whose funders include microloan
 *   companies and platform partners whose total cost courts measure against that line; off for licensed
 *   banks (cards, 微粒貸 of WeBank) and the consumer-finance company behind 花唄 / 借唄, which that
 *   interpretation leaves out (Art. 1). An admin turns it on for any contract that is private lending.
 */
const NO_FEE = { kind: 'none' } as const;
const MAINLAND_CARD_FEE = { kind: 'share_of_minimum', shareBp: 500, capFen: null } as const;
const TAIWAN_CARD_FEE = { kind: 'fixed', fen: 30000, maxCycles: 3 } as const;

export const CREDITOR_CATALOG = [
  {
    name: '支付寶花唄',
    product: 'huabei',
    market: 'CN',
    ppm: 500,
    base: 'overdue_amount',
    compounding: 'none',
    cap: null,
    yearlyCap: null,
    lateFee: NO_FEE,
    checkLpr: false,
    months: 12,
    hotline: '95188',
    notes: '可申請延期或分期；先在支付寶 App 內「花唄協商」提出，再電話跟進。',
  },
  {
    name: '支付寶借唄',
    product: 'jiebei',
    market: 'CN',
    ppm: 500,
    base: 'overdue_amount',
    compounding: 'none',
    cap: null,
    yearlyCap: null,
    lateFee: NO_FEE,
    checkLpr: false,
    months: 36,
    hotline: '95188',
    notes: '逾期後可協商延期還款；需說明逾期原因並提供困難證明。',
  },
  {
    name: '招商銀行信用卡',
    product: 'credit_card',
    market: 'CN',
    ppm: 500,
    base: 'outstanding_amount',
    compounding: 'monthly',
    cap: null,
    yearlyCap: null,
    lateFee: MAINLAND_CARD_FEE,
    checkLpr: false,
    months: 60,
    hotline: '95555',
    notes: '個性化分期最長 60 期；需書面申請與收入證明。',
  },
  {
    name: '中國工商銀行信用卡',
    product: 'credit_card',
    market: 'CN',
    ppm: 500,
    base: 'outstanding_amount',
    compounding: 'monthly',
    cap: null,
    yearlyCap: null,
    lateFee: MAINLAND_CARD_FEE,
    checkLpr: false,
    months: 60,
    hotline: '95588',
    notes: '可協商停息掛賬；回覆期約 15 個工作日。',
  },
  {
    name: '中國建設銀行信用卡',
    product: 'credit_card',
    market: 'CN',
    ppm: 500,
    base: 'outstanding_amount',
    compounding: 'monthly',
    cap: null,
    yearlyCap: null,
    lateFee: MAINLAND_CARD_FEE,
    checkLpr: false,
    months: 60,
    hotline: '95533',
    notes: '先由分行信用卡中心受理，需委託書。',
  },
  {
    name: '京東白條',
    product: 'online_loan',
    market: 'CN',
    ppm: 500,
    base: 'overdue_amount',
    compounding: 'none',
    cap: null,
    yearlyCap: 2400,
    lateFee: NO_FEE,
    checkLpr: true,
    months: 24,
    hotline: '950618',
    notes: '可申請延期；罰息上限依合約。',
  },
  {
    name: '美團月付',
    product: 'online_loan',
    market: 'CN',
    ppm: 500,
    base: 'overdue_amount',
    compounding: 'none',
    cap: null,
    yearlyCap: 2400,
    lateFee: NO_FEE,
    checkLpr: true,
    months: 12,
    hotline: '10107888',
    notes: 'App 內客服協商為主。',
  },
  {
    name: '微粒貸',
    product: 'consumer_loan',
    market: 'CN',
    ppm: 450,
    base: 'overdue_amount',
    compounding: 'none',
    cap: null,
    yearlyCap: null,
    lateFee: NO_FEE,
    checkLpr: false,
    months: 24,
    hotline: '95384',
    notes: '微眾銀行；需提供困難證明。',
  },
  {
    name: '中國信託商業銀行',
    product: 'credit_card',
    market: 'TW',
    ppm: 411,
    base: 'outstanding_amount',
    compounding: 'none',
    cap: null,
    yearlyCap: 1500,
    lateFee: TAIWAN_CARD_FEE,
    checkLpr: false,
    months: 120,
    hotline: '(02) 2745-8080',
    notes: '前置協商最大債權銀行時由本行受理；最長 10 年。',
  },
  {
    name: '國泰世華銀行',
    product: 'credit_card',
    market: 'TW',
    ppm: 411,
    base: 'outstanding_amount',
    compounding: 'none',
    cap: null,
    yearlyCap: 1500,
    lateFee: TAIWAN_CARD_FEE,
    checkLpr: false,
    months: 120,
    hotline: '(02) 2383-1000',
    notes: '可受理前置協商；需財產及收入狀況說明書。',
  },
] as const;

export async function seedCreditorCatalog(db: DataSource): Promise<{ seeded: boolean }> {
  const [{ count }] = await db.query(`SELECT count(*)::int AS count FROM creditors`);
  if (count > 0) return { seeded: false };
  for (const c of CREDITOR_CATALOG) {
    await db.query(
      `INSERT INTO creditors (name, product, market, customer_service, penalty_daily_rate_ppm, penalty_base, penalty_compounding,
                              penalty_cap_bp, penalty_yearly_cap_bp, late_fee, max_installment_months, negotiation_notes, check_lpr_cap)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)`,
      [
        c.name,
        c.product,
        c.market,
        JSON.stringify([{ channel: 'hotline', value: c.hotline }]),
        c.ppm,
        c.base,
        c.compounding,
        c.cap,
        c.yearlyCap,
        JSON.stringify(c.lateFee),
        c.months,
        c.notes,
        c.checkLpr,
      ],
    );
  }
  // What firms commonly see, as a starting point the firm corrects from its own files: card issuers report
  // and sue (and file Art. 196 complaints), lenders and Ant's products go to the internet courts at times.
  await db.query(
    `UPDATE creditors SET litigation_practice = CASE product WHEN 'credit_card' THEN 'often'
            WHEN 'huabei' THEN 'sometimes' WHEN 'jiebei' THEN 'sometimes' WHEN 'online_loan' THEN 'sometimes'
            WHEN 'consumer_loan' THEN 'sometimes' ELSE 'unknown' END`,
  );
  return { seeded: true };
}
