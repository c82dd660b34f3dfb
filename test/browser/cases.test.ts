import { addDays, calendarDateIn } from '@accord/domain';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedInFetch } from './support/api';
import { zhTWText as t } from './support/messages';
import { ARTIFACTS, launchBrowser, startProduct, type Product } from './support/product';
import { signedInPage } from './support/session';
import { samplePdf } from '../api/support/sample-files';

const OFFICER = { email: 'officer.wang@accord.test', fullName: '王雅婷' };
/** A new client: a Taiwan ID with a valid check digit that the demo seed does not use. */
const CLIENT = { fullName: '林美華', idNumber: 'A123456789', phone: '0912-345-678' };
const MOVE_REASON = '客戶已簽署個資同意書，開始蒐集所需文件';

let product: Product;
let browser: Browser;
let page: Page;
/** The case opened in the first story, as the next stories need it. */
let caseUrl = '';
let reference = '';
/** The new client's page, where the case is opened from. */
let clientUrl = '';

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  [product, browser] = await Promise.all([startProduct(), launchBrowser()]);
  page = await signedInPage(browser, product.baseUrl, OFFICER.email);
});

afterAll(async () => {
  await browser?.close();
  await product?.stop();
});

const screenshot = (name: string) =>
  page.screenshot({ path: resolve(ARTIFACTS, name), fullPage: true, animations: 'disabled' });

/** Today on the firm's calendar, moved by some days: what an officer reads off a creditor's statement. */
const firmDate = (days: number) => addDays(calendarDateIn(new Date(), 'Asia/Taipei'), days);

/** A form's input by name: labels repeat in the list that may still be on screen behind the form. */
const input = (name: string) => page.locator(`input[name="${name}"]`);

