import type { CreditorReport, OfficerWorkload, WorkloadReport } from '@accord/contracts';
import { formatMoney } from '@accord/domain';
import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  formatDays,
  formatRate,
  moneyText,
  NO_FIGURE,
  OPEN_STAGES,
  overdueItems,
} from '../../apps/dashboard/src/home/workload/workload-figures';
import { reassignTarget, type OfficerSuggestion } from '../../apps/dashboard/src/resources/cases/reassign';
import { signedInApi, type Api } from './support/api';
import { enText, zhTWText as t } from './support/messages';
import { ARTIFACTS, launchBrowser, startProduct, type Product } from './support/product';
import { signedInPage } from './support/session';

const MANAGER = 'manager.lin@accord.test';
const REASON = '王雅婷本月支援新進案件，暫由其他承辦人接手';

/** The API's creditor report, headed in zh-TW: each kind's figures after the creditor's own. */
const CREDITOR_CSV_HEADER = [
  '債權人,幣別,提出方案,接受,拒絕,接受率,達成協議中位天數,平均減免罰息,期間議定金額',
  '期間異議回覆,期間異議回覆：已更正,期間異議回覆：查無錯誤,期間異議回覆：無法查證',
  ...['延期還款', '分期還款', '停息掛賬', '一次性結清'].map((kind) =>
    ['提出方案', '接受', '拒絕', '接受率'].map((figure) => `${kind}：${figure}`).join(','),
  ),
].join(',');

/** The built product with the demo seed: the manager of the Taipei team, and their team through the API. */
let product: Product;
let browser: Browser;
let page: Page;
let api: Api;

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  [product, browser] = await Promise.all([startProduct(), launchBrowser()]);
  api = await signedInApi(product.baseUrl, MANAGER);
  page = await signedInPage(browser, product.baseUrl, MANAGER, {
    // Charts skip their animation, so every screenshot shows them drawn.
    context: { acceptDownloads: true, reducedMotion: 'reduce' },
  });
});

afterAll(async () => {
  await browser?.close();
  await product?.stop();
});

const screenshot = (name: string, fullPage = true) =>
  page.screenshot({ path: resolve(ARTIFACTS, name), fullPage, animations: 'disabled' });

const officerRow = (officerId: string): Locator =>
  page.locator(`[data-testid="workload-officer"][data-officer-id="${officerId}"]`);
const figure = (row: Locator, name: string) => row.locator(`[data-figure="${name}"]`).textContent();
const openCasesShown = async (officerId: string) => Number(await figure(officerRow(officerId), 'openCases'));

/** What the officers' table must show for one officer, cell by cell, as the page writes it. */
function expectedRow(o: OfficerWorkload): Record<string, string> {
  const outcomes = Object.entries(o.outcomes)
    .filter(([, n]) => n > 0)
    .map(([outcome, n]) => `${t(`accord.outcomes.${outcome}`)} ${n}`)
    .join(t('accord.list_separator'));
  return {
    openCases: String(o.openCases),
    opened: String(o.opened),
    closed: String(o.closed),
    outcomes: outcomes || NO_FIGURE,
    overdue: String(overdueItems(o)),
    missedInstallments: String(o.missedInstallments),
    staleCases: String(o.staleCases),
    underNegotiationFen: moneyText(o.money, 'underNegotiationFen'),
    agreedFen: moneyText(o.money, 'agreedFen'),
    savedFen: moneyText(o.money, 'savedFen'),
  };
}

const ROW_FIGURES = [
  'openCases',
  'opened',
  'closed',
  'outcomes',
  'overdue',
  'missedInstallments',
  'staleCases',
  'underNegotiationFen',
  'agreedFen',
  'savedFen',
];

async function shownRow(officerId: string): Promise<Record<string, string>> {
  const row = officerRow(officerId);
  return Object.fromEntries(
    await Promise.all(ROW_FIGURES.map(async (name) => [name, (await figure(row, name)) ?? ''])),
  );
}

