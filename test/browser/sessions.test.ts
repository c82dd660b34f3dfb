import { DEMO_PASSWORD } from '@accord/server-users';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedInApi } from './support/api';
import { zhTWText as t } from './support/messages';
import { ARTIFACTS, launchBrowser, startProduct, type Product } from './support/product';
import { signedInPage } from './support/session';

/**
 * [6/10] Sessions in the dashboard: an admin sets the firm's idle timeout; an officer who leaves the desk
 * is warned a minute before it, and when it passes signs in again over the page with what she typed kept.
 * The page's clock is Playwright's (the server keeps real time): the page tells the API how long it
 * stood idle, which is what the API holds to the timeout.
 */
const OFFICER = 'officer.huang@accord.test';
const ADMIN = 'admin@accord.test';

let product: Product;
let browser: Browser;

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  [product, browser] = await Promise.all([startProduct(), launchBrowser()]);
});

afterAll(async () => {
  await browser?.close();
  await product?.stop();
});

const shoot = (page: Page, name: string) =>
  page.screenshot({ path: resolve(ARTIFACTS, name), fullPage: true, animations: 'disabled' });

describe('sessions in the dashboard', () => {
  it('an admin sets the firm’s idle timeout on the sign-in security page', async () => {
    const page = await signedInPage(browser, product.baseUrl, ADMIN, {
      menuItem: t('resources.users.name'),
    });
    await page.getByRole('menuitem', { name: t('accord.security_settings.menu') }).click();
    const idle = page.locator('input[name="idleTimeoutMinutes"]');
    await expect.poll(() => idle.inputValue()).toBe('30');
    await idle.fill('4');
    await page.getByRole('button', { name: t('accord.security_settings.save') }).click();
    // Below the firm's floor: said beside the field, nothing saved.
    await page.getByText(t('ra.validation.minValue', { min: 5 })).waitFor();
    await idle.fill('5');
    await page.getByRole('button', { name: t('accord.security_settings.save') }).click();
    await page.getByText(t('accord.security_settings.saved')).waitFor();
    await shoot(page, 'security-settings.png');
    const api = await signedInApi(product.baseUrl, ADMIN);
    expect(await api('/security-settings')).toMatchObject({ idleTimeoutMinutes: 5, version: 2 });
    await page.context().close();
  });

  it('warns a minute before the idle end, and keeps what was typed through signing in again', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'zh-TW' });
    context.setDefaultTimeout(15000);
    const page = await context.newPage();
    await page.clock.install();
    await page.goto(product.baseUrl);
    await page.getByLabel(t('ra.auth.email')).fill(OFFICER);
    await page.locator('input[name="password"]').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: t('ra.auth.sign_in') }).click();
    await page.getByRole('menuitem', { name: t('resources.cases.name'), exact: true }).waitFor();

    await page.goto(`${product.baseUrl}/#/clients/create`);
    const name = page.locator('input[name="fullName"]');
    await name.fill('陳志明');

    // Four minutes without a touch: a minute left, and the page says so.
    await page.clock.fastForward('04:01');
    const warning = page.getByRole('dialog').filter({ hasText: t('accord.sessions.idle_title') });
    await warning.waitFor();
    await shoot(page, 'sessions-idle-warning.png');
    await warning.getByRole('button', { name: t('accord.sessions.stay') }).click();
    await warning.waitFor({ state: 'hidden' });

    // Away for the whole timeout: the session ends, the page stays under a sign-in.
    await page.clock.fastForward('05:01');
    const again = page.getByRole('dialog').filter({ hasText: t('accord.sessions.reauth_title') });
    await again.waitFor();
    await again.getByText(t('accord.sessions.why.idle')).waitFor();
    expect(await again.locator('input[name="username"]').inputValue()).toBe(OFFICER);
    await shoot(page, 'sessions-sign-in-again.png');
    await again.locator('input[name="password"]').fill(DEMO_PASSWORD);
    await again.getByRole('button', { name: t('ra.auth.sign_in') }).click();
    await again.waitFor({ state: 'hidden' });
    expect(await name.inputValue()).toBe('陳志明');
    expect(page.url()).toContain('/#/clients/create');
    // The new session works: the officer's own session list answers.
    await page.goto(`${product.baseUrl}/#/my-settings`);
    await page.getByTestId('session-row').first().waitFor();
    await context.close();
  });
});
