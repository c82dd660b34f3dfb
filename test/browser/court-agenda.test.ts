import { addDays, calendarDateIn, courtCalendar, rollToWorkingDay, taiwanIdFromSerial } from '@accord/domain';
import { mkdirSync } from 'node:fs';
import ical, { type VEvent } from 'node-ical';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedInApi, type Api } from './support/api';
import { zhTWText as t } from './support/messages';
import { ARTIFACTS, launchBrowser, startProduct, type Product } from './support/product';
import { signedInPage } from './support/session';

/**
 * [8/10] The court seen from outside a case: an officer's lawsuit with its summons and a hearing, recorded
 * at another desk, shows on the officer's home (the week's hearings, the answer deadline, an older deadline
 * passed unrecorded in red at the top), in the calendar feed the officer makes (and stops) on their
 * settings, and on the team's manager's court figures; an administrator marks a court holiday, and says
 * how often a creditor goes to court. The test writes its own court data: it needs none from the seed.
 */
const OFFICER = { email: 'officer.huang@accord.test', fullName: '黃怡君' };
const MANAGER = 'manager.lin@accord.test';
const ADMIN = 'admin@accord.test';
const TZ = 'Asia/Taipei';
const CLIENT = { fullName: '顏思妤', idNumber: taiwanIdFromSerial(987_321) };
const COURT = '上海市浦東新區人民法院';
const ROOM = '第七法庭';
const HOLIDAY = '法院休假（測試）';

interface CourtEvent {
  id: string;
  kind: string;
  occursOn: string;
}
/** `GET /cases/:id/court`, as far as the test reads it. */
interface CourtView {
  matters: { id: string; events: CourtEvent[] }[];
}

let product: Product;
let browser: Browser;
let page: Page;
let officer: Api;
let today: string;
const made = { caseId: '', reference: '', hearingId: '', answerId: '', passedId: '', answerOn: '' };

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  [product, browser] = await Promise.all([startProduct(), launchBrowser()]);
  officer = await signedInApi(product.baseUrl, OFFICER.email);
  today = calendarDateIn(new Date(), TZ);
  await suedCase();
  page = await signedInPage(browser, product.baseUrl, OFFICER.email);
});

afterAll(async () => {
  await browser?.close();
  await product?.stop();
});

const shoot = (target: Page | Locator, path: string, fullPage = false) =>
  'goto' in target
    ? target.screenshot({ path, fullPage, animations: 'disabled' })
    : target.screenshot({ path, animations: 'disabled' });

/**
 * A client of the officer's sued over a Huabei debt: a lawsuit whose summons was served so its 15-day
 * answer period ends within the coming week (counted past the firm's court calendar, whatever it marks),
 * a hearing three days ahead, and an older payment order whose answer deadline passed with nothing recorded.
 */
