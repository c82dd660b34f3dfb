import type { Currency, CurrencyTotals } from '@accord/contracts';
import { formatMoney } from '@accord/domain';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedInApi, type Api } from './support/api';
import { zhTWText as t } from './support/messages';
import { ARTIFACTS, launchBrowser, startProduct, type Product } from './support/product';
import { signedInPage } from './support/session';

const ADMIN = 'admin@accord.test';

interface Statement {
  isCurrent: boolean;
  currency: Currency;
  income: { source: string; amountFen: number }[];
}

let product: Product;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  [product, browser] = await Promise.all([startProduct(), launchBrowser()]);
  page = await signedInPage(browser, product.baseUrl, ADMIN);
});

afterAll(async () => {
  await browser?.close();
  await product?.stop();
});

describe('a Taiwan client’s case', () => {
  it('shows its debts and totals in NT$, never summed with yuan', async () => {
    const api = await signedInApi(product.baseUrl, ADMIN);
    const list = await api<{ data: { id: string; reference: string; totalsByCurrency: CurrencyTotals[] }[] }>(
      '/cases?perPage=100',
    );
    const taiwan = list.data.find((c) => c.totalsByCurrency.some((t) => t.currency === 'TWD'));
    expect(taiwan).toBeDefined();
    await page.goto(`${product.baseUrl}/#/cases/${taiwan?.id}/show`);
    await page.getByRole('heading', { level: 1, name: taiwan?.reference }).waitFor();
    const twd = page.locator('[data-currency="TWD"]').first();
    await twd.waitFor();
    const outstanding = taiwan?.totalsByCurrency.find((t) => t.currency === 'TWD')?.outstandingFen ?? 0;
    const shown = `NT$${(outstanding / 100).toLocaleString('en-US', { minimumFractionDigits: 2 })}`;
    expect(await twd.textContent()).toContain(shown);
    expect(await twd.textContent()).not.toContain('¥');
    await page.screenshot({
      path: resolve(ARTIFACTS, 'currencies-taiwan-case.png'),
      fullPage: true,
      animations: 'disabled',
    });
  });
});

/**
 * A Taiwan client of the demo repaying a Taiwan bank: the statement, the plan and the timeline are all in
 * NT$. The case is then closed as failed, which ends its unpaid plan.
 */
