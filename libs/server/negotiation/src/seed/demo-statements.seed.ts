import type { Currency } from '@accord/contracts';
import { casesWithClients, openDebtsOfCase } from '@accord/server-cases';
import type { DataSource } from 'typeorm';

interface DemoCase {
  id: string;
  officer_id: string;
  overdue_reason: string;
  currency: Currency;
  living_minimum_id: string | null;
  n: number;
}

interface Household {
  income: { source: string; amountFen: number }[];
  essentialSpending: { category: string; amountFen: number }[];
  otherDebts: { lender: string; monthlyPaymentFen: number }[];
  dependants: number;
  notes: string;
}

/**
 * A household's month in the currency it lives in. Yuan figures are a mainland city's (a wage of ¥8,500
 * to ¥14,500, rent shared or modest); Taiwan dollar figures are greater Taipei's, where the living
 * minimum is high enough that a household with a dependant may state less than it (the floor counts). A client who lost their job
 * lives on unemployment benefit and odd jobs: with children to keep, what they spend falls below the
 * city's living minimum, so the floor is what counts and the cheapest plan does not fit (the shortfall).
 */
function household(c: DemoCase): Household {
  const dependants = [1, 0, 2, 0][c.n % 4];
  const children = dependants
    ? [{ category: '子女教育', amountFen: (c.currency === 'TWD' ? 400000 : 80000) * dependants }]
    : [];
  const familyLoan = c.n % 4 === 0 ? [{ lender: '親友借款', monthlyPaymentFen: 100000 }] : [];
  if (c.currency === 'TWD')
    return {
      income: [{ source: '薪資', amountFen: 5200000 + (c.n % 7) * 300000 }],
      essentialSpending: [
        { category: '房租', amountFen: 1500000 + (c.n % 4) * 100000 },
        { category: '伙食與日用品', amountFen: 900000 + 600000 * dependants },
        { category: '交通', amountFen: 200000 },
        ...children,
      ],
      otherDebts: familyLoan.map((l) => ({ ...l, monthlyPaymentFen: 500000 })),
      dependants,
      notes: '依客戶提供之薪資單與租約填寫。',
    };
  if (c.overdue_reason === 'job_loss')
    return {
      income: [
        { source: '失業保險金', amountFen: 200000 },
        { source: '零工收入', amountFen: 220000 },
      ],
      // With children they moved back in with their parents: no rent, so what they state falls below the floor.
      essentialSpending: [
        dependants
          ? { category: '水電與瓦斯（與父母同住）', amountFen: 30000 }
          : { category: '房租（與人合租）', amountFen: 150000 },
        { category: '伙食與日用品', amountFen: 90000 + 40000 * dependants },
        { category: '交通', amountFen: 15000 },
        ...(dependants ? [{ category: '子女教育', amountFen: 30000 * dependants }] : []),
      ],
      otherDebts: [],
      dependants,
      notes: '依客戶提供之失業保險金核定通知與零工收入紀錄填寫。',
    };
  return {
    income: [
      { source: '薪資', amountFen: 850000 + (c.n % 7) * 100000 },
      ...(c.n % 3 === 0 ? [{ source: '兼職外送', amountFen: 150000 }] : []),
    ],
    essentialSpending: [
      { category: '房租', amountFen: 220000 + (c.n % 4) * 30000 },
      { category: '伙食與日用品', amountFen: 180000 + 60000 * dependants },
      { category: '交通', amountFen: 40000 },
      ...children,
    ],
    otherDebts: familyLoan,
    dependants,
    notes: '依客戶提供之薪資單與租約填寫。',
  };
}

/**
 * A believable financial statement for every demo case past documents, measured against the living
 * minimum of the city the client lives in (the region their address starts with, in the statement's
 * currency).
 */
export async function seedDemoStatements(db: DataSource): Promise<{ seeded: boolean }> {
  const [{ count }] = await db.query(`SELECT count(*)::int AS count FROM financial_statements`);
  if (count > 0) return { seeded: false };
  const cases: DemoCase[] = await db.query(
    // In the currency of the case's debts (each demo client owes on one side of the strait only). Numbered
    // by opening date, not reference: references carry the year, so their order depends on the day seeded.
    `SELECT c.id, c.officer_id, c.overdue_reason, row_number() OVER (ORDER BY c.opened_on, c.reference)::int AS n, s.currency,
            (SELECT m.id FROM living_minimums m
              WHERE m.currency = s.currency AND starts_with(coalesce(cl.address, ''), m.region)
                AND m.effective_from <= current_date
              ORDER BY m.effective_from DESC LIMIT 1) AS living_minimum_id
       FROM ${casesWithClients('c', 'cl')}
      CROSS JOIN LATERAL (SELECT coalesce((${openDebtsOfCase('d', 'c.id', 'min(currency)')}), 'CNY') AS currency) s
      WHERE c.stage IN ('creditor_contact', 'negotiating', 'agreed', 'repaying', 'credit_repair')`,
  );
  for (const c of cases) {
    const h = household(c);
    await db.query(
      `INSERT INTO financial_statements (case_id, income, essential_spending, other_debts, dependants, notes, created_by, currency, living_minimum_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      [
        c.id,
        JSON.stringify(h.income),
        JSON.stringify(h.essentialSpending),
        JSON.stringify(h.otherDebts),
        h.dependants,
        h.notes,
        c.officer_id,
        c.currency,
        c.living_minimum_id,
      ],
    );
  }
  return { seeded: true };
}
