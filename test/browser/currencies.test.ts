import type { CurrencyTotals } from '@accord/contracts';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedInApi } from './support/api';
import { ARTIFACTS, launchBrowser, startProduct, type Product } from './support/product';
import { signedInPage } from './support/session';

const ADMIN = 'admin@accord.test';

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
