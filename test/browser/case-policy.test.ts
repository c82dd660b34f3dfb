import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedInApi, type Api } from './support/api';
import { zhTWText as t } from './support/messages';
import { ARTIFACTS, launchBrowser, startProduct, type Product } from './support/product';
import { signedInPage } from './support/session';

const OFFICER = 'officer.wang@accord.test';
/** In the same team as OFFICER; the demo gives her a case repaying its plan. */
const OTHER_OFFICER = 'officer.huang@accord.test';
const MANAGER = 'manager.lin@accord.test';

let product: Product;
let browser: Browser;
let officer: Page;
let manager: Page;
let officerApi: Api;
let otherOfficer: Page;
let otherApi: Api;

interface CaseItem {
  id: string;
  reference: string;
  stage: string;
}
interface Reminder {
  status: string;
}

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  [product, browser] = await Promise.all([startProduct(), launchBrowser()]);
  officer = await signedInPage(browser, product.baseUrl, OFFICER);
  manager = await signedInPage(browser, product.baseUrl, MANAGER);
  officerApi = await signedInApi(product.baseUrl, OFFICER);
  otherOfficer = await signedInPage(browser, product.baseUrl, OTHER_OFFICER);
  otherApi = await signedInApi(product.baseUrl, OTHER_OFFICER);
});

afterAll(async () => {
  await browser?.close();
  await product?.stop();
});

const shot = (page: Page, name: string) =>
  page.screenshot({ path: resolve(ARTIFACTS, name), fullPage: true, animations: 'disabled' });

/** One of an officer's demo cases at `stage`, the first one `accept` agrees to. */
async function officerCase(
  stage: string,
  accept: (c: CaseItem) => Promise<boolean> = async () => true,
  api: Api = officerApi,
) {
  const list = await api<{ data: CaseItem[] }>(`/cases?stage=${stage}&perPage=100`);
  for (const c of list.data) if (await accept(c)) return c;
  throw new Error(`the demo officer has no fitting case at ${stage}`);
}

const scheduledReminders = async (caseId: string) =>
  (await otherApi<{ data: Reminder[] }>(`/reminders?caseId=${caseId}&perPage=200`)).data.filter(
    (r) => r.status === 'scheduled',
  ).length;

async function openCase(page: Page, item: CaseItem) {
  await page.goto(`${product.baseUrl}/#/cases/${item.id}/show`);
  await page.getByRole('heading', { level: 1, name: item.reference }).waitFor();
}

const stageName = (stage: string) => t(`accord.stages.${stage}`);

describe('the move dialog asks the case policy first', () => {
  it('a move back waits for its reason; a forward move needs none', async () => {
    const item = await officerCase('documents');
    await openCase(officer, item);
    await officer
      .getByRole('button', { name: t('accord.cases.move_back_to', { stage: stageName('intake') }) })
      .click();
    const dialog = officer.getByRole('dialog', {
      name: t('accord.cases.move_title', { reference: item.reference, stage: stageName('intake') }),
    });
    const confirm = dialog.getByRole('button', { name: t('accord.cases.move_confirm') });
    await dialog.getByLabel(t('accord.cases.move_reason_back')).waitFor();
    await expect.poll(() => confirm.isDisabled()).toBe(true);
    await dialog.getByLabel(t('accord.cases.move_reason_back')).fill('客戶要補登一筆網貸');
    await expect.poll(() => confirm.isEnabled()).toBe(true);
    await dialog.getByRole('button', { name: t('ra.action.cancel') }).click();
    await dialog.waitFor({ state: 'detached' });
  });
});

describe('closing as withdrawn', () => {
  let closed: CaseItem;

  it('ends the plans and cancels the reminders, and the case says so', async () => {
    closed = await officerCase('repaying', async (c) => (await scheduledReminders(c.id)) > 0, otherApi);
    await openCase(otherOfficer, closed);
    await otherOfficer
      .getByRole('button', { name: t('accord.cases.close', { stage: stageName('closed') }) })
      .click();
    const dialog = otherOfficer.getByRole('dialog', {
      name: t('accord.cases.close_title', { reference: closed.reference, stage: stageName('closed') }),
    });
    await dialog.getByRole('combobox', { name: t('resources.cases.fields.outcome') }).click();
    await otherOfficer.getByRole('option', { name: t('accord.outcomes.withdrawn') }).click();
    await dialog
      .getByLabel(t('resources.cases.fields.closingNote'))
      .fill('客戶決定自行與銀行協商，撤回委任。');
    await dialog.getByRole('button', { name: t('accord.cases.close_confirm') }).click();
    await dialog.waitFor({ state: 'detached' });
    await otherOfficer.getByText(t('accord.cases.stopped_here')).waitFor();

    await otherOfficer.getByRole('tab', { name: t('accord.cases.tabs.repayment') }).click();
    await otherOfficer.getByTestId('plan-ended').first().waitFor();
    await shot(otherOfficer, 'case-closed-withdrawn-plans.png');
    await otherOfficer.getByRole('tab', { name: t('accord.cases.tabs.reminders') }).click();
    await otherOfficer.getByText(t('accord.reminders.upcoming_none')).waitFor();
    expect(await scheduledReminders(closed.id)).toBe(0);
    await otherOfficer
      .getByTestId('reminders-past')
      .getByText(t('accord.reminder_statuses.cancelled'))
      .first()
      .waitFor();
  });

  it('a manager reopens it, choosing the plan to resume: its reminders come back', async () => {
    await openCase(manager, closed);
    await manager.getByRole('button', { name: t('accord.cases.reopen') }).click();
    const dialog = manager.getByRole('dialog', {
      name: t('accord.cases.reopen_title', { reference: closed.reference }),
    });
    await dialog.getByLabel(t('accord.cases.reopen_reason')).fill('客戶回來委任，恢復原方案。');
    const plans = dialog.getByRole('checkbox');
    await plans.first().waitFor();
    await plans.first().check();
    await shot(manager, 'case-reopen-dialog.png');
    await dialog.getByRole('button', { name: t('accord.cases.reopen_confirm') }).click();
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => scheduledReminders(closed.id)).toBeGreaterThan(0);
  });
});

describe("the firm's closing rules", () => {
  it("a manager makes officers' closes wait for a manager, and the officer's dialog says so before sending", async () => {
    await manager.goto(`${product.baseUrl}/#/case-settings`);
    const toggle = manager.getByLabel(t('accord.case_settings.officer_closes_need_manager'));
    // The switch shows what the API saved: it turns once the answer is back.
    await toggle.click();
    await expect.poll(() => toggle.isChecked()).toBe(true);
    await manager.getByText(t('accord.case_settings.saved')).waitFor();
    await shot(manager, 'closing-rules.png');

    const item = await officerCase('negotiating');
    await openCase(officer, item);
    await officer
      .getByRole('button', { name: t('accord.cases.close', { stage: stageName('closed') }) })
      .click();
    const dialog = officer.getByRole('dialog', {
      name: t('accord.cases.close_title', { reference: item.reference, stage: stageName('closed') }),
    });
    await dialog
      .getByTestId('unmet-conditions')
      .getByText(t('accord.case_policy.CLOSE_NEEDS_MANAGER'))
      .waitFor();
    expect(await dialog.getByRole('button', { name: t('accord.cases.close_confirm') }).isDisabled()).toBe(
      true,
    );
    await shot(officer, 'close-needs-manager.png');
    await dialog.getByRole('button', { name: t('ra.action.cancel') }).click();

    await toggle.click();
    await expect.poll(() => toggle.isChecked()).toBe(false);
  });
});
