import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedInApi } from './support/api';
import { zhTWText as t } from './support/messages';
import { ARTIFACTS, launchBrowser, startProduct, type Product } from './support/product';

/** [6/10] A password an admin set is replaced by the person's own before the app opens. */
const COLLEAGUE = { email: 'new.colleague@accord.test', fullName: '林新同事' };
const TEMPORARY = 'temporary river stone';
const UI_TIMEOUT = 15000;

let product: Product;
let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  [product, browser] = await Promise.all([startProduct(), launchBrowser()]);
  const admin = await signedInApi(product.baseUrl, 'admin@accord.test');
  const teams = await admin<{ data: { id: string }[] }>('/teams');
  await admin('/users', {
    method: 'POST',
    body: { ...COLLEAGUE, role: 'officer', teamId: teams.data[0].id, password: TEMPORARY },
  });
  context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'zh-TW' });
  context.setDefaultTimeout(UI_TIMEOUT);
  page = await context.newPage();
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await product?.stop();
});

const login = (password: string) =>
  fetch(`${product.baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: COLLEAGUE.email, password }),
  });
const screenshot = (name: string) =>
  page.screenshot({ path: resolve(ARTIFACTS, name), fullPage: true, animations: 'disabled' });
/** By name: a label also appears in its show/hide button's label, and 新密碼 inside 再輸入一次新密碼. */
const field = (name: string) => page.locator(`input[name="${name}"]`);

describe('a new colleague’s first sign-in', () => {
  it('asks for their own password first, names a broken rule, then opens their home', async () => {
    await page.goto(product.baseUrl);
    await page.getByLabel(t('ra.auth.email')).fill(COLLEAGUE.email);
    await page.locator('input[name="password"]').fill(TEMPORARY);
    await page.getByRole('button', { name: t('ra.auth.sign_in') }).click();

    await page.getByRole('heading', { name: t('accord.own_password.must_title') }).waitFor();
    expect(await page.getByRole('menuitem').count()).toBe(0);
    await field('currentPassword').fill(TEMPORARY);
    await field('newPassword').fill('林新同事的密碼很長');
    await field('repeated').fill('林新同事的密碼很長');
    await page.getByRole('button', { name: t('accord.own_password.save') }).click();
    await page.getByText(t('accord.own_password.problems.contains_name')).waitFor();
    await screenshot('own-password-refused.png');

    await field('newPassword').fill('山上的小屋裡有一盞溫暖的燈');
    await field('repeated').fill('山上的小屋裡有一盞溫暖的燈');
    await page.getByRole('button', { name: t('accord.own_password.save') }).click();
    await page.getByText(t('accord.home.greeting', { name: COLLEAGUE.fullName })).waitFor();
    await screenshot('own-password-chosen-home.png');

    const chosen = await login('山上的小屋裡有一盞溫暖的燈');
    expect(((await chosen.json()) as { mustChangePassword: boolean }).mustChangePassword).toBe(false);
  });

  it('changes it again from their own settings, and is told the other sessions ended', async () => {
    // The first choice's notice has gone, so the one looked for below is this change's.
    await page.getByText(t('accord.own_password.saved')).waitFor({ state: 'hidden' });
    await page.goto(`${product.baseUrl}/#/my-settings`);
    await page.getByRole('heading', { name: t('accord.own_password.title') }).waitFor();
    await field('currentPassword').fill('山上的小屋裡有一盞溫暖的燈');
    await field('newPassword').fill('another evening by the river');
    await field('repeated').fill('another evening by the rivers');
    await page.getByRole('button', { name: t('accord.own_password.save') }).click();
    await page.getByText(t('accord.own_password.not_the_same')).waitFor();
    await field('repeated').fill('another evening by the river');
    const answered = page.waitForResponse((r) => r.url().endsWith('/api/auth/password'));
    await page.getByRole('button', { name: t('accord.own_password.save') }).click();
    expect((await answered).status()).toBe(200);
    await page.getByText(t('accord.own_password.saved')).waitFor();
    await screenshot('own-password-settings.png');
    // Still signed in here, with the new token.
    await page.goto(`${product.baseUrl}/#/`);
    await page.getByText(t('accord.home.greeting', { name: COLLEAGUE.fullName })).waitFor();
    // The admin's temporary password and the first chosen one are gone (tried last: a failed sign-in
    // makes the next password try of the same account wait, as it should).
    expect((await login(TEMPORARY)).status).toBe(401);
  });
});
