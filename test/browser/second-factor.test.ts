import { DEMO_PASSWORD } from '@accord/server-users';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { generate } from 'otplib';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedInApi } from './support/api';
import { zhTWText as t } from './support/messages';
import { ARTIFACTS, launchBrowser, startProduct, type Product } from './support/product';
import { signedInPage } from './support/session';

/** [6/10] A manager sets up an authenticator app, signs out, and signs in again with its code. */
const MANAGER = { email: 'manager.lin@accord.test', fullName: '林美君' };
const UI_TIMEOUT = 15000;

let product: Product;
let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  [product, browser] = await Promise.all([startProduct(), launchBrowser()]);
  context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'zh-TW' });
  context.setDefaultTimeout(UI_TIMEOUT);
  page = await context.newPage();
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await product?.stop();
});

const screenshot = (name: string) =>
  page.screenshot({ path: resolve(ARTIFACTS, name), fullPage: true, animations: 'disabled' });
const codeNow = (secret: string) => generate({ secret, epoch: Math.floor(Date.now() / 1000) });
/** A code opens once: the next sign-in needs the next 30-second step's code. */
const nextStep = () => new Promise((r) => setTimeout(r, 30_000 - (Date.now() % 30_000) + 500));

async function signIn(): Promise<void> {
  await page.getByLabel(t('ra.auth.email')).fill(MANAGER.email);
  await page.locator('input[name="password"]').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: t('ra.auth.sign_in') }).click();
}

let secret = '';
let recoveryCode = '';

