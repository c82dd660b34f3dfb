import { taiwanIdFromSerial } from '@accord/domain';
import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { zhTWText as t } from './support/messages';
import { ARTIFACTS, launchBrowser, startProduct, type Product } from './support/product';
import { signedInPage } from './support/session';

const OFFICER = { email: 'officer.wang@accord.test' };

/** Taiwan IDs with the letter F, which the demo seed (letter A) never uses. */
const FIRST = { fullName: '蕭志明', idNumber: taiwanIdFromSerial(52001, 'F') };
const SECOND = { fullName: '柯佳蓉', idNumber: taiwanIdFromSerial(52002, 'F') };
/** The demo seed's first client, officer.chang's (officers are seeded in e-mail order): not officer.wang's. */
const OTHER_OFFICERS_CLIENT = taiwanIdFromSerial(1001);
/** The second client's number with its check digit off by one: the mistake the preview must catch. */
const MISTYPED = `${SECOND.idNumber.slice(0, 9)}${(Number(SECOND.idNumber[9]) + 1) % 10}`;

const HEADER = '姓名,證件號碼,電話,個資同意,逾期原因,債權人,本金,未償金額,逾期金額,逾期日,本金說明';
const csv = (lines: string[]) => `\uFEFF${[HEADER, ...lines].join('\r\n')}\r\n`;
const firstClientRows = [
  `${FIRST.fullName},${FIRST.idNumber},0966-100-201,是,失業,支付寶花唄,20000,18500.50,18500.50,2026-09-01,已還本金 1499.50 元`,
  `${FIRST.fullName},${FIRST.idNumber},0966-100-201,是,失業,招商銀行信用卡,"30,000","28,000",5000,2026/08/15,已還本金 2000 元`,
];
/** Line 3 (the header is line 1) carries the mistyped number. */
const WITH_MISTAKE = csv([
  firstClientRows[0],
  `${SECOND.fullName},${MISTYPED},,否,疾病,支付寶借唄,8000,8000,,`,
]);
/** Two clients, three debts. */
const CORRECTED = csv([
  ...firstClientRows,
  `${SECOND.fullName},${SECOND.idNumber},,否,疾病,支付寶借唄,8000,8000,,`,
]);

let product: Product;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  [product, browser] = await Promise.all([startProduct(), launchBrowser()]);
  page = await signedInPage(browser, product.baseUrl, OFFICER.email, { context: { acceptDownloads: true } });
});

afterAll(async () => {
  await browser?.close();
  await product?.stop();
});

/** The whole page, or only the window where a notification floats at its bottom edge. */
const screenshot = (name: string, fullPage = true) =>
  page.screenshot({ path: resolve(ARTIFACTS, name), fullPage, animations: 'disabled' });

const fileInput = () => page.locator('input[type="file"]');
const choose = (name: string, content: string) =>
  fileInput().setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(content, 'utf8') });
const button = (key: string) => page.getByRole('button', { name: t(key), exact: true });
const cellsOf = (row: Locator) => row.locator('td').allTextContents();

