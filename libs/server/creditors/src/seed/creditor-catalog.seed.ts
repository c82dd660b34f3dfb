import type { DataSource } from 'typeorm';

/**
 * A realistic starting catalog. Rates are the commonly published ones (Huabei and Jiebei about 0.05 % a
 * day on the overdue amount; card issuers mostly 0.05 % on the outstanding balance) and stay editable
 * data: a firm corrects them from each creditor's current contract, never in code.
 */
export const CREDITOR_CATALOG = [
  {
    name: '支付寶花唄',
    product: 'huabei',
    market: 'CN',
    rate: 5,
    base: 'overdue_amount',
    cap: null,
    months: 12,
    hotline: '95188',
    notes: '可申請延期或分期；先在支付寶 App 內「花唄協商」提出，再電話跟進。',
  },
  {
    name: '支付寶借唄',
    product: 'jiebei',
    market: 'CN',
    rate: 5,
    base: 'overdue_amount',
    cap: null,
    months: 36,
    hotline: '95188',
    notes: '逾期後可協商延期還款；需說明逾期原因並提供困難證明。',
  },
  {
    name: '招商銀行信用卡',
    product: 'credit_card',
    market: 'CN',
    rate: 5,
    base: 'outstanding_amount',
    cap: null,
    months: 60,
    hotline: '95555',
    notes: '個性化分期最長 60 期；需書面申請與收入證明。',
  },
  {
    name: '中國工商銀行信用卡',
    product: 'credit_card',
    market: 'CN',
    rate: 5,
    base: 'outstanding_amount',
    cap: null,
    months: 60,
    hotline: '95588',
    notes: '可協商停息掛賬；回覆期約 15 個工作日。',
  },
  {
    name: '中國建設銀行信用卡',
    product: 'credit_card',
    market: 'CN',
    rate: 5,
    base: 'outstanding_amount',
    cap: null,
    months: 60,
    hotline: '95533',
    notes: '先由分行信用卡中心受理，需委託書。',
  },
  {
    name: '京東白條',
    product: 'online_loan',
    market: 'CN',
    rate: 5,
    base: 'overdue_amount',
    cap: 2400,
    months: 24,
    hotline: '950618',
    notes: '可申請延期；罰息上限依合約。',
  },
  {
    name: '美團月付',
    product: 'online_loan',
    market: 'CN',
    rate: 5,
    base: 'overdue_amount',
    cap: 2400,
    months: 12,
    hotline: '10107888',
    notes: 'App 內客服協商為主。',
  },
  {
    name: '微粒貸',
    product: 'consumer_loan',
    market: 'CN',
    rate: 5,
    base: 'overdue_amount',
    cap: null,
    months: 24,
    hotline: '95384',
    notes: '微眾銀行；需提供困難證明。',
  },
  {
    name: '中國信託商業銀行',
    product: 'credit_card',
    market: 'TW',
    rate: 4,
    base: 'outstanding_amount',
    cap: null,
    months: 120,
    hotline: '(02) 2745-8080',
    notes: '前置協商最大債權銀行時由本行受理；最長 10 年。',
  },
  {
    name: '國泰世華銀行',
    product: 'credit_card',
    market: 'TW',
    rate: 4,
    base: 'outstanding_amount',
    cap: null,
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
      `INSERT INTO creditors (name, product, market, customer_service, penalty_daily_rate_bp, penalty_base, penalty_cap_bp, max_installment_months, negotiation_notes)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      [
        c.name,
        c.product,
        c.market,
        JSON.stringify([{ channel: 'hotline', value: c.hotline }]),
        c.rate,
        c.base,
        c.cap,
        c.months,
        c.notes,
      ],
    );
  }
  return { seeded: true };
}
