import type { DocumentKind } from '@accord/contracts';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedInFetch, type SignedInFetch } from './support/api';
import { onePagePdf, paperPng } from './support/files';
import { zhTWText as t, uploadEnText, uploadZhTWText as u } from './support/messages';
import { ARTIFACTS, launchBrowser, startProduct, type Product } from './support/product';
import { signedInPage } from './support/session';

const OFFICER = { email: 'officer.wang@accord.test' };
const REJECTION = '帳單只有第一頁，請補上完整六個月的帳單。';

interface Item {
  id: string;
  kind: DocumentKind;
  status: string;
  required: boolean;
}

let product: Product;
let browser: Browser;
let page: Page;
let phone: BrowserContext;
/** The officer at another desk, talking to the API directly (to find her demo case). */
let api: SignedInFetch;

/** The demo case the story works on, and the items it picked for each step. */
let caseId = '';
let reference = '';
let items: Item[] = [];
let toVerify: Item;
let toReject: Item;
let toUpload: Item;
let forClient: Item;
let uploadUrl = '';

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  [product, browser] = await Promise.all([startProduct(), launchBrowser()]);
  api = await signedInFetch(product.baseUrl, OFFICER.email);
  await chooseCase();

  page = await signedInPage(browser, product.baseUrl, OFFICER.email);
});

afterAll(async () => {
  await browser?.close();
  await product?.stop();
});

const checklistOf = async (id: string): Promise<Item[]> =>
  ((await (await api(`/document-requirements?perPage=100&caseId=${id}`)).json()) as { data: Item[] }).data;

/** One of the officer's demo cases collecting papers, with two received items and two still requested. */
async function chooseCase(): Promise<void> {
  const cases = (await (await api('/cases?stage=documents')).json()) as {
    data: { id: string; reference: string }[];
  };
  for (const candidate of cases.data) {
    const checklist = await checklistOf(candidate.id);
    const received = checklist.filter((i) => i.status === 'received');
    const requested = checklist.filter((i) => i.status === 'requested');
    if (received.length >= 2 && requested.length >= 2) {
      caseId = candidate.id;
      reference = candidate.reference;
      items = checklist;
      [toVerify, toReject] = received;
      [toUpload, forClient] = requested;
      return;
    }
  }
  throw new Error('no demo case in documents has two received and two requested items');
}

/** The whole page, or only the window where a dialog floats over it. */
const screenshot = (target: Page, name: string, fullPage = true) =>
  target.screenshot({ path: resolve(ARTIFACTS, name), fullPage, animations: 'disabled' });

/** Notices fade after a few seconds; a screenshot of the page is clearer without them. */
const noticesGone = () =>
  expect.poll(() => page.locator('.MuiSnackbar-root').count(), { timeout: 10000 }).toBe(0);

const kindName = (kind: DocumentKind) => t(`accord.document_kinds.${kind}`);
/** A checklist item on the documents tab, found by the name of its paper. */
const itemOf = (kind: DocumentKind): Locator =>
  page.getByRole('region', { name: kindName(kind), exact: true });
const statusOf = (item: Locator) => item.getByTestId('requirement-status').textContent();
const summary = (settled: number, required: number) => t('accord.documents.summary', { settled, required });
/** What the officer's scanner called the uploaded paper: a Chinese name, as such files usually have. */
const scanName = () => `掃描-${kindName(toUpload.kind)}.pdf`;
const settledCount = (list: Item[]) =>
  list.filter((i) => i.required && (i.status === 'verified' || i.status === 'waived')).length;

