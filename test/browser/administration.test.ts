import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedInFetch } from './support/api';
import { zhTWText as t } from './support/messages';
import { ARTIFACTS, launchBrowser, startProduct, type Product } from './support/product';
import { signedInPage } from './support/session';

const ADMIN_EMAIL = 'admin@accord.test';
const OFFICER = { email: 'officer.chang@accord.test', fullName: '張家豪' };

let product: Product;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  [product, browser] = await Promise.all([startProduct(), launchBrowser()]);
  page = await signedInPage(browser, product.baseUrl, ADMIN_EMAIL, { menuItem: t('resources.users.name') });
});

afterAll(async () => {
  await browser?.close();
  await product?.stop();
});

const screenshot = (name: string) =>
  page.screenshot({ path: resolve(ARTIFACTS, name), fullPage: true, animations: 'disabled' });

/** Another administrator at another desk, talking to the API directly. */
const colleague = () => signedInFetch(product.baseUrl, ADMIN_EMAIL);

describe('administering people and teams', () => {
  it('refuses to save over a colleague’s change, and says to reload', async () => {
    await page.getByRole('menuitem', { name: t('resources.users.name') }).click();
    // The row of the users list (the home page's workload tables name officers too, until it is gone).
    const row = page.getByRole('row').filter({ has: page.getByRole('cell', { name: OFFICER.email }) });
    await row.getByRole('cell', { name: OFFICER.fullName }).click();
    const fullName = page.locator('input[name="fullName"]');
    await expect.poll(() => fullName.inputValue()).toBe(OFFICER.fullName);

    const api = await colleague();
    const id = page.url().split('/').pop();
    const current = (await (await api(`/users/${id}`)).json()) as { version: number };
    const changed = await api(`/users/${id}`, {
      method: 'PATCH',
      body: JSON.stringify({ locale: 'en', version: current.version }),
    });
    expect(changed.status).toBe(200);

    await fullName.fill('張家豪（更名）');
    await page.getByRole('button', { name: t('ra.action.save') }).click();
    await page.getByText(t('accord.errors.STALE_VERSION')).waitFor();
    await screenshot('user-edit-stale-version.png');

    const after = (await (await api(`/users/${id}`)).json()) as { fullName: string };
    expect(after.fullName).toBe(OFFICER.fullName);
  });

  it('creates a team and deletes it again', async () => {
    const name = '高雄協商三組';
    await page.goto(`${product.baseUrl}/#/teams/create`);
    await page.locator('input[name="name"]').fill(name);
    await page.getByRole('button', { name: t('ra.action.save') }).click();
    await page.getByText(t('ra.notification.created')).waitFor();
    await page.getByRole('link', { name: t('ra.action.edit') }).click();

    await page.getByRole('button', { name: t('ra.action.delete') }).click();
    await page
      .getByRole('dialog')
      .getByRole('button', { name: t('ra.action.confirm') })
      .click();
    await page.getByText(t('ra.notification.deleted', { smart_count: 1 })).waitFor();
    await expect.poll(() => page.getByRole('cell', { name }).count()).toBe(0);
    await expect.poll(() => page.locator('tbody tr').count()).toBe(2);
  });
});