async function suedCase(): Promise<void> {
  const creditors = await officer<{ data: { id: string; product: string }[] }>('/creditors?perPage=100');
  const huabei = creditors.data.find((c) => c.product === 'huabei');
  if (!huabei) throw new Error('the creditor catalogue has no Huabei');
  const client = await officer<{ id: string }>('/clients', {
    method: 'POST',
    body: {
      fullName: CLIENT.fullName,
      idType: 'tw_national_id',
      idNumber: CLIENT.idNumber,
      consentPurposes: ['debt_negotiation'],
    },
  });
  const opened = await officer<{ id: string; reference: string }>('/cases', {
    method: 'POST',
    body: { clientId: client.id, overdueReason: 'job_loss' },
  });
  made.caseId = opened.id;
  made.reference = opened.reference;
  const debt = await officer<{ id: string }>('/debts', {
    method: 'POST',
    body: {
      caseId: opened.id,
      creditorId: huabei.id,
      principalFen: 860000,
      outstandingFen: 860000,
      overdueFen: 860000,
    },
  });
  await officer(`/cases/${opened.id}/transition`, {
    method: 'POST',
    body: { to: 'documents', reason: '客戶收到法院傳票' },
  });

  const year = Number(today.slice(0, 4));
  const marked = [
    ...(await officer<{ day: string; working: boolean }[]>(`/court-calendar-days?year=${year}`)),
    ...(await officer<{ day: string; working: boolean }[]>(`/court-calendar-days?year=${year + 1}`)),
  ];
  const calendar = courtCalendar(marked);
  const servedOn = [12, 11, 13, 10, 14, 9]
    .map((back) => addDays(today, -back))
    .find((served) => {
      const due = rollToWorkingDay(addDays(served, 15), calendar);
      return due > today && due <= addDays(today, 6);
    });
  if (!servedOn) throw new Error('no service day puts the answer deadline within the week');
  made.answerOn = rollToWorkingDay(addDays(servedOn, 15), calendar);

  const matter = async (kind: string, caseNumber: string) =>
    officer<{ id: string }>('/court-matters', {
      method: 'POST',
      body: {
        caseId: opened.id,
        kind,
        court: COURT,
        caseNumber,
        claimant: '重慶螞蟻消費金融',
        claimedFen: 860000,
        debtIds: [debt.id],
      },
    });
  const event = (body: Record<string, unknown>) =>
    officer<{ id: string }>('/court-events', { method: 'POST', body });

  const lawsuit = await matter('lawsuit', '(2026)滬0115民初88123號');
  await event({ matterId: lawsuit.id, kind: 'summons_received', occursOn: servedOn });
  const hearing = await event({
    matterId: lawsuit.id,
    kind: 'hearing',
    occursOn: addDays(today, 3),
    startsAt: '09:30',
    room: ROOM,
    attendees: ['officer', 'client'],
  });
  made.hearingId = hearing.id;

  const order = await matter('payment_order', '(2026)滬0115民督4521號');
  await event({ matterId: order.id, kind: 'summons_received', occursOn: addDays(today, -40) });

  const court = await officer<CourtView>(`/cases/${opened.id}/court`);
  const deadline = (matterId: string) =>
    court.matters.find((m) => m.id === matterId)?.events.find((e) => e.kind === 'answer_deadline');
  const answer = deadline(lawsuit.id);
  const passed = deadline(order.id);
  if (!answer || !passed) throw new Error('recording the summons brought no answer deadline');
  expect(answer.occursOn).toBe(made.answerOn);
  made.answerId = answer.id;
  made.passedId = passed.id;
}

/** Screenshots wait for the notification to have gone, so it hides nothing. */
const noticeGone = (on: Page) => on.locator('.MuiSnackbar-root').waitFor({ state: 'detached' });

const card = (testId: string) => page.getByTestId(testId);
const item = (within: Locator, eventId: string) =>
  within.locator(`[data-testid="court-item"][data-event-id="${eventId}"]`);

describe('the officer’s home', () => {
  it('shows the hearing in this week’s hearings, and the deadlines with the passed one first, in red', async () => {
    const hearings = card('court-hearings');
    await hearings
      .getByRole('heading', { level: 3, name: t('accord.court_agenda.hearings.title') })
      .waitFor();
    const hearing = item(hearings, made.hearingId);
    await hearing.waitFor();
    const text = (await hearing.textContent()) ?? '';
    for (const part of [
      made.reference,
      CLIENT.fullName,
      COURT,
      ROOM,
      '09:30',
      t('accord.court_agenda.kinds.hearing'),
    ])
      expect(text).toContain(part);
    const link = hearing.getByTestId('court-item-case');
    expect(await link.getAttribute('href')).toBe(`#/cases/${made.caseId}/show/court`);

    const deadlines = card('court-deadlines');
    await deadlines
      .getByRole('heading', { level: 3, name: t('accord.court_agenda.deadlines.title') })
      .waitFor();
    await item(deadlines, made.answerId).waitFor();
    const rows = deadlines.getByTestId('court-item');
    // The deadline passed unrecorded leads the list, marked as such; the answer deadline follows.
    expect(await rows.first().getAttribute('data-event-id')).toBe(made.passedId);
    expect(await rows.first().getAttribute('data-passed')).toBe('true');
    expect(await rows.first().textContent()).toContain(t('accord.court_agenda.nothing_recorded'));
    const answer = item(deadlines, made.answerId);
    expect(await answer.getAttribute('data-passed')).toBe('false');
    expect(await answer.textContent()).toContain(t('accord.court_agenda.kinds.answer_deadline'));
    expect(await answer.textContent()).toContain(made.reference);
    // No message key and no raw code anywhere on the cards.
    const shown = (await page.getByTestId('court-agenda').textContent()) ?? '';
    expect(shown).not.toMatch(/accord\.|resources\.|undefined|NaN|answer_deadline|payment_order/);

    await page.mouse.move(0, 0);
    await shoot(page, '/tmp/court-home.png');
    await shoot(page, `${ARTIFACTS}/court-home.png`, true);
  });
});