describe('a Taiwan client’s statement, plan and timeline', () => {
  let api: Api;
  let caseId = '';
  let reference = '';
  const shot = (name: string) =>
    page.screenshot({ path: resolve(ARTIFACTS, name), fullPage: true, animations: 'disabled' });
  const openTab = (label: string) => page.getByRole('tab', { name: t(`accord.cases.tabs.${label}`) }).click();
  const inTaiwanDollars = async (text: string | null) => {
    expect(text).toContain('NT$');
    expect(text).not.toContain('¥');
  };

  beforeAll(async () => {
    api = await signedInApi(product.baseUrl, ADMIN);
    const list = await api<{ data: { id: string; reference: string; totalsByCurrency: CurrencyTotals[] }[] }>(
      '/cases?perPage=100&stage=repaying',
    );
    const taiwan = list.data.find((c) => c.totalsByCurrency.every((x) => x.currency === 'TWD'));
    if (!taiwan) throw new Error('the demo has no Taiwan client repaying');
    ({ id: caseId, reference } = taiwan);
  });

  it('shows the statement in NT$, and a new one is typed in NT$', async () => {
    await page.goto(`${product.baseUrl}/#/cases/${caseId}/show/statement`);
    await page.getByRole('heading', { level: 1, name: reference }).waitFor();
    const figures = page.getByTestId('current-affordability');
    await figures.getByTestId('monthly-capacity').waitFor();
    await inTaiwanDollars(await figures.textContent());
    await inTaiwanDollars(await page.getByTestId('capacity-share').first().textContent());

    const statements = await api<{ data: Statement[] }>(`/financial-statements?caseId=${caseId}`);
    const current = statements.data.find((x) => x.isCurrent);
    expect(current?.currency).toBe('TWD');
    await page.getByRole('button', { name: t('accord.statements.new') }).click();
    const form = page.getByRole('region', { name: t('accord.statements.new_title') });
    await form.getByLabel(t('accord.statements.amount')).first().fill('52000');
    // The amount inputs carry the sign of the statement's currency, and the live figures follow in it.
    expect(await form.locator('.MuiInputAdornment-root').first().textContent()).toBe('NT$');
    const incomeFen = 5200000 + (current?.income.slice(1).reduce((sum, l) => sum + l.amountFen, 0) ?? 0);
    const live = page.getByTestId('live-affordability');
    await expect.poll(() => live.textContent()).toContain(formatMoney(incomeFen, 'TWD'));
    await inTaiwanDollars(await live.textContent());
    await inTaiwanDollars(await form.textContent());
    await shot('currencies-taiwan-statement-form.png');
    await form.getByRole('button', { name: t('accord.statements.save') }).click();
    await expect.poll(() => figures.textContent()).toContain(formatMoney(incomeFen, 'TWD'));
    await inTaiwanDollars(await page.getByTestId('earlier-statement').first().textContent());
    await expect.poll(() => page.locator('.MuiSnackbar-root').count(), { timeout: 10000 }).toBe(0);
    await shot('currencies-taiwan-statement.png');
  });

  it('shows the plan and the timeline in NT$', async () => {
    await openTab('repayment');
    const plan = page.getByTestId('repayment-plan').first();
    await plan.getByTestId('installment').first().waitFor();
    await inTaiwanDollars(await plan.textContent());

    await openTab('timeline');
    const recorded = page.locator('li[data-kind="financial_statement.recorded"]').first();
    await recorded.waitFor();
    await inTaiwanDollars(await recorded.textContent());
    const timeline = page.getByRole('list', { name: t('accord.cases.tabs.timeline') });
    expect(await timeline.textContent()).not.toContain('¥');
  });

  it('shows a plan ended by closing the case as ended, with its outcome and date, and nothing due', async () => {
    await api(`/cases/${caseId}/transition`, {
      method: 'POST',
      body: { to: 'closed', outcome: 'failed', closingNote: '客戶失聯，無力續繳', reason: '客戶失聯' },
    });
    await page.reload();
    await openTab('repayment');
    const plan = page.getByTestId('repayment-plan').first();
    await expect.poll(() => plan.getAttribute('data-status')).toBe('ended');
    const notice = plan.getByTestId('plan-ended');
    await expect.poll(() => notice.textContent()).toContain(t('accord.outcomes.failed'));
    expect(await plan.getByTestId('plan-status').textContent()).toBe(t('accord.plan_statuses.ended'));
    const statuses = await plan
      .getByTestId('installment-status')
      .evaluateAll((chips) => chips.map((chip) => chip.getAttribute('data-status')));
    expect(statuses.length).toBeGreaterThan(0);
    expect(statuses.every((s) => s === 'paid' || s === 'ended')).toBe(true);
    expect(statuses).toContain('ended');
    expect(await page.getByRole('button', { name: t('accord.repayment.record_payment') }).count()).toBe(0);
    await inTaiwanDollars(await plan.textContent());
    await shot('currencies-taiwan-plan-ended.png');
  });
});

interface Creditor {
  id: string;
  name: string;
  penaltyDailyRatePpm: number;
  lateFee: { kind: string; shareBp?: number; fen?: number; maxCycles?: number | null };
  version: number;
}

/**
 * The catalogue's penalty rules as an admin keeps them: a daily rate typed in percent with up to four decimals
 * (kept exactly in parts per million), and each rule said back in words, its money in the market's currency.
 */
