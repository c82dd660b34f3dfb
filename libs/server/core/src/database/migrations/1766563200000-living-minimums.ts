import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Living minimums per region (admin-kept data): the monthly floor per person that affordability never asks a
 * client's household to live below. A financial statement names the region it is measured against.
 *
 * Seed figures, in fen of the region's currency; each to be checked by the firm against the current notice:
 * - 上海市 城乡低保标准 ¥1,510 a person a month from 2024-07-01 (上海市民政局 notice of 2024).
 * - 北京市 城乡低保标准 ¥1,450 a person a month from 2024-01-01 (北京市民政局 notice of 2023).
 * - 广州市 城乡低保标准 ¥1,200 a person a month from 2023-01-01 (广州市民政局); the least certain figure here.
 * - 臺北市 最低生活費 NT$20,379 a person a month for 2025 (臺北市政府社會局 公告, 114年度).
 * - 新北市 最低生活費 NT$16,900 a person a month for 2025 (新北市政府社會局 公告, 114年度).
 */
export class LivingMinimums1766563200000 implements MigrationInterface {
  name = 'LivingMinimums1766563200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE living_minimums (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        region text NOT NULL CHECK (length(region) BETWEEN 1 AND 100),
        currency text NOT NULL CHECK (currency IN ('CNY', 'TWD')),
        monthly_fen_per_person integer NOT NULL CHECK (monthly_fen_per_person >= 0),
        effective_from date NOT NULL,
        source text NOT NULL CHECK (length(source) BETWEEN 1 AND 2000),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1,
        UNIQUE (region, currency, effective_from)
      )`);
    await q.query(`
      INSERT INTO living_minimums (region, currency, monthly_fen_per_person, effective_from, source) VALUES
        ('上海市', 'CNY', 151000, '2024-07-01', '上海市城乡低保标准 1510 元/人/月（上海市民政局 2024 年通知）— 待事務所核對'),
        ('北京市', 'CNY', 145000, '2024-01-01', '北京市城乡低保标准 1450 元/人/月（北京市民政局）— 待事務所核對'),
        ('广州市', 'CNY', 120000, '2023-01-01', '广州市城乡低保标准 1200 元/人/月（广州市民政局）— 待事務所核對'),
        ('臺北市', 'TWD', 2037900, '2025-01-01', '臺北市 114 年度最低生活費 20,379 元/人/月（臺北市政府社會局公告）— 待事務所核對'),
        ('新北市', 'TWD', 1690000, '2025-01-01', '新北市 114 年度最低生活費 16,900 元/人/月（新北市政府社會局公告）— 待事務所核對')`);
    await q.query(
      `ALTER TABLE financial_statements ADD COLUMN living_minimum_id uuid REFERENCES living_minimums(id)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE financial_statements DROP COLUMN living_minimum_id`);
    await q.query(`DROP TABLE living_minimums`);
  }
}