describe('the documents tab of a case', () => {
  it('shows the checklist, its files and how far the required papers are', async () => {
    await page.goto(`${product.baseUrl}/#/cases/${caseId}/show/documents`);
    await page.getByRole('heading', { level: 1, name: reference }).waitFor();
    const required = items.filter((i) => i.required).length;
    await page.getByText(summary(settledCount(items), required)).waitFor();
    expect(await page.getByTestId('checklist-item').count()).toBe(items.length);
    // Each received demo paper came with its scan.
    await expect.poll(() => itemOf(toVerify.kind).getByTestId('document-file').count()).toBeGreaterThan(0);
    expect(await statusOf(itemOf(toVerify.kind))).toBe(t('accord.requirement_statuses.received'));
  });

  it('verifies a received paper, and rejects another with the reason the client will read', async () => {
    const verified = itemOf(toVerify.kind);
    await verified.getByRole('button', { name: t('accord.documents.moves.verify') }).click();
    await expect.poll(() => statusOf(verified)).toBe(t('accord.requirement_statuses.verified'));
    // Verified papers take no more files, and their buttons are gone.
    expect(await verified.getByRole('button', { name: t('accord.documents.upload') }).count()).toBe(0);
    if (toVerify.required) {
      const required = items.filter((i) => i.required).length;
      await page.getByText(summary(settledCount(items) + 1, required)).waitFor();
    }

    const rejected = itemOf(toReject.kind);
    await rejected.getByRole('button', { name: t('accord.documents.moves.reject') }).click();
    const name = kindName(toReject.kind);
    const dialog = page.getByRole('dialog', { name: t('accord.documents.reject_title', { kind: name }) });
    await dialog.getByLabel(t('accord.documents.reason')).fill(REJECTION);
    await dialog.getByRole('button', { name: t('accord.documents.moves.reject') }).click();
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => statusOf(rejected)).toBe(t('accord.requirement_statuses.rejected'));
    await rejected.getByText(t('accord.documents.rejection_reason', { reason: REJECTION })).waitFor();
    // Waiving is for managers: an officer is not offered it.
    expect(await page.getByRole('button', { name: t('accord.documents.moves.waive') }).count()).toBe(0);
  });

  it('uploads a file onto a requested paper, which then shows received with its file', async () => {
    const item = itemOf(toUpload.kind);
    expect(await statusOf(item)).toBe(t('accord.requirement_statuses.requested'));
    await item.locator('input[type="file"]').setInputFiles({
      name: scanName(),
      mimeType: 'application/pdf',
      buffer: onePagePdf(`${toUpload.kind} ${Date.now()}`),
    });
    await expect.poll(() => statusOf(item)).toBe(t('accord.requirement_statuses.received'));
    const file = item.getByTestId('document-file');
    await file.getByText(scanName()).waitFor();
    expect(await file.getAttribute('data-source')).toBe('officer');
    expect(await file.textContent()).toContain(t('accord.documents.sources.officer'));

    // A file the API would refuse is stopped before it is sent.
    await item.locator('input[type="file"]').setInputFiles({
      name: 'notes.docx',
      mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      buffer: Buffer.from('PK\u0003\u0004'),
    });
    await item.getByText(t('accord.documents.file_problems.unsupported_type')).waitFor();
    await noticesGone();
    await screenshot(page, 'case-documents.png');
  });

  it('opens a preview of the uploaded PDF', async () => {
    const item = itemOf(toUpload.kind);
    await item.getByRole('button', { name: t('accord.documents.preview', { name: scanName() }) }).click();
    const preview = page.getByRole('dialog', { name: scanName() });
    await preview.getByRole('button', { name: t('accord.documents.open_in_tab') }).waitFor();
    await expect
      .poll(() => preview.getByRole('button', { name: t('accord.documents.open_in_tab') }).isEnabled())
      .toBe(true);
    await preview.getByRole('button', { name: t('ra.action.close') }).click();
    await preview.waitFor({ state: 'detached' });
  });

  it('keeps the case in documents while required papers are missing, and says why', async () => {
    const stage = t('accord.stages.creditor_contact');
    await page.getByRole('button', { name: t('accord.cases.move_to', { stage }) }).click();
    const dialog = page.getByRole('dialog', { name: t('accord.cases.move_title', { reference, stage }) });
    const unmet = dialog.getByTestId('unmet-conditions');
    await unmet.getByText(t('accord.case_policy.DOCUMENTS_INCOMPLETE')).waitFor();
    expect(await unmet.getByRole('link', { name: t('accord.cases.fix_it') }).getAttribute('href')).toMatch(
      /\/documents$/,
    );
    expect(await dialog.getByRole('button', { name: t('accord.cases.move_confirm') }).isDisabled()).toBe(
      true,
    );
    await dialog.getByRole('button', { name: t('ra.action.cancel') }).click();
  });

  it('writes the rejection and its reason on the timeline', async () => {
    await page.getByRole('tab', { name: t('accord.cases.tabs.timeline') }).click();
    const entry = page.locator('li[data-kind="document.reject"]').first();
    await entry.waitFor();
    expect(await entry.textContent()).toContain(t('accord.timeline.kinds.document.reject'));
    expect(await entry.textContent()).toContain(t('accord.timeline.reason', { reason: REJECTION }));
    await page.getByRole('tab', { name: t('accord.cases.tabs.documents') }).click();
  });
});