describe('the calendar subscription', () => {
  let address = '';

  it('makes a private address once, which a calendar reads with the hearing in it', async () => {
    await page.goto(`${product.baseUrl}/#/my-settings`);
    const feedCard = page.getByTestId('calendar-feed');
    await feedCard.getByRole('heading', { name: t('accord.calendar_feed.title') }).waitFor();
    await feedCard.getByText(t('accord.calendar_feed.none')).waitFor();
    await feedCard.getByRole('button', { name: t('accord.calendar_feed.make') }).click();
    const url = feedCard.getByTestId('calendar-feed-url');
    await url.waitFor();
    address = await url.inputValue();
    expect(address).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/api\/calendar-feeds\/[\w-]{43}\/accord\.ics$/);
    await feedCard.getByText(t('accord.calendar_feed.shown_once')).waitFor();
    await feedCard.getByRole('button', { name: t('accord.calendar_feed.make_new') }).waitFor();
    await page.mouse.move(0, 0);
    await noticeGone(page);
    await shoot(feedCard, '/tmp/calendar-feed.png');

    const answer = await fetch(address);
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toContain('text/calendar');
    const body = await answer.text();
    const events = Object.values(ical.sync.parseICS(body)).filter((c): c is VEvent => c?.type === 'VEVENT');
    const hearing = events.find((e) => e.uid === `${made.hearingId}@accord`);
    expect(String(hearing?.summary)).toContain(made.reference);
    expect(String(hearing?.location)).toContain(ROOM);
    expect(hearing?.start.toISOString()).toBe(new Date(`${addDays(today, 3)}T09:30:00+08:00`).toISOString());
    expect(body).not.toContain(CLIENT.idNumber);

    // Read again, the page says when a calendar last fetched the address, and shows it no more.
    await page.reload();
    await feedCard.getByTestId('calendar-feed-fetched').waitFor();
    expect(await feedCard.getByTestId('calendar-feed-fetched').textContent()).not.toBe(
      t('accord.calendar_feed.never_fetched'),
    );
    expect(await feedCard.getByTestId('calendar-feed-url').count()).toBe(0);
  });

  it('stops the address once confirmed: calendars then get 404', async () => {
    const feedCard = page.getByTestId('calendar-feed');
    await feedCard.getByRole('button', { name: t('accord.calendar_feed.revoke') }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText(t('accord.calendar_feed.revoke_confirm')).waitFor();
    await dialog.getByRole('button', { name: t('accord.calendar_feed.revoke') }).click();
    await page.getByText(t('accord.calendar_feed.revoked')).waitFor();
    await feedCard.getByText(t('accord.calendar_feed.none')).waitFor();
    expect((await fetch(address)).status).toBe(404);
  });
});

describe('the team’s manager', () => {
  it('sees the hearing with its officer, and the passed deadline, on the team page’s court figures', async () => {
    const manager = await signedInPage(browser, product.baseUrl, MANAGER, {
      context: { reducedMotion: 'reduce' },
    });
    const report = manager.getByTestId('court-report');
    await report.getByRole('heading', { level: 3, name: t('accord.court_report.title') }).waitFor();
    const sitting = report
      .getByTestId('court-sittings')
      .locator(`[data-testid="court-item"][data-event-id="${made.hearingId}"]`);
    await sitting.waitFor();
    const text = (await sitting.textContent()) ?? '';
    expect(text).toContain(made.reference);
    expect(text).toContain(t('accord.court_agenda.officer', { name: OFFICER.fullName }));
    const passed = report
      .getByTestId('court-passed')
      .locator(`[data-testid="court-item"][data-event-id="${made.passedId}"]`);
    expect(await passed.getAttribute('data-passed')).toBe('true');
    const lawsuits = report.locator('[data-testid="court-kind"][data-kind="lawsuit"] [data-figure="open"]');
    expect(Number(await lawsuits.textContent())).toBeGreaterThanOrEqual(1);
    const figures = (await report.textContent()) ?? '';
    expect(figures).not.toMatch(/accord\.|resources\.|undefined|NaN/);

    await report.scrollIntoViewIfNeeded();
    await manager.mouse.move(0, 0);
    await shoot(report, '/tmp/court-manager.png');
    await manager.context().close();
  });
});