describe('a creditor’s penalty rule', () => {
  let api: Api;
  const creditorNamed = async (name: string) => {
    const list = await api<{ data: Creditor[] }>(`/creditors?perPage=100`);
    const creditor = list.data.find((c) => c.name === name);
    if (!creditor) throw new Error(`the catalogue has no ${name}`);
    return creditor;
  };
  const ruleShown = () => page.getByTestId('penalty-rule').textContent();
  const rule = (name: string, values: Record<string, string | number> = {}, count = 1) =>
    t(`accord.creditors.rule.${name}`, values, count);

  beforeAll(async () => {
    api = await signedInApi(product.baseUrl, ADMIN);
  });

  it('takes a daily rate of 0.035 % as 350 ppm and says it back as 0.035 %, the late fee kept', async () => {
    const before = await creditorNamed('中國工商銀行信用卡');
    expect(before.penaltyDailyRatePpm).toBe(500);
    await page.goto(`${product.baseUrl}/#/creditors/${before.id}/show`);
    // A mainland card: 0.05 % a day on the balance, compounded monthly; 5 % of the unpaid minimum a cycle.
    const card = [
      [
        rule('daily', { rate: '0.05', base: rule('bases.outstanding_amount') }),
        rule('compounded_monthly'),
      ].join(rule('clause_separator')),
      rule('late_fee_share', { share: '5' }),
    ].join(rule('sentence_separator'));
    await expect.poll(ruleShown).toBe(card);

    await page.getByRole('link', { name: t('ra.action.edit') }).click();
    const rate = page.getByLabel(t('resources.creditors.fields.penaltyDailyRatePpm'));
    await expect.poll(() => rate.inputValue()).toBe('0.05');
    // The late fee's inputs show the saved rule.
    expect(await page.locator('input[name="lateFee.shareBp"]').inputValue()).toBe('5');
    await rate.fill('0.035');
    await page.getByRole('button', { name: t('ra.action.save') }).click();
    await page.waitForURL(/\/show$/);
    await expect.poll(ruleShown).toBe(card.replace('0.05 %', '0.035 %'));
    expect(await ruleShown()).toContain(
      rule('daily', { rate: '0.035', base: rule('bases.outstanding_amount') }),
    );

    const after = await creditorNamed('中國工商銀行信用卡');
    expect(after.penaltyDailyRatePpm).toBe(350);
    expect(after.lateFee).toEqual(before.lateFee);
    expect(after.version).toBe(before.version + 1);
    await expect.poll(() => page.locator('.MuiSnackbar-root').count(), { timeout: 10000 }).toBe(0);
    await page.screenshot({
      path: resolve(ARTIFACTS, 'creditor-show-penalty-rule.png'),
      fullPage: true,
      animations: 'disabled',
    });
  });

  it('says a Taiwan card’s NT$300 late fee for at most three cycles in NT$, never ¥', async () => {
    const taiwan = await creditorNamed('國泰世華銀行');
    await page.goto(`${product.baseUrl}/#/creditors/${taiwan.id}/show`);
    const words = [
      [
        rule('daily', { rate: '0.0411', base: rule('bases.outstanding_amount') }),
        rule('yearly_cap', { cap: '15' }),
      ].join(rule('clause_separator')),
      [
        rule('late_fee_fixed', { amount: formatMoney(30000, 'TWD') }),
        rule('late_fee_max_cycles', {}, 3),
      ].join(rule('clause_separator')),
    ].join(rule('sentence_separator'));
    await expect.poll(ruleShown).toBe(words);
    expect(await ruleShown()).toContain('NT$300.00');
    expect(await ruleShown()).not.toContain('¥');

    // The catalogue lists each rule in the same words.
    await page.getByRole('menuitem', { name: t('resources.creditors.name', {}, 2), exact: true }).click();
    const row = page.locator('tbody tr').filter({ hasText: '國泰世華銀行' });
    await expect.poll(() => row.getByTestId('penalty-rule').textContent()).toBe(words);
    await page.screenshot({
      path: resolve(ARTIFACTS, 'creditors-list.png'),
      fullPage: true,
      animations: 'disabled',
    });
    await page.goto(`${product.baseUrl}/#/creditors/${taiwan.id}/show`);
    await expect.poll(ruleShown).toBe(words);

    // Its form holds the fixed fee in NT$, the rate in percent.
    await page.getByRole('link', { name: t('ra.action.edit') }).click();
    const fee = page.locator('input[name="lateFee.fen"]');
    await expect.poll(() => fee.inputValue()).toBe('300');
    expect(await page.locator('input[name="penaltyDailyRatePpm"]').inputValue()).toBe('0.0411');
    expect(await page.locator('input[name="penaltyYearlyCapBp"]').inputValue()).toBe('15');
    expect(await page.locator('input[name="lateFee.maxCycles"]').inputValue()).toBe('3');
    const sign = page.locator('.MuiFormControl-root', { has: fee }).locator('.MuiInputAdornment-root');
    expect(await sign.textContent()).toBe('NT$');
    await page.screenshot({
      path: resolve(ARTIFACTS, 'creditor-edit-taiwan-card.png'),
      fullPage: true,
      animations: 'disabled',
    });
    await page.getByRole('link', { name: t('ra.action.show') }).click();
    await expect.poll(ruleShown).toBe(words);
    await page.screenshot({
      path: resolve(ARTIFACTS, 'creditor-show-taiwan-card.png'),
      fullPage: true,
      animations: 'disabled',
    });
  });
});