describe('an upload link for the client', () => {
  it('is made on the documents tab and shown once, with ready-to-send messages', async () => {
    await page.getByRole('button', { name: t('accord.upload_links.create') }).click();
    const dialog = page.getByRole('dialog', { name: t('accord.upload_links.dialog_title') });
    await dialog.getByRole('combobox', { name: t('accord.upload_links.days') }).click();
    await page
      .getByRole('option', { name: t('accord.upload_links.days_option', { smart_count: 14 }, 14) })
      .click();
    await dialog.getByRole('button', { name: t('accord.upload_links.confirm') }).click();

    const url = dialog.getByLabel(t('accord.upload_links.url'), { exact: true });
    await expect.poll(() => url.inputValue()).toContain('/upload/#');
    uploadUrl = await url.inputValue();
    expect(uploadUrl.startsWith(`${product.baseUrl}/upload/#`)).toBe(true);
    for (const channel of ['sms', 'wechat', 'email']) {
      const text = await dialog
        .getByLabel(t(`accord.upload_links.messages.${channel}`), { exact: true })
        .inputValue();
      expect(text).toContain(uploadUrl);
      await dialog
        .getByRole('button', {
          name: t('accord.upload_links.copy_named', { name: t(`accord.upload_links.messages.${channel}`) }),
        })
        .waitFor();
    }
    await dialog.getByText(t('accord.upload_links.once')).waitFor();
    await screenshot(page, 'upload-link-dialog.png', false);
    await dialog.getByRole('button', { name: t('accord.upload_links.done') }).click();
    await dialog.waitFor({ state: 'detached' });

    const links = page.getByTestId('upload-link');
    await expect.poll(() => links.count()).toBe(1);
    expect(await links.first().getAttribute('data-status')).toBe('active');
  });

  it('lets the client send a photo from a phone, showing only the outstanding papers', async () => {
    phone = await browser.newContext({
      viewport: { width: 390, height: 844 },
      deviceScaleFactor: 2,
      isMobile: true,
      hasTouch: true,
      locale: 'zh-TW',
    });
    phone.setDefaultTimeout(15000);
    const mobile = await phone.newPage();
    await mobile.goto(uploadUrl);
    await mobile.getByRole('heading', { level: 1, name: u('title') }).waitFor();

    const current = await checklistOf(caseId);
    const outstanding = current.filter((i) => ['requested', 'rejected', 'received'].includes(i.status));
    const shown = mobile.getByTestId('upload-item');
    await expect.poll(() => shown.count()).toBe(outstanding.length);
    for (const item of current) {
      const named = mobile.getByRole('heading', { level: 2, name: u(`kinds.${item.kind}`), exact: true });
      expect(await named.count()).toBe(outstanding.includes(item) ? 1 : 0);
    }
    // Nothing else of the case: no reference, no client.
    expect(await mobile.getByText(reference).count()).toBe(0);
    // The paper the officer rejected asks again, with her reason.
    await mobile.getByText(u('rejected_because', { reason: REJECTION })).waitFor();

    const card = mobile.getByRole('region', { name: u(`kinds.${forClient.kind}`), exact: true });
    await card.getByLabel(u('choose_file_for', { kind: u(`kinds.${forClient.kind}`) })).setInputFiles({
      name: 'IMG_2041.png',
      mimeType: 'image/png',
      buffer: paperPng(240, 320, Date.now() % 997),
    });
    await card.getByText(u('sent', { name: 'IMG_2041.png' })).waitFor();
    expect(await card.getAttribute('data-status')).toBe('received');
    await mobile.evaluate(() => window.scrollTo(0, 0));
    await screenshot(mobile, 'client-upload-phone.png');

    // The client may read the page in another language; the choice is kept for the next visit.
    await mobile.getByRole('button', { name: 'English' }).click();
    await mobile.getByRole('heading', { level: 1, name: uploadEnText('title') }).waitFor();
    await mobile
      .getByRole('region', { name: uploadEnText(`kinds.${forClient.kind}`), exact: true })
      .getByText(uploadEnText('statuses.received'), { exact: true })
      .waitFor();
    await mobile.getByRole('button', { name: '繁體中文' }).click();
    await mobile.getByRole('heading', { level: 1, name: u('title') }).waitFor();
  });

  it('shows the client’s photo on the officer’s page, marked as coming from the link', async () => {
    await page.reload();
    const item = itemOf(forClient.kind);
    await expect.poll(() => statusOf(item)).toBe(t('accord.requirement_statuses.received'));
    const file = item.getByTestId('document-file').filter({ hasText: 'IMG_2041.png' });
    await file.waitFor();
    expect(await file.getAttribute('data-source')).toBe('client_link');
    expect(await file.textContent()).toContain(t('accord.documents.sources.client_link'));
    // The photo shows as a thumbnail, fetched with the officer's token.
    await expect
      .poll(() => file.locator('img').evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth))
      .toBe(240);
    const link = page.getByTestId('upload-link').first();
    await expect.poll(() => link.locator('td').nth(3).textContent()).toBe('1');
  });

  it('stops working once the officer revokes it', async () => {
    const link = page.getByTestId('upload-link').first();
    await link.getByRole('button', { name: t('accord.upload_links.revoke') }).click();
    const confirm = page.getByRole('dialog', { name: t('accord.upload_links.revoke_title') });
    await confirm.getByRole('button', { name: t('accord.upload_links.revoke') }).click();
    await expect.poll(() => link.getAttribute('data-status')).toBe('revoked');

    const mobile = phone.pages()[0];
    await mobile.reload();
    await mobile.getByText(u('errors.LINK_INVALID')).waitFor();
    expect(await mobile.getByTestId('upload-item').count()).toBe(0);
    await phone.close();
  });
});

