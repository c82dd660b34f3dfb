import type { LprCapCheck } from '@accord/domain';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedInApi, type Api } from './support/api';
import { zhTWText as t } from './support/messages';
import { ARTIFACTS, launchBrowser, startProduct, type Product } from './support/product';
import { signedInPage } from './support/session';

const ADMIN = 'admin@accord.test';

interface Debt {
  id: string;
  creditorName: string;
  status: string;
  contractDate: string | null;
  lprCheck: LprCapCheck | null;
}

let product: Product;
let browser: Browser;
let page: Page;
let api: Api;

/** A calendar date as the dashboard writes it in zh-TW (2021/03/01), never moved through a time zone. */
const shownDate = (date: string) =>
  new Intl.DateTimeFormat('zh-TW', {
    timeZone: 'UTC',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date(`${date}T00:00:00Z`));
const percent = (bp: number) => `${Math.floor(bp / 100)}.${String(bp % 100).padStart(2, '0')}`;
const shot = (target: Page, name: string) =>
  target.screenshot({ path: resolve(ARTIFACTS, name), fullPage: true, animations: 'disabled' });

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  [product, browser] = await Promise.all([startProduct(), launchBrowser()]);
  page = await signedInPage(browser, product.baseUrl, ADMIN, { menuItem: t('resources.users.name') });
  api = await signedInApi(product.baseUrl, ADMIN);
});

afterAll(async () => {
  await browser?.close();
  await product?.stop();
});

describe('the LPR table', () => {
  it('an admin reads the published rates and adds the next announcement, typed in percent', async () => {
    await page.getByRole('menuitem', { name: t('resources.lpr-rates.name'), exact: true }).click();
    await page.getByRole('cell', { name: shownDate('2025-05-20'), exact: true }).waitFor();
    // Newest first, with the line four times the one-year rate beside it.
    const newest = page.getByRole('row').filter({ hasText: shownDate('2025-05-20') });
    expect(await newest.textContent()).toContain('3.00%');
    expect(await newest.textContent()).toContain('12.00%');
    await shot(page, 'lpr-list.png');

    await page.getByRole('link', { name: t('ra.action.create') }).click();
    // By name: while the form loads, the list's sort button carries the same label.
    await page.locator('input[name="effectiveOn"]').fill('2026-11-20');
    await page.getByLabel(t('resources.lpr-rates.fields.oneYearBp')).fill('2.95');
    await page.getByLabel(t('resources.lpr-rates.fields.fiveYearBp')).fill('3.45');
    expect(await page.getByLabel(t('resources.lpr-rates.fields.source')).inputValue()).toMatch(/PBOC/);
    await shot(page, 'lpr-create.png');
    await page.getByRole('button', { name: t('ra.action.save') }).click();
    const added = page.getByRole('row').filter({ hasText: shownDate('2026-11-20') });
    await added.waitFor();
    expect(await added.textContent()).toContain('2.95%');
    expect(await added.textContent()).toContain('11.80%');
    const row = await api<{ oneYearBp: number; fiveYearBp: number }>('/lpr-rates/2026-11-20');
    expect(row).toMatchObject({ oneYearBp: 295, fiveYearBp: 345 });

    // A second row for the same date is refused, and the admin is told why.
    await page.getByRole('link', { name: t('ra.action.create') }).click();
    // By name: while the form loads, the list's sort button carries the same label.
    await page.locator('input[name="effectiveOn"]').fill('2026-11-20');
    await page.getByLabel(t('resources.lpr-rates.fields.oneYearBp')).fill('2.90');
    await page.getByRole('button', { name: t('ra.action.save') }).click();
    await page.getByText(t('accord.errors.LPR_RATE_EXISTS')).waitFor();

    // Corrected or deleted from its own page; its date, the row's identity, stays as it is.
    await page.getByRole('menuitem', { name: t('resources.lpr-rates.name'), exact: true }).click();
    await added.click();
    await page.waitForURL(/\/lpr-rates\/2026-11-20$/);
    const date = page.locator('input[name="effectiveOn"]');
    await expect.poll(() => date.inputValue()).toBe('2026-11-20');
    expect(await date.isDisabled()).toBe(true);
    await expect.poll(() => page.locator('.MuiSnackbar-root').count(), { timeout: 10000 }).toBe(0);
    await shot(page, 'lpr-edit.png');
    await page.getByRole('button', { name: t('ra.action.delete') }).click();
    await page
      .getByRole('dialog')
      .getByRole('button', { name: t('ra.action.confirm') })
      .click();
    await page.getByRole('cell', { name: shownDate('2025-05-20'), exact: true }).waitFor();
    await expect
      .poll(() =>
        page
          .getByRole('row')
          .filter({ hasText: shownDate('2026-11-20') })
          .count(),
      )
      .toBe(0);
  });
});