/** The one item the test relies on being there. */
function found<T>(item: T | undefined, what: string): T {
  if (item === undefined) throw new Error(`the demo seed has no ${what}`);
  return item;
}

async function openHome(): Promise<void> {
  await page.getByRole('menuitem', { name: t('ra.page.dashboard') }).click();
  await page.getByRole('heading', { level: 2, name: t('accord.workload.title') }).waitFor();
}

describe('the team’s workload on the manager’s home page', () => {
  let before: WorkloadReport;
  let from: OfficerWorkload;
  let to: OfficerWorkload;
  let moved: string[];

  it('shows each officer’s figures as GET /workload answers them, with the totals and the charts', async () => {
    before = await api<WorkloadReport>('/workload');
    await page.getByTestId('team-workload').waitFor();
    const rows = page.getByTestId('workload-officer');
    await expect.poll(() => rows.count()).toBe(before.officers.length);
    expect(before.officers.length).toBeGreaterThan(1);

    for (const officer of before.officers) {
      expect(await shownRow(officer.officerId)).toEqual(expectedRow(officer));
      const medians = page.locator(
        `[data-testid="workload-medians-officer"][data-officer-id="${officer.officerId}"]`,
      );
      for (const stage of OPEN_STAGES) {
        expect(await medians.locator(`[data-stage="${stage}"]`).textContent()).toBe(
          formatDays(officer.medianDaysByStage[stage], 'zh-TW'),
        );
      }
    }
    const total = (name: string) =>
      page
        .locator(`[data-testid="workload-total"][data-figure="${name}"]`)
        .getByTestId('workload-total-value');
    expect(await total('openCases').textContent()).toBe(String(before.totals.openCases));
    expect(await total('overdue').textContent()).toBe(String(overdueItems(before.totals)));
    expect(await total('savedFen').textContent()).toBe(moneyText(before.totals.money, 'savedFen'));
    await page.getByTestId('report-as-of').waitFor();

    // Every chart draws something: the seed's team has open cases, late papers and new cases.
    for (const chart of ['chart-open-by-stage', 'chart-overdue', 'chart-funnel']) {
      expect(await page.getByTestId(chart).locator('svg rect').count()).toBeGreaterThan(0);
      expect(await page.getByTestId(chart).getByTestId('chart-empty').count()).toBe(0);
    }
    const text = (await page.getByTestId('team-workload').textContent()) ?? '';
    expect(text).not.toMatch(/accord\.|resources\.|ra\.|undefined|NaN/);

    await page.mouse.move(0, 0);
    await screenshot('manager-home.png');
  });

  it('reassigns two of an officer’s open cases from the case list, to the officer chosen', async () => {
    from = found(
      before.officers.filter((o) => o.openCases >= 2).sort((a, b) => b.openCases - a.openCases)[0],
      'officer with two open cases',
    );
    const suggestion = await api<OfficerSuggestion>('/workload/suggested-officer');
    const offered = found(reassignTarget(suggestion, [from.officerId]) ?? undefined, 'suggestion');
    // Someone else than the officer offered first, so the choice is the manager's.
    to = found(
      before.officers.find((o) => o.officerId !== from.officerId && o.officerId !== offered) ??
        before.officers.find((o) => o.officerId !== from.officerId),
      'second officer',
    );
    const cases = await api<{ data: { id: string; reference: string; stage: string }[] }>(
      `/cases?officerId=${from.officerId}&perPage=100`,
    );
    moved = cases.data
      .filter((c) => c.stage !== 'closed')
      .slice(0, 2)
      .map((c) => c.reference);
    expect(moved).toHaveLength(2);

    // The officer's name leads to their cases, as a table.
    await officerRow(from.officerId).getByTestId('officer-cases-link').click();
    await page.waitForURL(/#\/cases\?/);
    const rows = page.locator('tbody tr');
    for (const reference of moved) await rows.filter({ hasText: reference }).waitFor();
    for (const name of await rows.locator('td:nth-child(4)').allTextContents()) expect(name).toBe(from.name);

    for (const reference of moved) await rows.filter({ hasText: reference }).getByRole('checkbox').check();
    await page.getByRole('button', { name: t('accord.cases.reassign') }).click();
    const dialog = page.getByRole('dialog', {
      name: t('accord.cases.bulk_reassign_title', { smart_count: 2 }, 2),
    });
    await dialog.waitFor();
    // The least-loaded officer who does not already hold the cases is offered, each with their open cases.
    const load = (officerId: string) =>
      found(
        suggestion.officers.find((o) => o.officerId === officerId),
        'load',
      );
    const officerText = (officerId: string) =>
      t('accord.cases.officer_load', { name: load(officerId).name, smart_count: load(officerId).openCases });
    const officer = dialog.getByRole('combobox', { name: t('accord.officer') });
    await expect.poll(() => officer.inputValue()).toBe(officerText(offered));
    await officer.fill(to.name);
    await page.getByRole('option', { name: officerText(to.officerId) }).click();
    await dialog.getByLabel(t('accord.cases.move_reason')).fill(REASON);
    await page.mouse.move(0, 0);
    await screenshot('reassign-dialog.png', false);
    await dialog.getByRole('button', { name: t('accord.cases.reassign_confirm') }).click();

    await page
      .locator('.MuiSnackbar-root')
      .filter({ hasText: t('accord.cases.bulk_reassigned', { smart_count: 2 }, 2) })
      .waitFor();
    await dialog.waitFor({ state: 'detached' });
    // The list shows the officer's cases: the two moved ones have left it, and nothing stays selected.
    for (const reference of moved)
      await expect.poll(() => rows.filter({ hasText: reference }).count()).toBe(0);
    expect(await page.locator('tbody input[type="checkbox"]:checked').count()).toBe(0);
    const after = await api<{ data: { reference: string; officerId: string }[] }>(
      `/cases?officerId=${to.officerId}&perPage=100`,
    );
    for (const reference of moved) expect(after.data.map((c) => c.reference)).toContain(reference);
  });

  it('shows the officer’s open cases two fewer and the other’s two more, as the API counts them', async () => {
    await openHome();
    const after = await api<WorkloadReport>('/workload');
    const figures = (report: WorkloadReport, officerId: string) =>
      found(
        report.officers.find((o) => o.officerId === officerId),
        'officer',
      );
    await expect.poll(() => openCasesShown(from.officerId)).toBe(from.openCases - 2);
    expect(await openCasesShown(to.officerId)).toBe(to.openCases + 2);
    expect(figures(after, from.officerId).openCases).toBe(from.openCases - 2);
    expect(figures(after, to.officerId).openCases).toBe(to.openCases + 2);
    for (const officer of after.officers)
      expect(await shownRow(officer.officerId)).toEqual(expectedRow(officer));
    await page.mouse.move(0, 0);
    await screenshot('manager-home-after-reassign.png');
  });
});

describe('the creditor report', () => {
  it('shows a row per creditor as GET /reports/creditors answers, for the period chosen', async () => {
    await page.getByRole('menuitem', { name: t('accord.creditor_report.menu') }).click();
    await page.waitForURL(/#\/reports\/creditors$/);
    const report = await api<CreditorReport>('/reports/creditors');
    expect(report.creditors.length).toBeGreaterThan(0);
    const rows = page.getByTestId('creditor-row');
    await expect.poll(() => rows.count()).toBe(report.creditors.length);
    for (const [i, creditor] of report.creditors.entries()) {
      const row = rows.nth(i);
      expect(await row.getAttribute('data-creditor-id')).toBe(creditor.creditorId);
      expect(await figure(row, 'name')).toBe(creditor.name);
      expect(await figure(row, 'submitted')).toBe(String(creditor.submitted));
      expect(await figure(row, 'accepted')).toBe(String(creditor.accepted));
      expect(await figure(row, 'rejected')).toBe(String(creditor.rejected));
      expect(await figure(row, 'acceptanceRate')).toBe(formatRate(creditor.acceptanceRate, 'zh-TW'));
      expect(await figure(row, 'medianDaysToAgreement')).toBe(
        formatDays(creditor.medianDaysToAgreement, 'zh-TW'),
      );
      expect(await figure(row, 'agreedFen')).toBe(formatMoney(creditor.agreedFen, creditor.currency));
      for (const kind of creditor.byKind) {
        expect(await row.locator(`[data-kind="${kind.kind}"]`).textContent()).toContain(
          formatRate(kind.acceptanceRate, 'zh-TW'),
        );
      }
    }
    const text = (await page.getByTestId('creditor-report-page').textContent()) ?? '';
    expect(text).not.toMatch(/accord\.|resources\.|ra\.|undefined|NaN/);
    await page.mouse.move(0, 0);
    await screenshot('creditor-report.png');
  });

  it('says what is wrong with a period the API would refuse, and keeps the last good figures', async () => {
    const rows = page.getByTestId('creditor-row');
    const shown = await rows.count();
    await page.getByTestId('period-from').fill('2026-12-31');
    await page.getByTestId('period-to').fill('2026-01-01');
    await page.getByText(t('accord.period.backwards')).waitFor();
    expect(await rows.count()).toBe(shown);
    await page.getByRole('button', { name: t('accord.period.last_days', { smart_count: 30 }, 30) }).click();
    expect(await page.getByText(t('accord.period.backwards')).count()).toBe(0);
  });

  it('downloads the report as CSV through the API, headed in zh-TW', async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: t('accord.exports.button') }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^creditor-report-\d{4}-\d{2}-\d{2}\.csv$/);
    const text = readFileSync(await download.path(), 'utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    const [header, ...lines] = text.slice(1).trimEnd().split(/\r?\n/);
    expect(header).toBe(CREDITOR_CSV_HEADER);
    const report = await api<CreditorReport>('/reports/creditors');
    expect(lines.map((line) => line.split(',')[0])).toEqual(report.creditors.map((c) => c.name));
  });
});