/** Picks a choice of a React-admin select input by the labels people read. */
async function choose(scope: Page | Locator, label: string, option: string): Promise<void> {
  await scope.getByRole('combobox', { name: label }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

/** Types into an autocomplete and picks the suggestion that appears. */
async function pick(scope: Page | Locator, label: string, typed: string, option: string): Promise<void> {
  await scope.getByRole('combobox', { name: label }).fill(typed);
  await page.getByRole('option', { name: option }).click();
}

async function addDebt(debt: {
  creditor: string;
  typed: string;
  principal: string;
  outstanding: string;
  overdue: string;
  overdueSince: string;
}): Promise<void> {
  await page.getByRole('button', { name: t('accord.debts.add') }).click();
  const dialog = page.getByRole('dialog', { name: t('accord.debts.add') });
  await pick(dialog, t('resources.debts.fields.creditorId'), debt.typed, debt.creditor);
  await dialog.getByLabel(t('resources.debts.fields.principalFen')).fill(debt.principal);
  await dialog.getByLabel(t('resources.debts.fields.outstandingFen')).fill(debt.outstanding);
  await dialog.getByLabel(t('resources.debts.fields.overdueFen')).fill(debt.overdue);
  await dialog.getByLabel(t('resources.debts.fields.overdueSince')).fill(debt.overdueSince);
  await dialog.getByRole('button', { name: t('ra.action.save') }).click();
  await dialog.waitFor({ state: 'detached' });
}

/** The transition dialog, opened from the case page's move buttons. */
async function openMove(stage: string): Promise<Locator> {
  const name = t('accord.stages.' + stage);
  await page.getByRole('button', { name: t('accord.cases.move_to', { stage: name }) }).click();
  return page.getByRole('dialog', { name: t('accord.cases.move_title', { reference, stage: name }) });
}

/** A forward move with a note for the timeline (a forward move needs no reason, but may have one). */
async function moveTo(stage: string, note: string): Promise<Locator> {
  const dialog = await openMove(stage);
  await dialog.getByLabel(t('accord.cases.move_reason_optional')).fill(note);
  await dialog.getByRole('button', { name: t('accord.cases.move_confirm') }).click();
  return dialog;
}

const stageChip = () => page.locator('.MuiCardContent-root h1 + .MuiChip-root');

describe('an officer’s case, from a new client to the documents stage', () => {
  it('lists the officer’s clients with masked identifiers and their consent', async () => {
    await page.getByRole('menuitem', { name: t('resources.clients.name') }).click();
    await expect.poll(() => page.locator('tbody tr').count()).toBe(5);
    // The demo clients' numbers show masked (A20*****21 style) and each has consent on file.
    await expect.poll(() => page.locator('tbody tr').first().textContent()).toMatch(/[A-Z]\d{2}\*{5}\d{2}/);
    expect(await page.getByText(t('accord.clients.no_consent'), { exact: true }).count()).toBe(0);
    await screenshot('clients-list.png');
  });

  it('records a client without consent, and warns instead of filing the same ID number twice', async () => {
    await page.getByRole('link', { name: t('ra.action.create') }).click();
    await input('fullName').fill(CLIENT.fullName);
    await input('idNumber').fill(CLIENT.idNumber);
    await input('phone').fill(CLIENT.phone);
    await page.getByRole('button', { name: t('ra.action.save') }).click();
    await page.getByRole('button', { name: t('accord.clients.reveal_identifiers') }).waitFor();
    await page.getByText('A12*****89').waitFor();
    await page.getByText(t('accord.clients.no_consent')).waitFor();
    clientUrl = page.url();

    // The full numbers on demand, said to be logged, and hidden again.
    await page.getByRole('button', { name: t('accord.clients.reveal_identifiers') }).click();
    await page.getByText(CLIENT.idNumber, { exact: true }).waitFor();
    await page.getByText(t('accord.clients.reveal_logged')).waitFor();
    await page.getByRole('button', { name: t('accord.clients.hide_identifiers') }).click();
    await page.getByText('A12*****89').waitFor();

    await page.goto(`${product.baseUrl}/#/clients/create`);
    await input('fullName').fill('林美華（重複）');
    await input('idNumber').fill(CLIENT.idNumber);
    await page.getByRole('button', { name: t('ra.action.save') }).click();
    const warning = page.getByRole('alert').filter({ hasText: t('accord.clients.exists_title') });
    await warning.getByText(t('accord.clients.exists_id_number')).waitFor();
    await warning.getByRole('link', { name: t('accord.clients.open_existing') }).click();
    await page.waitForURL(clientUrl);
  });

  it('finds the client by exact ID number or phone, asked in a POST body and never in an address', async () => {
    const addresses: string[] = [];
    const lookups: Record<string, unknown>[] = [];
    const listen = (request: { url(): string; postData(): string | null }) => {
      addresses.push(decodeURIComponent(request.url()));
      if (new URL(request.url()).pathname === '/api/clients/lookup')
        lookups.push(JSON.parse(request.postData() ?? '{}'));
    };
    page.on('request', listen);
    const rows = () => page.locator('tbody tr');
    await page.getByRole('menuitem', { name: t('resources.clients.name') }).click();
    await expect.poll(() => rows().count()).toBe(6);
    // Typed as people type it: lower case.
    await input('idNumber').fill(CLIENT.idNumber.toLowerCase());
    await expect.poll(() => rows().count()).toBe(1);
    await rows().getByText(CLIENT.fullName).waitFor();
    await input('idNumber').fill('');
    await expect.poll(() => rows().count()).toBe(6);
    await input('phone').fill(CLIENT.phone.replace(/-/g, ' '));
    await expect.poll(() => rows().count()).toBe(1);
    expect(page.url()).not.toMatch(/0912|A123456789/i);
    await rows().getByText(CLIENT.fullName).click();
    await page.waitForURL(clientUrl);
    page.off('request', listen);
    expect(lookups).toContainEqual(expect.objectContaining({ idNumber: CLIENT.idNumber.toLowerCase() }));
    expect(lookups).toContainEqual(expect.objectContaining({ phone: CLIENT.phone.replace(/-/g, ' ') }));
    expect(addresses.filter((url) => /A123456789|0912.?345.?678/i.test(url))).toEqual([]);
  });

  it('opens a case for the client and adds two debts in yuan', async () => {
    await page
      .getByRole('link', { name: t('accord.clients.open_case') })
      .first()
      .click();
    // The client is already chosen: the case was opened from the client's page.
    await expect
      .poll(() => page.getByRole('combobox', { name: t('resources.cases.fields.clientId') }).inputValue())
      .toContain(CLIENT.fullName);
    await choose(page, t('resources.cases.fields.overdueReason'), t('accord.overdue_reasons.job_loss'));
    await page.locator('textarea[name="overdueReasonText"]').fill('工廠歇業後待業三個月，收入中斷。');
    await page.getByRole('button', { name: t('ra.action.save') }).click();

    const heading = page.getByRole('heading', { level: 1 });
    await expect.poll(() => heading.textContent()).toMatch(/^AC-\d{4}-\d{6}$/);
    reference = (await heading.textContent()) ?? '';
    caseUrl = page.url();
    expect(await stageChip().textContent()).toBe(t('accord.stages.intake'));

    await addDebt({
      creditor: `支付寶花唄（${t('accord.products.huabei')}）`,
      typed: '花唄',
      principal: '2000',
      outstanding: '2,000',
      overdue: '2000',
      overdueSince: firmDate(-30),
    });
    await addDebt({
      creditor: `招商銀行信用卡（${t('accord.products.credit_card')}）`,
      typed: '招商',
      principal: '15000',
      outstanding: '15000',
      overdue: '3200.5',
      overdueSince: firmDate(-45),
    });

    const rows = page.locator('tbody tr');
    await expect.poll(() => rows.count()).toBe(2);
    // Huabei: ¥2,000 overdue × 0.05 % a day × 30 days = ¥30.00.
    const huabei = rows.filter({ hasText: '支付寶花唄' });
    expect(await huabei.textContent()).toContain('¥2,000.00');
    expect(await huabei.textContent()).toContain('¥30.00');
    // The card, 0.05 % a day on the outstanding ¥15,000 compounded monthly as the catalogue says:
    // 1,500,000 fen × 1.015 (the first 30 days) × 1.0075 (15 more) = 1,533,918.75 → ¥339.18; together ¥369.18.
    const totals = (name: string) => page.getByRole('region', { name: t(name) });
    await expect.poll(() => totals('accord.cases.total_outstanding').textContent()).toContain('¥17,000.00');
    expect(await totals('accord.cases.total_overdue').textContent()).toContain('¥5,200.50');
    expect(await totals('accord.cases.penalty_today').textContent()).toContain('¥369.18');
    // No minimum payment recorded as unpaid: no late fee.
    expect(await page.getByTestId('debt-late-fee').count()).toBe(0);
    expect(await page.getByTestId('case-late-fee').count()).toBe(0);
  });

  it('charges the card’s late fee on the minimum left unpaid, named beside the penalty and never in it', async () => {
    const card = page.locator('tbody tr').filter({ hasText: '招商銀行信用卡' });
    const named = { creditor: '招商銀行信用卡' };
    await card.getByRole('button', { name: t('accord.debts.edit', named) }).click();
    const edit = page.getByRole('dialog', { name: t('accord.debts.edit', named) });
    await edit.getByText(t('accord.debts.minimum_due_help')).waitFor();
    await edit.getByLabel(t('resources.debts.fields.minimumDueFen')).fill('1,000');
    await edit.getByRole('button', { name: t('ra.action.save') }).click();
    await edit.waitFor({ state: 'detached' });
    // 5 % of the ¥1,000 unpaid minimum for each 30-day cycle begun: 45 days are 2 cycles, ¥100.00.
    const fee = card.getByTestId('debt-late-fee');
    await expect.poll(() => fee.textContent()).toBe(t('accord.debts.late_fee', { amount: '¥100.00' }));
    const penalty = page.getByRole('region', { name: t('accord.cases.penalty_today') });
    await expect
      .poll(() => penalty.getByTestId('case-late-fee').textContent())
      .toBe(t('accord.cases.late_fee_today', { amount: '¥100.00' }));
    // The fee bears no interest and is not penalty: the penalty stays ¥369.18.
    expect(await penalty.textContent()).toContain('¥369.18');
    expect(await card.textContent()).toContain('¥339.18');
    await expect.poll(() => page.locator('.MuiSnackbar-root').count(), { timeout: 10000 }).toBe(0);
    await screenshot('case-late-fee.png');
  });

  it('lists what the move to documents still needs before anything is sent: the missing consent, with where to record it', async () => {
    const dialog = await openMove('documents');
    const unmet = dialog.getByTestId('unmet-conditions');
    await unmet.getByText(t('accord.case_policy.NEEDS_CONSENT')).waitFor();
    // The debts are there: only the missing consent is named, with a link to the client's record.
    expect(await unmet.getByText(t('accord.case_policy.NEEDS_A_DEBT')).count()).toBe(0);
    expect(await unmet.getByRole('link', { name: t('accord.cases.fix_it') }).getAttribute('href')).toContain(
      '/clients/',
    );
    expect(await dialog.getByRole('button', { name: t('accord.cases.move_confirm') }).isDisabled()).toBe(
      true,
    );
    await screenshot('case-refused.png');
    await dialog.getByRole('button', { name: t('ra.action.cancel') }).click();
    expect(await stageChip().textContent()).toBe(t('accord.stages.intake'));
  });

  it('moves to documents once consent is recorded, and the timeline keeps the reason', async () => {
    await page.getByRole('link', { name: CLIENT.fullName }).click();
    await page.getByRole('link', { name: t('ra.action.edit') }).click();
    await page.getByLabel(t('accord.consent_purposes.debt_negotiation')).check();
    await page.getByLabel(t('accord.consent_purposes.contact_creditors')).check();
    await page.getByRole('button', { name: t('ra.action.save') }).click();
    await page.getByRole('button', { name: t('accord.clients.reveal_identifiers') }).waitFor();
    expect(await page.getByText(t('accord.clients.no_consent')).count()).toBe(0);

    await page.goto(caseUrl);
    const dialog = await moveTo('documents', MOVE_REASON);
    await dialog.waitFor({ state: 'detached' });
    await page
      .getByText(t('accord.cases.moved', { reference, stage: t('accord.stages.documents') }))
      .waitFor();
    await expect.poll(() => stageChip().textContent()).toBe(t('accord.stages.documents'));
    await screenshot('case-page.png');

    await page.getByRole('tab', { name: t('accord.cases.tabs.timeline') }).click();
    const moved = page.locator('li[data-kind="case.stage_changed"]');
    await moved.waitFor();
    const entry = (await moved.textContent()) ?? '';
    expect(entry).toContain(t('accord.timeline.kinds.case.stage_changed'));
    expect(entry).toContain(`${t('accord.stages.intake')} → ${t('accord.stages.documents')}`);
    expect(entry).toContain(t('accord.timeline.reason', { reason: MOVE_REASON }));
    expect(entry).toContain(OFFICER.fullName);
    // Newest first: entering documents built the checklist, just after the move, above the card's unpaid
    // minimum and the debts added before it.
    const kinds = await page
      .locator('li[data-kind]')
      .evaluateAll((items) => items.map((item) => item.getAttribute('data-kind')));
    expect(kinds.slice(0, 6)).toEqual([
      'documents.checklist_updated',
      'case.stage_changed',
      'debt.updated',
      'debt.added',
      'debt.added',
      'case.opened',
    ]);
    const minimum = (await page.locator('li[data-kind="debt.updated"]').textContent()) ?? '';
    expect(minimum).toContain(t('resources.debts.fields.minimumDueFen'));
    expect(minimum).toContain('¥1,000.00');
  });
  it('corrects a debt, and after intake excludes one with a reason instead of deleting it', async () => {
    await page.getByRole('tab', { name: t('accord.cases.tabs.debts') }).click();
    const rows = page.locator('tbody tr');
    const huabei = rows.filter({ hasText: '支付寶花唄' });
    const card = rows.filter({ hasText: '招商銀行信用卡' });
    const named = (creditor: string) => ({ creditor });

    await huabei.getByRole('button', { name: t('accord.debts.edit', named('支付寶花唄')) }).click();
    const edit = page.getByRole('dialog', { name: t('accord.debts.edit', named('支付寶花唄')) });
    const overdue = edit.getByLabel(t('resources.debts.fields.overdueFen'));
    await expect.poll(() => overdue.inputValue()).toBe('2000');
    // More overdue than outstanding is refused before it reaches the API.
    await overdue.fill('2500');
    await edit.getByRole('button', { name: t('ra.action.save') }).click();
    await edit.getByText(t('accord.debts.overdue_exceeds_outstanding')).waitFor();
    await overdue.fill('1500');
    await edit.getByRole('button', { name: t('ra.action.save') }).click();
    await edit.waitFor({ state: 'detached' });
    // ¥1,500 × 0.05 % a day × 30 days = ¥22.50.
    await expect.poll(() => huabei.textContent()).toContain('¥22.50');

    // Past intake a debt is no longer deleted, only excluded with a reason.
    expect(
      await page
        .getByRole('button', { name: t('accord.debts.delete_title', named('招商銀行信用卡')) })
        .count(),
    ).toBe(0);
    await card
      .getByRole('button', { name: t('accord.debts.exclude_title', named('招商銀行信用卡')) })
      .click();
    const exclude = page.getByRole('dialog', {
      name: t('accord.debts.exclude_title', named('招商銀行信用卡')),
    });
    await exclude.getByLabel(t('resources.debts.fields.excludedReason')).fill('客戶已自行與銀行達成分期');
    await exclude.getByRole('button', { name: t('accord.debts.exclude') }).click();
    await exclude.waitFor({ state: 'detached' });
    await expect.poll(() => card.textContent()).toContain(t('accord.debt_statuses.excluded'));
    const outstanding = page.getByRole('region', { name: t('accord.cases.total_outstanding') });
    await expect.poll(() => outstanding.textContent()).toContain('¥2,000.00');
  });
});

describe('the table of cases', () => {
  it('lets the officer save a filter, come back to it, and open a case from it', async () => {
    const rows = page.locator('tbody tr');
    const documents = page.getByRole('button', { name: t('accord.stages.documents'), exact: true });
    await page.getByRole('menuitem', { name: t('resources.cases.name') }).click();
    await expect.poll(() => rows.count()).toBe(6);
    await documents.click();
    // Two demo cases wait for documents, and now the new one.
    await expect.poll(() => rows.count()).toBe(3);
    expect(await rows.filter({ hasText: reference }).count()).toBe(1);

    await page.getByRole('button', { name: t('ra.saved_queries.new_label') }).click();
    const dialog = page.getByRole('dialog', { name: t('ra.saved_queries.new_dialog_title') });
    await dialog.getByLabel(t('ra.saved_queries.query_name')).fill('待收文件');
    await dialog.getByRole('button', { name: t('ra.action.save') }).click();
    await dialog.waitFor({ state: 'detached' });

    await documents.click();
    await expect.poll(() => rows.count()).toBe(6);
    await page.getByRole('button', { name: '待收文件' }).click();
    await expect.poll(() => rows.count()).toBe(3);

    // A row opens the case page, whose moves arrive with the page's own read of the case.
    await rows.filter({ hasText: reference }).click();
    await page.getByRole('heading', { level: 1, name: reference }).waitFor();
    const next = t('accord.cases.move_to', { stage: t('accord.stages.creditor_contact') });
    await page.getByRole('button', { name: next }).waitFor();
  });
});

describe('the board of cases by stage', () => {
  const column = (stage: string) => page.getByRole('region', { name: t('accord.stages.' + stage) });
  const card = (stage: string, name: string) => column(stage).getByRole('article', { name });

  it('shows the case in its stage’s column', async () => {
    await page.getByRole('menuitem', { name: t('resources.cases.name') }).click();
    await page.getByRole('button', { name: t('accord.cases.view_board') }).click();
    await card('documents', reference).waitFor();
    expect(await card('intake', reference).count()).toBe(0);
    // The officer's five demo cases and the new one.
    await expect.poll(() => page.getByRole('article').count()).toBe(6);
    // The board wants the width: folded, the menu leaves room for the whole spine.
    await page.getByRole('button', { name: t('ra.action.close_menu') }).click();
    await screenshot('cases-board.png');
  });

  it('moves a card by dragging it to the next column once the reason is given', async () => {
    // The papers arrive and are checked first: leaving the documents stage needs them verified.
    await verifyAllDocuments(reference);
    await card('documents', reference).dragTo(column('creditor_contact'));
    const stage = t('accord.stages.creditor_contact');
    const dialog = page.getByRole('dialog', { name: t('accord.cases.move_title', { reference, stage }) });
    await dialog.getByLabel(t('accord.cases.move_reason_optional')).fill('文件已齊，開始聯繫債權人');
    await dialog.getByRole('button', { name: t('accord.cases.move_confirm') }).click();
    await dialog.waitFor({ state: 'detached' });
    await card('creditor_contact', reference).waitFor();
    expect(await card('documents', reference).count()).toBe(0);
  });

  it('leaves a refused card where it was, naming what is missing, when moved from its menu', async () => {
    // A second case for the client, without debts yet, opened at another desk.
    const api = await officerApi();
    const clients = (await (await api('/clients?q=' + encodeURIComponent(CLIENT.fullName))).json()) as {
      data: { id: string }[];
    };
    const opened = await api('/cases', {
      method: 'POST',
      body: JSON.stringify({ clientId: clients.data[0].id, overdueReason: 'illness' }),
    });
    expect(opened.status).toBe(201);
    const second = ((await opened.json()) as { reference: string }).reference;
    await page.reload();
    await card('intake', second).waitFor();

    // This time by the card's menu, the way a keyboard or a screen reader moves a card.
    await card('intake', second)
      .getByRole('button', { name: t('accord.cases.move_menu', { reference: second }) })
      .click();
    const stage = t('accord.stages.documents');
    await page.getByRole('menuitem', { name: t('accord.cases.move_to', { stage }) }).click();
    const dialog = page.getByRole('dialog', {
      name: t('accord.cases.move_title', { reference: second, stage }),
    });
    await dialog.getByTestId('unmet-conditions').getByText(t('accord.case_policy.NEEDS_A_DEBT')).waitFor();
    expect(await dialog.getByRole('button', { name: t('accord.cases.move_confirm') }).isDisabled()).toBe(
      true,
    );
    await dialog.getByRole('button', { name: t('ra.action.cancel') }).click();
    await card('intake', second).waitFor();
    expect(await card('documents', second).count()).toBe(0);
  });
});

/** The same officer at another desk, talking to the API directly. */
const officerApi = () => signedInFetch(product.baseUrl, OFFICER.email);

/** Marks every required paper of a case received and verified, as the officer would after checking them. */
async function verifyAllDocuments(caseReference: string): Promise<void> {
  const api = await officerApi();
  const cases = (await (await api(`/cases?q=${encodeURIComponent(caseReference)}`)).json()) as {
    data: { id: string }[];
  };
  const items = (await (
    await api(`/document-requirements?perPage=100&caseId=${cases.data[0].id}`)
  ).json()) as {
    data: { id: string; status: string; required: boolean; version: number }[];
  };
  expect(items.data.length).toBeGreaterThan(0);
  for (const listed of items.data.filter((i) => i.required)) {
    // Verifying needs the paper itself: the officer uploads the scan first, which marks it received.
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(samplePdf(`${caseReference} ${listed.id}`))]), 'scan.pdf');
    const uploaded = await api(`/document-requirements/${listed.id}/files`, { method: 'POST', body: form });
    expect(uploaded.status).toBe(201);
    const item = (await (await api(`/document-requirements/${listed.id}`)).json()) as {
      status: string;
      version: number;
    };
    let version = item.version;
    if (item.status !== 'received') {
      const received = await api(`/document-requirements/${listed.id}/moves`, {
        method: 'POST',
        body: JSON.stringify({ move: 'receive', version }),
      });
      expect(received.status).toBe(200);
      version = ((await received.json()) as { version: number }).version;
    }
    const verified = await api(`/document-requirements/${listed.id}/moves`, {
      method: 'POST',
      body: JSON.stringify({ move: 'verify', version }),
    });
    expect(verified.status).toBe(200);
  }
}