describe('documents waiting for me', () => {
  it('lists the papers received and waiting to be verified, each leading to its case', async () => {
    await page.getByRole('menuitem', { name: t('accord.documents_waiting.menu') }).click();
    const received = page.getByTestId('waiting-received');
    const row = received
      .getByTestId('waiting-item')
      .filter({ hasText: reference })
      .filter({ hasText: kindName(forClient.kind) });
    await row.waitFor();
    await page.getByTestId('waiting-overdue').waitFor();
    await screenshot(page, 'documents-waiting.png');

    await row.getByRole('link', { name: reference }).click();
    await page.waitForURL(new RegExp(`#/cases/${caseId}/show/documents$`));
    await itemOf(forClient.kind).waitFor();
  });
});

describe('a manager', () => {
  it('waives a paper the case can do without, giving the reason', async () => {
    const manager = await signedInPage(browser, product.baseUrl, 'manager.lin@accord.test');
    const context = manager.context();
    await manager.goto(`${product.baseUrl}/#/cases/${caseId}/show/documents`);

    const name = kindName(toReject.kind);
    const item = manager.getByRole('region', { name, exact: true });
    await item.getByRole('button', { name: t('accord.documents.moves.waive') }).click();
    const dialog = manager.getByRole('dialog', { name: t('accord.documents.waive_title', { kind: name }) });
    // No reason, no waiver.
    expect(await dialog.getByRole('button', { name: t('accord.documents.moves.waive') }).isDisabled()).toBe(
      true,
    );
    await dialog
      .getByLabel(t('accord.documents.reason'))
      .fill('客戶已改提供銀行出具的欠款證明，主管同意免附。');
    await dialog.getByRole('button', { name: t('accord.documents.moves.waive') }).click();
    await dialog.waitFor({ state: 'detached' });
    await expect
      .poll(() => item.getByTestId('requirement-status').textContent())
      .toBe(t('accord.requirement_statuses.waived'));
    await item
      .getByText(
        t('accord.documents.waiver_reason', { reason: '客戶已改提供銀行出具的欠款證明，主管同意免附。' }),
      )
      .waitFor();
    await context.close();
  });
});
