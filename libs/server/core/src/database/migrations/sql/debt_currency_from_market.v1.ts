/**
 * A debt written without a currency (import, seed, any later path) takes its creditor's market's
 * (CN → CNY, TW → TWD); the column has no default, so a Taiwan debt can never slip in as yuan.
 */
export const debtCurrencyFromMarketV1 = {
  function: `
    CREATE OR REPLACE FUNCTION debt_currency_from_market() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      SELECT CASE r.market WHEN 'TW' THEN 'TWD' ELSE 'CNY' END INTO NEW.currency
        FROM creditors r WHERE r.id = NEW.creditor_id;
      RETURN NEW;
    END $$`,
  triggers: [
    {
      name: 'debts_currency_from_market',
      table: 'debts',
      create: `
        CREATE TRIGGER debts_currency_from_market BEFORE INSERT ON debts
        FOR EACH ROW WHEN (NEW.currency IS NULL) EXECUTE FUNCTION debt_currency_from_market()`,
    },
  ],
};