describe('in English', () => {
  it('labels the workload from the message files', async () => {
    await openHome();
    await page.getByRole('button', { name: '繁體中文' }).click();
    await page.getByRole('menuitem', { name: 'English' }).click();
    await page.getByRole('heading', { level: 2, name: enText('accord.workload.title') }).waitFor();
    await page.getByText(enText('accord.workload.charts.funnel')).waitFor();
    const text = (await page.getByTestId('team-workload').textContent()) ?? '';
    expect(text).not.toMatch(/accord\.|resources\.|ra\.|undefined|NaN/);
    await page.mouse.move(0, 0);
    await screenshot('manager-home-en.png');
  });
});

describe('the whole firm on the admin’s home page', () => {
  it('shows the worker’s firm-wide figures with the time they were worked out', async () => {
    await product.cli('workload-snapshot');
    const admin = await signedInApi(product.baseUrl, 'admin@accord.test');
    const report = await admin<WorkloadReport>('/workload');
    expect(report.source).toBe('snapshot');
    const adminPage = await signedInPage(browser, product.baseUrl, 'admin@accord.test', {
      context: { reducedMotion: 'reduce' },
    });
    await adminPage.getByRole('heading', { level: 2, name: t('accord.workload.title_firm') }).waitFor();
    const asOf = adminPage.getByTestId('report-as-of');
    const label = t('accord.reports.as_of_snapshot', { time: '@' }).split('@')[0];
    await expect.poll(() => asOf.textContent()).toContain(label);
    for (const officer of report.officers) {
      const row = adminPage.locator(
        `[data-testid="workload-officer"][data-officer-id="${officer.officerId}"]`,
      );
      expect(await row.locator('[data-figure="openCases"]').textContent()).toBe(String(officer.openCases));
    }
    await adminPage.mouse.move(0, 0);
    await adminPage.screenshot({
      path: resolve(ARTIFACTS, 'admin-home.png'),
      fullPage: true,
      animations: 'disabled',
    });
    await adminPage.context().close();
  });
});
