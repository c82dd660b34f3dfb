import { DEMO_PASSWORD } from '@accord/server-users';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enText, zhTWText as t } from './support/messages';
import { ARTIFACTS, launchBrowser, startProduct, type Product } from './support/product';

const OFFICER = { email: 'officer.wang@accord.test', fullName: '王雅婷' };
const ADMIN = { email: 'admin@accord.test', fullName: '系統管理員' };
const ADMINISTRATION = ['users', 'teams', 'audit-log'];
const UI_TIMEOUT = 15000;

let product: Product;
let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  [product, browser] = await Promise.all([startProduct(), launchBrowser()]);
  // One browser profile for the whole story: signing out and in again must work in the same tab.
  context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'zh-TW' });
  context.setDefaultTimeout(UI_TIMEOUT);
  page = await context.newPage();
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await product?.stop();
});

// Transitions finished, so a notification is captured as people read it rather than mid-fade.
const screenshot = (name: string) =>
  page.screenshot({ path: resolve(ARTIFACTS, name), fullPage: true, animations: 'disabled' });

const menuLink = (resource: string) => page.locator(`a[role="menuitem"][href="#/${resource}"]`);

async function signIn(email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.getByLabel(t('ra.auth.email')).fill(email);
  // By name: the label text also appears in the show/hide-password button's label.
  await page.locator('input[name="password"]').fill(password);
  await page.getByRole('button', { name: t('ra.auth.sign_in') }).click();
}

async function signOut(): Promise<void> {
  await page.getByRole('button', { name: t('ra.auth.user_menu') }).click();
  await page.getByRole('menuitem', { name: t('ra.auth.logout') }).click();
  await page.getByRole('button', { name: t('ra.auth.sign_in') }).waitFor();
}

describe('signing in to the dashboard', () => {
  it('greets an officer by name on their home page, in Traditional Chinese, without administration', async () => {
    await page.goto(product.baseUrl);
    await page.getByRole('button', { name: t('ra.auth.sign_in') }).waitFor();
    await screenshot('sign-in.png');
    await signIn(OFFICER.email);

    await page.getByText(t('accord.home.greeting', { name: OFFICER.fullName })).waitFor();
    await page.getByText(t('accord.home.officer.title')).waitFor();
    for (const resource of ADMINISTRATION) expect(await menuLink(resource).count()).toBe(0);
    for (const label of ['resources.users.name', 'resources.teams.name', 'resources.audit-log.name']) {
      expect(await page.getByRole('menuitem', { name: t(label, {}, 2) }).count()).toBe(0);
    }
    await screenshot('officer-home.png');

    await signOut();
  });

  it('says so when the password is wrong', async () => {
    await signIn(OFFICER.email, 'not-the-password');
    await page.getByText(t('accord.errors.INVALID_CREDENTIALS')).waitFor();
    await expect.poll(() => page.getByRole('button', { name: t('ra.auth.sign_in') }).isEnabled()).toBe(true);
    await screenshot('sign-in-wrong-password.png');
  });

  it('shows an administrator the administration menu and the people of the firm', async () => {
    await page.reload();
    await signIn(ADMIN.email);
    await page.getByText(t('accord.home.greeting', { name: ADMIN.fullName })).waitFor();
    for (const [resource, key] of [
      ['users', 'resources.users.name'],
      ['teams', 'resources.teams.name'],
      ['audit-log', 'resources.audit-log.name'],
    ]) {
      await expect.poll(() => menuLink(resource).textContent()).toContain(t(key, {}, 2));
    }

    await menuLink('users').click();
    const rows = page.locator('tbody tr');
    await expect.poll(() => rows.count(), { timeout: UI_TIMEOUT }).toBe(11);
    await page
      .getByText(t('ra.navigation.page_range_info', { offsetBegin: 1, offsetEnd: 11, total: 11 }))
      .waitFor();
    const row = page.getByRole('row').filter({ has: page.getByRole('cell', { name: OFFICER.email }) });
    await row.getByRole('cell', { name: OFFICER.fullName }).waitFor();
    expect(await page.getByText(t('accord.roles.officer'), { exact: true }).count()).toBe(8);
    await screenshot('admin-users.png');
  });

  it('switches the interface to English from the app bar', async () => {
    await page.getByRole('button', { name: '繁體中文' }).click();
    await page.getByRole('menuitem', { name: 'English' }).click();

    await expect.poll(() => menuLink('users').textContent()).toContain(enText('resources.users.name', {}, 2));
    await expect
      .poll(() => menuLink('audit-log').textContent())
      .toContain(enText('resources.audit-log.name', {}, 2));
    await page.getByRole('columnheader', { name: enText('resources.users.fields.fullName') }).waitFor();
    await page.getByRole('columnheader', { name: enText('resources.users.fields.lastSignInAt') }).waitFor();
    expect(await page.getByText(enText('accord.roles.officer'), { exact: true }).count()).toBe(8);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await screenshot('admin-users-en.png');
  });
});