describe('the administrator', () => {
  let admin: Page;

  beforeAll(async () => {
    admin = await signedInPage(browser, product.baseUrl, ADMIN);
  });

  it('marks a court holiday on the court calendar, and removes it again', async () => {
    await admin.getByRole('menuitem', { name: t('accord.court_calendar.menu') }).click();
    await admin.getByRole('heading', { level: 2, name: t('accord.court_calendar.title') }).waitFor();
    await admin.getByText(t('accord.court_calendar.help')).waitFor();

    // A weekday a month ahead, and a Saturday, which is a day off already.
    let holiday = addDays(today, 30);
    while ([0, 6].includes(new Date(`${holiday}T00:00:00Z`).getUTCDay())) holiday = addDays(holiday, 1);
    let saturday = holiday;
    while (new Date(`${saturday}T00:00:00Z`).getUTCDay() !== 6) saturday = addDays(saturday, 1);

    const form = admin.getByTestId('court-day-form');
    await form.locator('input[name="day"]').fill(saturday);
    await form.locator('input[name="name"]').fill(HOLIDAY);
    await form.getByRole('button', { name: t('accord.court_calendar.add') }).click();
    await form.getByText(t('accord.court_calendar.weekend_already')).waitFor();

    await form.locator('input[name="day"]').fill(holiday);
    await form.getByRole('button', { name: t('accord.court_calendar.add') }).click();
    const row = admin.locator(`[data-testid="court-day"][data-day="${holiday}"]`);
    await row.waitFor();
    expect(await row.textContent()).toContain(HOLIDAY);
    expect(await row.textContent()).toContain(t('accord.court_calendar.holiday'));
    const api = await signedInApi(product.baseUrl, ADMIN);
    const marked = await api<{ day: string; working: boolean; name: string }[]>(
      `/court-calendar-days?year=${holiday.slice(0, 4)}`,
    );
    expect(marked).toContainEqual({ day: holiday, working: false, name: HOLIDAY });
    await admin.mouse.move(0, 0);
    await noticeGone(admin);
    await shoot(admin, '/tmp/court-calendar.png', true);

    await row.getByRole('button', { name: t('accord.court_calendar.remove') }).click();
    await admin
      .getByRole('dialog')
      .getByRole('button', { name: t('accord.court_calendar.remove') })
      .click();
    await row.waitFor({ state: 'detached' });
    const after = await api<{ day: string }[]>(`/court-calendar-days?year=${holiday.slice(0, 4)}`);
    expect(after.map((d) => d.day)).not.toContain(holiday);
  });

  it('says how often a creditor goes to court, shown in the catalogue', async () => {
    const api = await signedInApi(product.baseUrl, ADMIN);
    const creditors = await api<{ data: { id: string; name: string; litigationPractice: string }[] }>(
      '/creditors?perPage=100',
    );
    const creditor = creditors.data.find((c) => c.litigationPractice !== 'often') ?? creditors.data[0];
    await admin.goto(`${product.baseUrl}/#/creditors/${creditor.id}`);
    // Required, so the label ends with an asterisk.
    const select = admin.getByRole('combobox', {
      name: new RegExp(`^${t('accord.creditor_litigation.label')}`),
    });
    await select.click();
    await admin.getByRole('option', { name: t('accord.creditor_litigation.practices.often') }).click();
    await admin.getByText(t('accord.creditor_litigation.help')).waitFor();
    await admin.getByRole('button', { name: t('ra.action.save') }).click();
    await admin.waitForURL(`**/#/creditors/${creditor.id}/show`);
    await admin.getByText(t('accord.creditor_litigation.practices.often')).first().waitFor();
    const saved = await api<{ litigationPractice: string }>(`/creditors/${creditor.id}`);
    expect(saved.litigationPractice).toBe('often');

    await admin.getByRole('menuitem', { name: t('resources.creditors.name'), exact: true }).click();
    await admin.getByRole('columnheader', { name: t('accord.creditor_litigation.label') }).waitFor();
    await admin.mouse.move(0, 0);
    await noticeGone(admin);
    await shoot(admin, `${ARTIFACTS}/creditor-list-practice.png`);
  });
});
