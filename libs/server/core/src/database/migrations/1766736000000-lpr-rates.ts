import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The Loan Prime Rate (貸款市場報價利率, LPR) as dated settings, so the 4 × LPR line courts draw for private
 * lending can be read at each debt's contract date (最高人民法院《關於審理民間借貸案件適用法律若干問題的規定》,
 * 2020 revision, Art. 25: the line is 4 × the one-year LPR "at the time the contract was made").
 *
 * Reference data, admin-kept: the rows below are the announcements from the 2019-08-20 reform to the
 * 2025-05-20 cut, published monthly on the 20th by the National Interbank Funding Center under the PBOC's
 * authority. Admins add each new announcement (and correct any row) on the dashboard's LPR page; a
 * contract signed after the last row is read against the last row until they do.
 *
 * Also: which creditors' rules are checked against the line (creditors.check_lpr_cap), and the day each
 * debt's contract was signed (debts.contract_date). "Not in the future" is a case-policy rule (the firm's
 * today is a setting the database does not know), not a CHECK.
 */
const PUBLISHED: [effectiveOn: string, oneYearBp: number, fiveYearBp: number][] = [
  ['2019-08-20', 425, 485],
  ['2019-09-20', 420, 485],
  ['2019-11-20', 415, 480],
  ['2020-02-20', 405, 475],
  ['2020-04-20', 385, 465],
  ['2021-12-20', 380, 465],
  ['2022-01-20', 370, 460],
  ['2022-08-22', 365, 430],
  ['2023-06-20', 355, 420],
  ['2023-08-21', 345, 420],
  ['2024-07-22', 335, 395],
  ['2024-10-21', 310, 360],
  ['2025-05-20', 300, 350],
];

export class LprRates1766736000000 implements MigrationInterface {
  name = 'LprRates1766736000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE lpr_rates (
        effective_on date PRIMARY KEY,
        one_year_bp integer NOT NULL CHECK (one_year_bp > 0),
        five_year_bp integer CHECK (five_year_bp > 0),
        source text NOT NULL CHECK (length(source) BETWEEN 1 AND 2000),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1
      )`);
    await q.query(
      `INSERT INTO lpr_rates (effective_on, one_year_bp, five_year_bp, source)
       SELECT e, o, f, 'PBOC / National Interbank Funding Center announcement'
         FROM unnest($1::date[], $2::int[], $3::int[]) AS t(e, o, f)`,
      [PUBLISHED.map((r) => r[0]), PUBLISHED.map((r) => r[1]), PUBLISHED.map((r) => r[2])],
    );

    await q.query(`ALTER TABLE creditors ADD COLUMN check_lpr_cap boolean NOT NULL DEFAULT false`);
    // Online lending products (京東白條, 美團月付 in the seed catalog): their funders include microloan
    // companies and platform partners whose total cost courts measure against the line, so the firm wants
    // it flagged. Licensed banks (cards, 微粒貸 of WeBank) and consumer-finance companies (花唄 / 借唄 via
    // 重慶螞蟻消費金融) fall outside the private-lending rules (Art. 1), so stay unchecked; an admin turns
    // the flag on for any product whose contract makes it private lending.
    await q.query(`UPDATE creditors SET check_lpr_cap = true WHERE product = 'online_loan'`);

    await q.query(`ALTER TABLE debts ADD COLUMN contract_date date`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE debts DROP COLUMN contract_date`);
    await q.query(`ALTER TABLE creditors DROP COLUMN check_lpr_cap`);
    await q.query(`DROP TABLE lpr_rates`);
  }
}
