import type { ReminderStatus } from '@accord/contracts';
import { DEMO_LOGINS } from '@accord/server-users';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedInApi, type Api } from './support/api';
import { formatFirmInstant } from '../../apps/dashboard/src/common/firm';
import { notificationTarget } from '../../apps/dashboard/src/resources/notifications/notification';
import { zhTWText as t } from './support/messages';
import { ARTIFACTS, launchBrowser, startProduct, type Product } from './support/product';
import { signedInPage } from './support/session';

/**
 * The officer of the story. The seed fires its few past reminders on the earliest late papers, whoever's
 * cases they are in, so the story falls back on a colleague when none reached this officer's bell.
 */
const OFFICER = 'officer.wang@accord.test';
const ADMIN = 'admin@accord.test';

interface Reminder {
  id: string;
  kind: string;
  caseId: string | null;
  recipient: string;
  dueAt: string;
  status: ReminderStatus;
}
interface Notification {
  id: string;
  kind: string;
  caseId: string | null;
  title: string;
  readAt: string | null;
}
interface FailedDelivery {
  id: string;
  reminderId: string;
  channel: string;
  address: string;
  lastError: string;
  kind: string;
  caseId: string;
  reminderStatus: ReminderStatus;
}
interface Settings {
  quietStart: string;
  quietEnd: string;
  version: number;
  updatedAt: string;
}

/**
 * The browser product runs the API alone (no worker): nothing fires during the test, so what it shows is
 * what the demo seed wrote (scheduled reminders, a few fired into the officers' bells, one failed e-mail)
 * and what the API does on its own.
 */
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

async function signIn(email: string): Promise<{ context: BrowserContext; page: Page }> {
  const page = await signedInPage(browser, product.baseUrl, email);
  return { context: page.context(), page };
}

const screenshot = (page: Page, name: string, fullPage = true) =>
  page.screenshot({ path: resolve(ARTIFACTS, name), fullPage, animations: 'disabled' });

/** Notices fade after a few seconds; a screenshot of the page is clearer without them. */
const noticesGone = (page: Page) =>
  expect.poll(() => page.locator('.MuiSnackbar-root').count(), { timeout: 10000 }).toBe(0);

const statusText = (status: ReminderStatus) => t(`accord.reminder_statuses.${status}`);

/**
 * Text with every kind of space as one plain space: Node's ICU and Chromium's put different spaces (thin
 * or plain) between a date and a time.
 */
const spaced = (text: string | null) => (text ?? '').replace(/\s+/gu, ' ');
const firmTime = (instant: string) => spaced(formatFirmInstant(instant, 'zh-TW'));