describe('importing clients from a CSV file', () => {
  it('is offered on the clients list and in the menu, with the column guide', async () => {
    await page.getByRole('menuitem', { name: t('resources.clients.name'), exact: true }).click();
    await page.getByRole('link', { name: t('accord.imports.button') }).click();
    await page.waitForURL(/#\/import\/clients$/);
    expect(await page.getByRole('menuitem', { name: t('accord.imports.menu') }).count()).toBe(1);
    const guide = page.getByRole('region', { name: t('accord.imports.guide.title') });
    await guide.getByText(t('accord.imports.guide.one_row_per_debt')).waitFor();
    // The catalogue's creditors are named where the creditor column is explained.
    await expect.poll(() => guide.textContent()).toContain('招商銀行信用卡');
  });

  it('refuses a file that is not CSV before sending it', async () => {
    await fileInput().setInputFiles({
      name: 'clients.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: Buffer.from('PK'),
    });
    await page.getByText(t('accord.imports.not_csv')).waitFor();
    expect(await button('accord.imports.preview').isDisabled()).toBe(true);
  });

  it('shows a mistyped ID number with its line, translated, and will not import the file', async () => {
    await choose('clients.csv', WITH_MISTAKE);
    await button('accord.imports.preview').click();
    const problems = page.getByRole('table', { name: t('accord.imports.problems_title') });
    await problems.waitFor();
    const rows = problems.locator('tbody tr');
    await expect.poll(() => rows.count()).toBe(1);
    expect(await cellsOf(rows.first())).toEqual([
      '3',
      t('accord.imports.fields.idNumber'),
      t('accord.imports.problems.INVALID_ID_NUMBER'),
    ]);
    await page.getByText(t('accord.imports.invalid', { smart_count: 1 })).waitFor();
    expect(await button('accord.imports.import').isDisabled()).toBe(true);
    await screenshot('import-preview-problems.png');
  });

  it('previews the corrected file and imports two clients with three debts', async () => {
    await choose('clients-corrected.csv', CORRECTED);
    // A new file needs its own preview before it can be imported.
    expect(await page.getByTestId('import-preview').count()).toBe(0);
    await button('accord.imports.preview').click();
    await page.getByText(t('accord.imports.valid')).waitFor();
    const preview = page.getByTestId('import-preview');
    const counts = await preview.locator('dd').allTextContents();
    expect(counts).toEqual(['3', '2', '3']);
    expect(await page.getByRole('table', { name: t('accord.imports.problems_title') }).count()).toBe(0);

    const sample = page.getByRole('table', { name: t('accord.imports.sample_title') }).locator('tbody tr');
    expect(await cellsOf(sample.nth(0))).toEqual([
      '2',
      FIRST.fullName,
      `${FIRST.idNumber.slice(0, 3)}*****${FIRST.idNumber.slice(-2)}`,
      '2',
      '¥46,500.50',
    ]);
    expect(await cellsOf(sample.nth(1))).toEqual([
      '4',
      SECOND.fullName,
      `${SECOND.idNumber.slice(0, 3)}*****${SECOND.idNumber.slice(-2)}`,
      '1',
      '¥8,000.00',
    ]);

    await button('accord.imports.import').click();
    const done = t('accord.imports.done', { clients: 2, cases: 2, debts: 3 });
    const notice = page.locator('.MuiSnackbar-root').filter({ hasText: done });
    await notice.waitFor();
    await page.getByTestId('import-done').getByText(done).waitFor();
    await screenshot('import-done.png', false);

    // The notice leads to the cases the import opened, all in intake.
    await notice.getByRole('link', { name: t('accord.imports.view_cases') }).click();
    await page.waitForURL(/#\/cases\?/);
    const caseRows = page.locator('tbody tr');
    await caseRows.filter({ hasText: FIRST.fullName }).waitFor();
    await caseRows.filter({ hasText: SECOND.fullName }).waitFor();
    for (const text of await caseRows.allTextContents()) expect(text).toContain(t('accord.stages.intake'));
  });

  it('exports the filtered cases as CSV headed in zh-TW, through the API', async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      button('accord.exports.button').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^cases-\d{4}-\d{2}-\d{2}\.csv$/);
    const text = readFileSync(await download.path(), 'utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    const [header, ...rows] = text.slice(1).trimEnd().split(/\r?\n/);
    expect(header).toBe(
      '案件編號,客戶,承辦人,階段,幣別,未償金額,逾期金額,最長逾期天數,訴訟風險,開案日,結案日',
    );
    expect(text).toContain(FIRST.fullName);
    expect(text).toContain(SECOND.fullName);
    // The list's stage filter went with the export: every case in the file is in intake.
    expect(rows.length).toBeGreaterThanOrEqual(2);
    for (const row of rows) expect(row.split(',')[3]).toBe('intake');
    const first = rows.find((row) => row.includes(FIRST.fullName)) ?? '';
    expect(first.split(',').slice(4, 7)).toEqual(['CNY', '46500.50', '23500.50']);
  });

  it('lists the new clients among the officer’s clients', async () => {
    await page.getByRole('menuitem', { name: t('resources.clients.name'), exact: true }).click();
    const rows = page.locator('tbody tr');
    // The officer's five demo clients and the two imported ones.
    await expect.poll(() => rows.count()).toBe(7);
    await rows.filter({ hasText: FIRST.fullName }).waitFor();
    await rows.filter({ hasText: SECOND.fullName }).waitFor();
  });

  it('names a duplicate of the officer’s own client, and says only that another officer’s client is on file', async () => {
    await page.getByRole('link', { name: t('accord.imports.button') }).click();
    await page.waitForURL(/#\/import\/clients$/);
    await choose(
      'clients-again.csv',
      csv([
        `${FIRST.fullName},${FIRST.idNumber},,是,失業,支付寶花唄,100,100,,`,
        `林某,${OTHER_OFFICERS_CLIENT},,是,失業,支付寶花唄,100,100,,`,
      ]),
    );
    await button('accord.imports.preview').click();
    const rows = page.getByRole('table', { name: t('accord.imports.problems_title') }).locator('tbody tr');
    await expect.poll(() => rows.count()).toBe(2);

    const own = rows.nth(0);
    expect(await own.getAttribute('data-code')).toBe('CLIENT_EXISTS');
    const existing = own.getByRole('link');
    const line = await existing.textContent();
    expect(line).toContain(FIRST.fullName);
    expect(line).toContain('王雅婷');
    expect(await existing.getAttribute('href')).toMatch(/#\/clients\/[0-9a-f-]{36}\/show$/);

    const other = rows.nth(1);
    expect(await cellsOf(other)).toEqual([
      '3',
      t('accord.imports.fields.idNumber'),
      t('accord.imports.problems.DUPLICATE_OUTSIDE_SCOPE'),
    ]);
    expect(await other.getByRole('link').count()).toBe(0);
    expect(await button('accord.imports.import').isDisabled()).toBe(true);
    await screenshot('import-preview-duplicates.png');

    await existing.click();
    await page.waitForURL(/#\/clients\/[0-9a-f-]{36}\/show$/);
    await page.getByText(FIRST.fullName).first().waitFor();
  });
});
