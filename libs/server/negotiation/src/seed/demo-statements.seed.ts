import type { DataSource } from 'typeorm';

/** A believable financial statement for every demo case past documents: wages, rent, food, family loans. */
export async function seedDemoStatements(db: DataSource): Promise<{ seeded: boolean }> {
  const [{ count }] = await db.query(`SELECT count(*)::int AS count FROM financial_statements`);
  if (count > 0) return { seeded: false };
  const cases: { id: string; officer_id: string; n: number }[] = await db.query(
    `SELECT id, officer_id, row_number() OVER (ORDER BY reference)::int AS n FROM cases
      WHERE stage IN ('creditor_contact', 'negotiating', 'agreed', 'repaying', 'credit_repair')`,
  );
  for (const c of cases) {
    const wage = 2600000 + (c.n % 7) * 300000;
    await db.query(
      // In the currency of the case's debts (each demo client owes on one side of the strait only).
      `INSERT INTO financial_statements (case_id, income, essential_spending, other_debts, dependants, notes, created_by, currency)
       VALUES ($1, $2, $3, $4, $5, $6, $7,
               coalesce((SELECT min(currency) FROM debts WHERE case_id = $1 AND status = 'open'), 'CNY'))`,
      [
        c.id,
        JSON.stringify([
          { source: '薪資', amountFen: wage },
          ...(c.n % 3 === 0 ? [{ source: '兼職外送', amountFen: 500000 }] : []),
        ]),
        JSON.stringify([
          { category: '房租', amountFen: 1100000 + (c.n % 4) * 100000 },
          { category: '伙食與日用品', amountFen: 700000 },
          { category: '交通', amountFen: 150000 },
          ...(c.n % 2 ? [{ category: '子女教育', amountFen: 300000 }] : []),
        ]),
        JSON.stringify(c.n % 4 === 0 ? [{ lender: '親友借款', monthlyPaymentFen: 200000 }] : []),
        c.n % 2 ? 2 : 0,
        '依客戶提供之薪資單與租約填寫。',
        c.officer_id,
      ],
    );
  }
  return { seeded: true };
}
