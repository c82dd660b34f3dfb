import { DEMO_PASSWORD } from '@accord/server-users';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { zhTWText as t } from './messages';

/**
 * A fresh browser window (1280×800, zh-TW) signed in to the product as one of the demo people, once
 * the menu shows `menuItem` (the cases entry by default; administrators land on users).
 */
export async function signedInPage(
  browser: Browser,
  baseUrl: string,
  email: string,
  options: { menuItem?: string; context?: BrowserContextOptions } = {},
): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    locale: 'zh-TW',
    ...options.context,
  });
  context.setDefaultTimeout(15000);
  const page = await context.newPage();
  await page.goto(baseUrl);
  await page.getByLabel(t('ra.auth.email')).fill(email);
  await page.locator('input[name="password"]').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: t('ra.auth.sign_in') }).click();
  await page
    .getByRole('menuitem', { name: options.menuItem ?? t('resources.cases.name'), exact: true })
    .waitFor();
  return page;
}
