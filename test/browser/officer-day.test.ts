import { addDays, calendarDateIn, zonedInstant } from '@accord/domain';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedInApi, type Api } from './support/api';
import {
  DAY_SECTIONS,
  dayItemLink,
  formatDayHeading,
  SECTION_TABS,
  type DaySectionName,
  type OfficerDay,
} from '../../apps/dashboard/src/home/officer-day';
import { enText, zhTWText as t } from './support/messages';
import { ARTIFACTS, launchBrowser, startProduct, type Product } from './support/product';
import { signedInPage } from './support/session';

const OFFICER = 'officer.wang@accord.test';
const TZ = 'Asia/Taipei';
const CALL = '客服請我們晚上九點半後再來電確認減免罰息的審核結果。';

/** The sections to open an item of, in order of preference: the demo seed always fills the first. */
const TO_OPEN: readonly DaySectionName[] = [
  'documentsToVerify',
  'documentsOverdue',
  'installmentsMissed',
  'installmentsDueSoon',
  'reminders',
  'followUps',
  'staleCases',
];

interface Requirement {
  id: string;
  version: number;
}

/**
 * The built product with the demo seed and no worker: the officer's day is what the seed wrote, read by
 * `GET /me/today` as of the moment the test runs.
 */
let product: Product;
let browser: Browser;
let page: Page;
/** The officer at another desk, reading and writing through the API directly. */
let api: Api;

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  [product, browser] = await Promise.all([startProduct(), launchBrowser()]);
  api = await signedInApi(product.baseUrl, OFFICER);
  await callNotReturned();
  page = await signedInPage(browser, product.baseUrl, OFFICER);
});

afterAll(async () => {
  await browser?.close();
  await product?.stop();
});

/** Node's ICU and Chromium's may space a formatted date differently (thin, plain or no space). */
const unspaced = (text: string | null) => (text ?? '').replace(/\s+/gu, '');

const card = (section: DaySectionName): Locator =>
  page.locator(`[data-testid="day-count"][data-section="${section}"]`);
const sectionOf = (section: DaySectionName): Locator =>
  page.locator(`[data-testid="day-section"][data-section="${section}"]`);
const cardTotal = (section: DaySectionName) => card(section).getByTestId('day-count-total').textContent();

/** The case tab's label each section leads to: the case page's first tab (the debts) has no path. */
const tabLabel = (section: DaySectionName) => t(`accord.cases.tabs.${SECTION_TABS[section] || 'debts'}`);

/**
 * The seed plans every follow-up for the days to come; the officer logged a call last night whose
 * call-back, later that evening, never happened: an overdue follow-up (and its overdue reminder).
 */
async function callNotReturned(): Promise<void> {
  const cases = (await api<{ data: { id: string; stage: string }[] }>('/cases?perPage=50')).data;
  const talking = cases.find((c) => c.stage === 'negotiating' || c.stage === 'creditor_contact') ?? cases[0];
  const yesterday = addDays(calendarDateIn(new Date(), TZ), -1);
  await api('/contacts', {
    method: 'POST',
    body: {
      caseId: talking.id,
      party: 'creditor',
      channel: 'hotline',
      occurredAt: zonedInstant(yesterday, '20:00', TZ).toISOString(),
      person: '客服專員',
      summary: CALL,
      nextFollowUpAt: zonedInstant(yesterday, '21:30', TZ).toISOString(),
    },
  });
}

/** Papers received and waiting to be verified on the officer's cases, as the API lists them now. */
async function verifyOne(id: string): Promise<void> {
  const item = await api<Requirement>(`/document-requirements/${id}`);
  await api(`/document-requirements/${id}/moves`, {
    method: 'POST',
    body: { move: 'verify', version: item.version },
  });
}