describe('an officer’s bell and reminders', () => {
  let page: Page;
  let api: Api;

  beforeAll(async () => {
    // Officer Wang, unless the seed's handful of fired reminders all went to colleagues: then the first
    // demo officer with something unread in the bell.
    const officers = [
      OFFICER,
      ...DEMO_LOGINS.filter((l) => l.role === 'officer' && l.email !== OFFICER).map((l) => l.email),
    ];
    for (const email of officers) {
      api = await signedInApi(product.baseUrl, email);
      if ((await api<{ unread: number }>('/notifications/unread-count')).unread > 0) {
        ({ page } = await signIn(email));
        return;
      }
    }
    throw new Error('the demo seed left no officer an unread notification');
  });

  it('counts the unread notifications on the bell; opening one goes to its case and reads it', async () => {
    const { unread } = await api<{ unread: number }>('/notifications/unread-count');
    expect(unread).toBeGreaterThan(0);
    const bell = page.getByTestId('notification-bell');
    await expect.poll(() => bell.getAttribute('data-unread')).toBe(String(unread));
    expect(await page.getByTestId('notification-badge').textContent()).toContain(String(unread));
    expect(await bell.getAttribute('aria-label')).toBe(
      t('accord.notifications.bell_unread', { smart_count: unread }, unread),
    );

    await bell.click();
    const latest = page.getByRole('dialog', { name: t('accord.notifications.latest') });
    const listed = (await api<{ data: Notification[] }>('/notifications?perPage=8')).data;
    await expect.poll(() => latest.getByTestId('notification').count()).toBe(listed.length);
    const first = listed.find((n) => n.readAt === null && n.caseId !== null);
    if (!first?.caseId) throw new Error('the demo seed left the officer no unread notification about a case');
    // Titles repeat (two late papers of one case): the item is found by its id.
    const item = latest.locator(`[data-testid="notification"][data-id="${first.id}"]`);
    expect(await item.textContent()).toContain(first.title);
    expect(await item.getAttribute('data-unread')).toBe('true');
    await screenshot(page, 'reminders-bell.png', false);

    await item.click();
    // It opens the case on the tab of the work it asks for (a late paper: the documents).
    await page.waitForURL(`**/#${notificationTarget(first)}`);
    expect(page.url()).toContain(`/cases/${first.caseId}/show`);
    const theCase = await api<{ reference: string }>(`/cases/${first.caseId}`);
    await page.getByRole('heading', { level: 1, name: theCase.reference }).waitFor();
    await expect.poll(() => bell.getAttribute('data-unread')).toBe(String(unread - 1));
    expect((await api<{ unread: number }>('/notifications/unread-count')).unread).toBe(unread - 1);
    const read = (await api<{ data: Notification[] }>('/notifications')).data.find((n) => n.id === first.id);
    expect(read?.readAt).not.toBeNull();
  });

  it('lists a case’s reminders on its 提醒 tab, those to come first, each with its status', async () => {
    // The officer's case with the most reminders that has both scheduled ones and earlier ones.
    const cases = (await api<{ data: { id: string; reference: string }[] }>('/cases?perPage=50')).data;
    let chosen: { id: string; reference: string; reminders: Reminder[] } | null = null;
    for (const c of cases) {
      const reminders = (await api<{ data: Reminder[] }>(`/reminders?caseId=${c.id}&perPage=200`)).data;
      const scheduled = reminders.filter((r) => r.status === 'scheduled').length;
      if (!scheduled || scheduled === reminders.length) continue;
      if (!chosen || reminders.length > chosen.reminders.length) chosen = { ...c, reminders };
    }
    if (!chosen) throw new Error('no demo case of the officer has scheduled and earlier reminders');
    const scheduled = chosen.reminders
      .filter((r) => r.status === 'scheduled')
      .sort((a, b) => a.dueAt.localeCompare(b.dueAt));
    const earlier = chosen.reminders.filter((r) => r.status !== 'scheduled');

    await page.goto(`${product.baseUrl}/#/cases/${chosen.id}/show`);
    await page.getByRole('heading', { level: 1, name: chosen.reference }).waitFor();
    await page.getByRole('tab', { name: t('accord.cases.tabs.reminders') }).click();
    const upcoming = page.getByTestId('reminders-upcoming').getByTestId('reminder');
    await expect.poll(() => upcoming.count()).toBe(scheduled.length);
    const chips = page.getByTestId('reminders-upcoming').getByTestId('reminder-status');
    expect(new Set(await chips.allTextContents())).toEqual(new Set([statusText('scheduled')]));
    // Soonest first, on the firm's clock, with whom it is for.
    const firstRow = spaced(await upcoming.first().textContent());
    expect(firstRow).toContain(firmTime(scheduled[0].dueAt));
    expect(firstRow).toContain(t(`accord.reminder_kinds.${scheduled[0].kind}`));
    expect(firstRow).toContain(t(`accord.reminder_recipients.${scheduled[0].recipient}`));

    const past = page.getByTestId('reminders-past').getByTestId('reminder');
    await expect.poll(() => past.count()).toBe(earlier.length);
    expect((await past.evaluateAll((rows) => rows.map((r) => r.getAttribute('data-status')))).sort()).toEqual(
      earlier.map((r) => r.status).sort(),
    );
    for (const status of new Set(earlier.map((r) => r.status))) {
      expect(
        await page.getByTestId('reminders-past').getByTestId('reminder-status').allTextContents(),
      ).toContain(statusText(status));
    }
    // An officer does not send failed reminders again: that is a manager's or an administrator's call.
    expect(await page.getByRole('button', { name: t('accord.reminders.retry') }).count()).toBe(0);
    await screenshot(page, 'reminders-case-tab.png');
  });

  it('lists the reminders addressed to me, still to go out, soonest first, each leading to its case', async () => {
    const mine = await api<{ data: Reminder[]; total: number }>(
      '/reminders?mine=true&status=scheduled&sort=dueAt&order=ASC&perPage=50',
    );
    expect(mine.total).toBeGreaterThan(0);
    await page.getByRole('menuitem', { name: t('accord.my_reminders.menu') }).click();
    const rows = page.getByTestId('reminder');
    await expect.poll(() => rows.count()).toBe(mine.data.length);
    expect(spaced(await rows.first().textContent())).toContain(firmTime(mine.data[0].dueAt));
    expect(new Set(await page.getByTestId('reminder-status').allTextContents())).toEqual(
      new Set([statusText('scheduled')]),
    );

    // The notification just read was sent: it is among those sent.
    const sent = await api<{ total: number }>('/reminders?mine=true&status=sent');
    await page.getByRole('button', { name: statusText('sent'), exact: true }).click();
    await expect.poll(() => rows.count()).toBe(sent.total);
    await page.getByRole('button', { name: statusText('scheduled'), exact: true }).click();
    await expect.poll(() => rows.count()).toBe(mine.data.length);
    await expect
      .poll(() => rows.first().getByRole('link').textContent())
      .toBe((await api<{ reference: string }>(`/cases/${mine.data[0].caseId}`)).reference);
    await screenshot(page, 'reminders-mine.png');

    await rows.first().getByRole('link').click();
    await page.waitForURL(`**/#/cases/${mine.data[0].caseId}/show/reminders`);
    await page.getByTestId('reminders-upcoming').waitFor();
  });
});