describe('a manager’s second factor', () => {
  it('is set up from their settings with a scanned key and a first code, and shows the recovery codes once', async () => {
    await page.goto(product.baseUrl);
    await signIn();
    await page.getByText(t('accord.home.greeting', { name: MANAGER.fullName })).waitFor();
    // A demo login may go on without one, and every page says so.
    await page
      .getByRole('alert')
      .filter({ hasText: t('accord.second_factor.not_enforced') })
      .first()
      .waitFor();
    await screenshot('second-factor-banner.png');
    await page.goto(`${product.baseUrl}/#/my-settings`);
    await page.getByRole('button', { name: t('accord.second_factor.start') }).click();
    secret = (await page.getByTestId('second-factor-secret').textContent()) ?? '';
    expect(secret).toMatch(/^[A-Z2-7]{16,}$/);
    await screenshot('second-factor-scan.png');
    await page.locator('input[name="code"]').fill(await codeNow(secret));
    await page.getByRole('button', { name: t('accord.second_factor.confirm') }).click();
    const codes = page
      .getByRole('list', { name: t('accord.second_factor.recovery_title') })
      .getByRole('listitem');
    await codes.first().waitFor();
    expect(await codes.count()).toBe(10);
    recoveryCode = ((await codes.first().textContent()) ?? '').trim();
    await screenshot('second-factor-recovery-codes.png');
    await page.getByRole('button', { name: t('accord.second_factor.done') }).click();
    // The words around the date, whole: a bare first word also stands in other cards of the page.
    const [before, after] = t('accord.second_factor.enrolled_since', { date: '\u0000', count: 10 }).split(
      '\u0000',
    );
    const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    await page.getByText(new RegExp(`^${escape(before)}.+${escape(after)}$`)).waitFor();
    await page.goto(`${product.baseUrl}/#/`);
    await page.getByText(t('accord.home.greeting', { name: MANAGER.fullName })).waitFor();
    expect(await page.getByText(t('accord.second_factor.not_enforced')).count()).toBe(0);
  });

  it('asks for the app’s code after the password at the next sign-in', async () => {
    await page.getByRole('button', { name: t('ra.auth.user_menu') }).click();
    await page.getByRole('menuitem', { name: t('ra.auth.logout') }).click();
    await page.getByRole('button', { name: t('ra.auth.sign_in') }).waitFor();
    await signIn();
    await page.getByText(t('accord.second_factor.sign_in_help')).waitFor();
    await screenshot('second-factor-sign-in.png');
    await nextStep();
    await page.locator('input[name="code"]').fill(await codeNow(secret));
    await page.getByRole('button', { name: t('ra.auth.sign_in') }).click();
    await page.getByText(t('accord.home.greeting', { name: MANAGER.fullName })).waitFor();
  }, 60_000);

  it('lists where they are signed in, and ends the session of another browser', async () => {
    const elsewhere = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'zh-TW' });
    elsewhere.setDefaultTimeout(UI_TIMEOUT);
    const other = await elsewhere.newPage();
    await other.goto(product.baseUrl);
    await other.getByLabel(t('ra.auth.email')).fill(MANAGER.email);
    await other.locator('input[name="password"]').fill(DEMO_PASSWORD);
    await other.getByRole('button', { name: t('ra.auth.sign_in') }).click();
    await other.getByText(t('accord.second_factor.sign_in_help')).waitFor();
    await other.getByRole('button', { name: t('accord.second_factor.use_recovery_code') }).click();
    await other.locator('input[name="recoveryCode"]').fill(recoveryCode);
    await other.getByRole('button', { name: t('ra.auth.sign_in') }).click();
    await other.getByText(t('accord.home.greeting', { name: MANAGER.fullName })).waitFor();

    await page.goto(`${product.baseUrl}/#/my-settings`);
    const rows = page.getByTestId('session-row');
    await expect.poll(() => rows.count()).toBe(2);
    const mine = rows.filter({ hasText: t('accord.sessions.this_device') });
    expect(await mine.count()).toBe(1);
    await screenshot('sessions-list.png');
    await rows
      .filter({ hasNotText: t('accord.sessions.this_device') })
      .getByRole('button', { name: t('accord.sessions.end') })
      .click();
    await page
      .getByRole('dialog')
      .getByRole('button', { name: t('ra.action.confirm') })
      .click();
    await page.getByText(t('accord.sessions.ended')).waitFor();
    await expect.poll(() => rows.count()).toBe(1);

    // The other browser is signed out: opened again, it asks for a sign-in.
    await other.reload();
    await other.getByRole('button', { name: t('ra.auth.sign_in') }).waitFor();
    await elsewhere.close();
    await page.goto(`${product.baseUrl}/#/`);
    await page.getByText(t('accord.home.greeting', { name: MANAGER.fullName })).waitFor();
  });

  it('is removed by an admin from the person’s page, which ends their session', async () => {
    const admin = await signedInPage(browser, product.baseUrl, 'admin@accord.test');
    const api = await signedInApi(product.baseUrl, 'admin@accord.test');
    const users = await api<{ data: { id: string; email: string }[] }>(
      `/users?q=${encodeURIComponent('manager.lin')}`,
    );
    const manager = users.data.find((u) => u.email === MANAGER.email);
    await admin.goto(`${product.baseUrl}/#/users/${manager?.id}`);
    // Where the manager is signed in, beside what the admin may change about them.
    await admin.getByTestId('session-row').first().waitFor();
    await admin.screenshot({
      path: resolve(ARTIFACTS, 'user-sessions.png'),
      fullPage: true,
      animations: 'disabled',
    });
    await admin.getByRole('button', { name: t('accord.second_factor.reset') }).click();
    await admin.getByText(t('accord.second_factor.reset_confirm')).waitFor();
    await admin.screenshot({ path: resolve(ARTIFACTS, 'second-factor-reset.png'), animations: 'disabled' });
    await admin
      .getByRole('dialog')
      .getByRole('button', { name: t('ra.action.confirm') })
      .click();
    await admin.getByText(t('accord.second_factor.reset_done')).waitFor();
    await admin.context().close();

    // The manager's open session has ended: the next read sends them to the sign-in page.
    await page.reload();
    await page.getByRole('button', { name: t('ra.auth.sign_in') }).waitFor();
    await signIn();
    await page.getByText(t('accord.home.greeting', { name: MANAGER.fullName })).waitFor();
  });
});
