import { formatMoney } from '@accord/domain';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedInFetch, type SignedInFetch } from './support/api';
import { zhTWText as t } from './support/messages';
import { ARTIFACTS, launchBrowser, startProduct, type Product } from './support/product';
import { signedInPage } from './support/session';

const OFFICER = 'officer.wang@accord.test';

let product: Product;
let browser: Browser;
let page: Page;
/** The officer at another desk, talking to the API directly. */
let officerApi: SignedInFetch;

async function call<T>(method: string, path: string, body?: unknown): Promise<T> {
  const answer = await officerApi(path, {
    method,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!answer.ok) throw new Error(`${method} ${path} answered ${answer.status}: ${await answer.text()}`);
  return (await answer.json()) as T;
}

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  [product, browser] = await Promise.all([startProduct(), launchBrowser()]);
  officerApi = await signedInFetch(product.baseUrl, OFFICER);
  page = await signedInPage(browser, product.baseUrl, OFFICER);
});

afterAll(async () => {
  await browser?.close();
  await product?.stop();
});

/** A case of the officer whose open debts are all in yuan, so a 上海 floor applies to its statement. */
async function yuanCase(): Promise<{ id: string; reference: string }> {
  for (const stage of ['negotiating', 'creditor_contact', 'documents']) {
    const cases = await call<{ data: { id: string; reference: string }[] }>('GET', `/cases?stage=${stage}`);
    for (const candidate of cases.data) {
      const detail = await call<{ debts: { status: string; currency: string }[] }>(
        'GET',
        `/cases/${candidate.id}`,
      );
      const open = detail.debts.filter((d) => d.status === 'open');
      if (open.length && open.every((d) => d.currency === 'CNY')) return candidate;
    }
  }
  throw new Error('no demo case owed in yuan only');
}

describe('affordability with a living minimum', () => {
  it('shows the floor counted and, when no plan fits, the shortfall a month', async () => {
    const target = await yuanCase();
    const regions = await call<{ data: { id: string; region: string; currency: string }[] }>(
      'GET',
      '/living-minimums?perPage=100',
    );
    const shanghai = regions.data.find((r) => r.region === '上海市');
    if (!shanghai) throw new Error('no 上海市 living minimum seeded');
    // ¥5,000 in, ¥1,000 stated spending, two dependants: the floor (3 × ¥1,510) is what counts.
    await call('POST', '/financial-statements', {
      caseId: target.id,
      income: [{ source: '薪資', amountFen: 500000 }],
      essentialSpending: [{ category: '房租', amountFen: 100000 }],
      otherDebts: [],
      dependants: 2,
      livingMinimumId: shanghai.id,
    });
    const answer = await call<{ shortfall: { fits: boolean; shortfallFen: number } }>(
      'GET',
      `/cases/${target.id}/affordability`,
    );
    expect(answer.shortfall.fits).toBe(false);

    await page.goto(`${product.baseUrl}/#/cases/${target.id}/show/statement`);
    await page.getByRole('heading', { level: 1, name: target.reference }).waitFor();
    const panel = page.getByTestId('current-affordability');
    await panel.getByTestId('shortfall').waitFor();
    await expect.poll(() => panel.getByTestId('living-minimum').isVisible()).toBe(true);
    expect(await panel.getByTestId('floor-note').textContent()).toContain('上海市');
    expect(await panel.getByTestId('shortfall').textContent()).toContain(
      t('accord.statements.shortfall_title', {
        amount: formatMoney(answer.shortfall.shortfallFen, 'CNY', 'zh-TW'),
      }),
    );
    await panel.screenshot({
      path: resolve(ARTIFACTS, 'affordability-shortfall-panel.png'),
      animations: 'disabled',
    });
    await page.screenshot({
      path: resolve(ARTIFACTS, 'affordability-shortfall.png'),
      fullPage: true,
      animations: 'disabled',
    });

    // The form offers only the regions in the statement's currency.
    await page.getByRole('button', { name: t('accord.statements.new') }).click();
    await page.getByLabel(t('accord.statements.region')).click();
    await page.getByRole('option', { name: /上海市/ }).waitFor();
    expect(await page.getByRole('option', { name: /臺北市/ }).count()).toBe(0);
    await page.screenshot({
      path: resolve(ARTIFACTS, 'affordability-region-select.png'),
      animations: 'disabled',
    });
  });

  it('shows an officer the living minimums to read, with no way to change them', async () => {
    const officer = await signedInPage(browser, product.baseUrl, OFFICER);
    await officer.getByRole('menuitem', { name: t('resources.living-minimums.name'), exact: true }).click();
    await officer.getByTestId('living-minimums-read-only').waitFor();
    expect(await officer.getByTestId('living-minimums-read-only').textContent()).toBe(
      t('resources.living-minimums.read_only'),
    );
    const shanghai = officer.getByRole('row').filter({ hasText: '上海市' });
    await shanghai.waitFor();
    expect(await shanghai.textContent()).toContain(formatMoney(151000, 'CNY', 'zh-TW'));
    expect(await shanghai.textContent()).toMatch(/上海市民政局/);
    const taipei = officer.getByRole('row').filter({ hasText: '臺北市' });
    expect(await taipei.textContent()).toContain(formatMoney(2037900, 'TWD', 'zh-TW'));
    // No create, edit or delete control anywhere on the page, and no row selection for bulk deletes.
    for (const action of ['create', 'edit', 'delete', 'save'])
      expect(await officer.getByRole('link', { name: t(`ra.action.${action}`) }).count()).toBe(0);
    for (const action of ['create', 'edit', 'delete', 'save'])
      expect(await officer.getByRole('button', { name: t(`ra.action.${action}`) }).count()).toBe(0);
    expect(await officer.getByRole('checkbox').count()).toBe(0);
    await officer.screenshot({
      path: resolve(ARTIFACTS, 'living-minimums-officer.png'),
      fullPage: true,
      animations: 'disabled',
    });

    // A row leads nowhere, and the edit page itself refuses.
    const listUrl = officer.url();
    await shanghai.getByRole('cell', { name: '上海市', exact: true }).click();
    await officer.waitForTimeout(500);
    expect(officer.url()).toBe(listUrl);
    const regions = await call<{ data: { id: string; region: string }[] }>('GET', '/living-minimums');
    const row = regions.data.find((r) => r.region === '上海市');
    await officer.goto(`${product.baseUrl}/#/living-minimums/${row?.id}`);
    await officer.getByText(t('ra.message.access_denied')).waitFor();
    expect(await officer.getByLabel(t('resources.living-minimums.fields.monthlyFenPerPerson')).count()).toBe(
      0,
    );
    await officer.context().close();
  });

  it('lets an admin keep the living minimums: list and change one, with its source', async () => {
    const admin = await signedInPage(browser, product.baseUrl, 'admin@accord.test', {
      menuItem: t('resources.users.name'),
    });
    await admin.getByRole('menuitem', { name: t('resources.living-minimums.name'), exact: true }).click();
    await admin.getByRole('cell', { name: '臺北市', exact: true }).waitFor();
    await admin.screenshot({ path: resolve(ARTIFACTS, 'living-minimums-list.png'), animations: 'disabled' });
    await admin.getByRole('cell', { name: '新北市', exact: true }).click();
    const amount = admin.getByLabel(t('resources.living-minimums.fields.monthlyFenPerPerson'));
    await amount.fill('17000');
    await admin.getByRole('button', { name: t('ra.action.save') }).click();
    await admin.getByRole('cell', { name: /NT\$17,000\.00/ }).waitFor();
    await admin.context().close();
  });
});