describe("a case's debts against the 4 × LPR line", () => {
  /** A demo case with an open online-loan debt over the line (the seed dates every online loan's contract). */
  async function caseOverTheLine(): Promise<{ id: string; reference: string; debt: Debt }> {
    const list = await api<{ data: { id: string; reference: string }[] }>('/cases?perPage=100');
    for (const candidate of list.data) {
      const detail = await api<{ stage: string; debts: Debt[] }>(`/cases/${candidate.id}`);
      const debt = detail.debts.find((d) => d.status === 'open' && d.lprCheck?.status === 'over');
      if (debt && detail.stage !== 'closed') return { ...candidate, debt };
    }
    throw new Error('no demo debt over the 4 × LPR line');
  }

  it('shows the line in words, and says why when the contract date is missing', async () => {
    const target = await caseOverTheLine();
    const check = target.debt.lprCheck as Exclude<LprCapCheck, { status: 'unknown' }>;
    await page.goto(`${product.baseUrl}/#/cases/${target.id}/show`);
    await page.getByRole('heading', { level: 1, name: target.reference }).waitFor();
    const note = page.getByTestId('lpr-check').filter({ hasText: target.debt.creditorName }).first();
    await note.waitFor();
    expect(await note.getAttribute('data-status')).toBe('over');
    expect(await note.textContent()).toContain(
      t('accord.lpr.over', {
        date: shownDate(target.debt.contractDate as string),
        lpr: percent(check.lprBp),
        cap: percent(check.capBp),
        rate: percent(check.annualRateBp),
      }),
    );
    await page.getByTestId('lpr-checks').scrollIntoViewIfNeeded();
    await expect.poll(() => page.locator('.MuiSnackbar-root').count(), { timeout: 10000 }).toBe(0);
    await shot(page, 'lpr-case-debts.png');

    // The debt form carries the contract date; cleared, the check says what it lacks.
    await page
      .getByRole('button', { name: t('accord.debts.edit', { creditor: target.debt.creditorName }) })
      .first()
      .click();
    const contractDate = page.getByLabel(t('resources.debts.fields.contractDate'));
    await expect.poll(() => contractDate.inputValue()).toBe(target.debt.contractDate);
    await page.getByRole('dialog').screenshot({ path: resolve(ARTIFACTS, 'lpr-debt-form.png') });
    await contractDate.fill('');
    // React-admin's date input takes an emptied date on leaving the field.
    await contractDate.blur();
    await page
      .getByRole('dialog')
      .getByRole('button', { name: t('ra.action.save') })
      .click();
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    const unknown = page
      .getByTestId('lpr-check')
      .filter({ hasText: t('accord.lpr.unknown.NO_CONTRACT_DATE') });
    await unknown.first().waitFor();
    expect(await unknown.first().getAttribute('data-status')).toBe('unknown');
    const after = await api<Debt>(`/debts/${target.debt.id}`);
    expect(after.lprCheck).toEqual({ status: 'unknown', reason: 'NO_CONTRACT_DATE' });
  });

  it("the creditor form has the catalog's 4 × LPR switch, on for the online lenders", async () => {
    const creditors = await api<{ data: { id: string; name: string; checkLprCap: boolean }[] }>(
      '/creditors?perPage=100',
    );
    const online = creditors.data.find((c) => c.name === '京東白條');
    expect(online?.checkLprCap).toBe(true);
    await page.goto(`${product.baseUrl}/#/creditors/${online?.id}`);
    const toggle = page.getByLabel(t('resources.creditors.fields.checkLprCap'));
    await expect.poll(() => toggle.isChecked()).toBe(true);
    await expect.poll(() => page.locator('.MuiSnackbar-root').count(), { timeout: 10000 }).toBe(0);
    await shot(page, 'lpr-creditor-form.png');
  });
});