describe('the officer’s day on the home page', () => {
  let day: OfficerDay;

  it('shows the totals of GET /me/today on its cards and sections, late items marked, empty sections saying so', async () => {
    day = await api<OfficerDay>('/me/today');
    await page.getByTestId('officer-day').waitFor();
    await expect
      .poll(async () => unspaced(await page.getByTestId('day-date').textContent()))
      .toBe(unspaced(formatDayHeading(day.date, 'zh-TW')));
    await page.getByRole('heading', { level: 2, name: t('accord.home.officer.title') }).waitFor();

    for (const section of DAY_SECTIONS) {
      const { total, items } = day[section];
      await expect.poll(() => cardTotal(section)).toBe(String(total));
      expect(await card(section).textContent()).toContain(t(`accord.today.sections.${section}.title`));
      const listed = sectionOf(section);
      expect(await listed.getAttribute('data-total')).toBe(String(total));
      expect(await listed.getByRole('heading', { level: 3 }).textContent()).toContain(
        t(`accord.today.sections.${section}.title`),
      );
      expect(await listed.getByTestId('day-item').count()).toBe(items.length);
      if (total === 0) {
        expect(await listed.getByTestId('day-section-empty').textContent()).toBe(
          t(`accord.today.sections.${section}.empty`),
        );
      }
    }
    // The seed leaves the officer papers to verify on the cases still collecting them. Which papers are
    // overdue depends on the order it met the cases in, so those are checked when there are some.
    expect(day.documentsToVerify.total).toBeGreaterThan(0);
    if (day.documentsOverdue.items.length) {
      // Every overdue paper is marked late, with its days late, and the card says the section is late.
      const overdue = sectionOf('documentsOverdue').getByTestId('day-item');
      const first = day.documentsOverdue.items[0];
      expect(await overdue.first().getAttribute('data-late')).toBe('true');
      expect(await overdue.first().textContent()).toContain(
        t('accord.today.days_late', { smart_count: first.daysLate }, first.daysLate),
      );
      expect(await overdue.first().textContent()).toContain(t(`accord.document_kinds.${first.kind}`));
      expect(await card('documentsOverdue').getAttribute('data-tone')).toBe('alert');
    }

    // Last night's call-back is overdue: marked on its row, counted on its card.
    expect(day.followUps.items.find((f) => f.summary === CALL)).toMatchObject({ overdue: true });
    const followUp = sectionOf('followUps').getByTestId('day-item').filter({ hasText: CALL });
    expect(await followUp.getAttribute('data-late')).toBe('true');
    expect(await followUp.getByTestId('day-overdue').textContent()).toBe(t('accord.today.overdue'));
    const overdueFollowUps = day.followUps.items.filter((f) => f.overdue).length;
    expect(await card('followUps').getAttribute('data-tone')).toBe('alert');
    expect(await card('followUps').getByTestId('day-count-overdue').textContent()).toBe(
      t('accord.today.overdue_count', { count: overdueFollowUps }),
    );
    // Papers to verify are today's work, not late.
    expect(
      await sectionOf('documentsToVerify').getByTestId('day-item').first().getAttribute('data-late'),
    ).toBe('false');

    // The sections with something in them come before the empty ones.
    const order = await page
      .getByTestId('day-section')
      .evaluateAll((sections) => sections.map((s) => Number(s.getAttribute('data-total'))));
    const firstEmpty = order.indexOf(0);
    if (firstEmpty >= 0) expect(order.slice(firstEmpty).every((total) => total === 0)).toBe(true);

    // No message key and no raw code shows anywhere on the page.
    const text = (await page.getByTestId('officer-day').textContent()) ?? '';
    expect(text).not.toMatch(/accord\.|resources\.|ra\.|undefined|NaN/);
    for (const item of day.documentsToVerify.items) expect(text).not.toContain(item.kind);

    await page.mouse.move(0, 0);
    await page.screenshot({
      path: resolve(ARTIFACTS, 'officer-day.png'),
      fullPage: true,
      animations: 'disabled',
    });
  });

  it('opens an item’s case on the tab where its work is done', async () => {
    const section = TO_OPEN.find((s) => day[s].items.length > 0);
    if (!section) throw new Error('the demo seed left the officer nothing to do today');
    const item = day[section].items[0];
    await sectionOf(section).getByTestId('day-item').first().getByTestId('day-item-case').click();

    await page.waitForURL(`**/#${dayItemLink(section, item)}`);
    await page.getByRole('heading', { level: 1, name: item.reference }).waitFor();
    await page.getByRole('tab', { name: tabLabel(section), selected: true }).waitFor();
    if (section === 'documentsToVerify' || section === 'documentsOverdue') {
      const kind = (item as OfficerDay['documentsToVerify']['items'][number]).kind;
      await page.locator(`[data-testid="checklist-item"][data-kind="${kind}"]`).waitFor();
    }
  });

  it('reads the day again on the refresh button, and when the page comes back into view', async () => {
    await page.goBack();
    await page.getByTestId('officer-day').waitFor();
    const before = (await api<OfficerDay>('/me/today')).documentsToVerify;
    await expect.poll(() => cardTotal('documentsToVerify')).toBe(String(before.total));
    if (before.items.length < 2)
      throw new Error('the demo seed left the officer fewer than two papers to verify');

    // Verified at another desk: the page shows it once asked to read again.
    await verifyOne(before.items[0].id);
    await page.getByTestId('day-refresh').click();
    await expect.poll(() => cardTotal('documentsToVerify')).toBe(String(before.total - 1));
    await expect
      .poll(() => sectionOf('documentsToVerify').getByTestId('day-item').count())
      .toBe(Math.min(before.total - 1, before.items.length));

    // Another verified while the officer looks elsewhere: coming back to the page reads it again.
    await verifyOne(before.items[1].id);
    await page.evaluate(() => window.dispatchEvent(new Event('focus')));
    await expect.poll(() => cardTotal('documentsToVerify')).toBe(String(before.total - 2));
  });

  it('reads in English too, every label from the message files', async () => {
    await page.getByRole('button', { name: '繁體中文' }).click();
    await page.getByRole('menuitem', { name: 'English' }).click();
    await page.getByRole('heading', { level: 2, name: enText('accord.home.officer.title') }).waitFor();
    for (const section of DAY_SECTIONS) {
      await expect
        .poll(() => card(section).textContent())
        .toContain(enText(`accord.today.sections.${section}.title`));
    }
    const text = (await page.getByTestId('officer-day').textContent()) ?? '';
    expect(text).not.toMatch(/accord\.|resources\.|ra\.|undefined|NaN/);
    await page.screenshot({
      path: resolve(ARTIFACTS, 'officer-day-en.png'),
      fullPage: true,
      animations: 'disabled',
    });
  });
});