describe('the administrator', () => {
  let context: BrowserContext;
  let page: Page;
  let api: Api;

  beforeAll(async () => {
    api = await signedInApi(product.baseUrl, ADMIN);
    ({ context, page } = await signIn(ADMIN));
  });

  it('sees the failed e-mail with its error, and sends its reminder again', async () => {
    const failed = await api<{ data: FailedDelivery[]; total: number }>('/reminder-deliveries/failed');
    expect(failed.total).toBe(1);
    const [delivery] = failed.data;
    expect(delivery).toMatchObject({ channel: 'email', reminderStatus: 'failed' });

    await page.getByRole('menuitem', { name: t('accord.failed_deliveries.menu') }).click();
    const row = page.getByTestId('failed-delivery');
    await expect.poll(() => row.count()).toBe(1);
    const reference = (await api<{ reference: string }>(`/cases/${delivery.caseId}`)).reference;
    await expect.poll(() => row.getByRole('link').textContent()).toBe(reference);
    const text = await row.textContent();
    expect(text).toContain(t('accord.notification_channels.email'));
    expect(text).toContain(delivery.address);
    expect(text).toContain(t(`accord.reminder_kinds.${delivery.kind}`));
    expect(await row.getByTestId('delivery-error').textContent()).toBe(delivery.lastError);
    expect(await row.getByTestId('reminder-status').textContent()).toBe(statusText('failed'));
    await screenshot(page, 'reminders-failed.png');

    await row
      .getByRole('button', {
        name: t('accord.reminders.retry_named', { kind: t(`accord.reminder_kinds.${delivery.kind}`) }),
      })
      .click();
    await page.getByText(t('accord.reminders.retried')).waitFor();
    // The API schedules the reminder again at once; its e-mail delivery stays failed until a worker tries
    // it again, and this product runs none. So the row stays, saying the reminder is on its way again.
    expect((await api<Reminder>(`/reminders/${delivery.reminderId}`)).status).toBe('scheduled');
    const after = await api<{ data: FailedDelivery[] }>('/reminder-deliveries/failed');
    expect(after.data).toEqual([expect.objectContaining({ id: delivery.id, reminderStatus: 'scheduled' })]);
    await expect.poll(() => row.getAttribute('data-reminder-status')).toBe('scheduled');
    expect(await row.getByTestId('reminder-status').textContent()).toBe(statusText('scheduled'));
    expect(await row.getByTestId('retry-pending').textContent()).toBe(
      t('accord.failed_deliveries.retry_pending'),
    );
    expect(await row.getByRole('button').count()).toBe(0);
  });

  it('moves the quiet hours; the version goes up, a reload shows them, and a colleague’s save in between is refused', async () => {
    const before = await api<Settings>('/reminder-settings');
    await page.getByRole('menuitem', { name: t('accord.reminder_settings.menu') }).click();
    const quietStart = page.locator('input[name="quietStart"]');
    await expect.poll(() => quietStart.inputValue()).toBe(before.quietStart);
    await quietStart.fill('22:30');
    await page
      .getByText(t('accord.reminder_settings.overnight', { start: '22:30', end: before.quietEnd }))
      .waitFor();
    await page.getByRole('button', { name: t('accord.reminder_settings.save') }).click();
    await page.getByText(t('accord.reminder_settings.saved')).waitFor();

    const saved = await api<Settings>('/reminder-settings');
    expect(saved).toMatchObject({ quietStart: '22:30', version: before.version + 1 });
    const version = page.getByTestId('settings-version');
    await expect
      .poll(async () => spaced(await version.textContent()))
      .toBe(
        t('accord.reminder_settings.version', { version: saved.version, time: firmTime(saved.updatedAt) }),
      );
    await page.reload();
    await expect.poll(() => page.locator('input[name="quietStart"]').inputValue()).toBe('22:30');
    await noticesGone(page);
    await screenshot(page, 'reminders-settings.png');

    // A colleague moves the end of quiet hours meanwhile; saving over it is refused, and said so.
    await api('/reminder-settings', { method: 'PUT', body: { quietEnd: '07:30', version: saved.version } });
    await page.locator('input[name="quietEnd"]').fill('09:00');
    await page.getByRole('button', { name: t('accord.reminder_settings.save') }).click();
    await page.getByTestId('settings-stale').getByText(t('accord.errors.STALE_VERSION')).waitFor();
    expect((await api<Settings>('/reminder-settings')).quietEnd).toBe('07:30');
    await page
      .getByTestId('settings-stale')
      .getByRole('button', { name: t('accord.reminder_settings.reload') })
      .click();
    await expect.poll(() => page.locator('input[name="quietEnd"]').inputValue()).toBe('07:30');
    await expect.poll(() => page.getByTestId('settings-stale').count()).toBe(0);
  });

  it('opens the queue monitor in a new tab, signed in to it', async () => {
    const [board] = await Promise.all([
      context.waitForEvent('page'),
      page.getByRole('menuitem', { name: t('accord.queue_board.menu') }).click(),
    ]);
    await board.waitForURL('**/admin/queues**');
    await expect.poll(() => board.title()).toBe('Bull Dashboard');
    // The board's own page lists the queues, read through the session cookie the click asked for.
    for (const queue of ['reminders', 'users']) {
      await board.getByText(queue, { exact: true }).first().waitFor();
    }
    await board.close();
  });
});
