import { calendarDateIn } from '@accord/domain';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedInApi, signedInFetch, type Api } from './support/api';
import { zhTWText as t } from './support/messages';
import { ARTIFACTS, launchBrowser, startProduct, type Product } from './support/product';
import { signedInPage } from './support/session';

/**
 * [7/10] An officer reads two accounts from a client's credit report into the case, disputes a wrong
 * one with evidence, records the filing and the answer, and the credit-record stage then ends.
 */
const OFFICER = 'officer.wu@accord.test';
const today = () => calendarDateIn(new Date(), 'Asia/Taipei');

let product: Product;
let browser: Browser;
let page: Page;
let api: Api;
let caseId = '';

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  [product, browser] = await Promise.all([startProduct(), launchBrowser()]);
  api = await signedInApi(product.baseUrl, OFFICER);
  const cases = await api<{ data: { id: string }[] }>('/cases?stage=credit_repair');
  caseId = cases.data[0]?.id ?? '';
  page = await signedInPage(browser, product.baseUrl, OFFICER);
});

afterAll(async () => {
  await browser?.close();
  await product?.stop();
});

const shoot = (name: string) =>
  page.screenshot({ path: resolve(ARTIFACTS, name), fullPage: true, animations: 'disabled' });
const dialog = () => page.getByRole('dialog');
const entries = () => page.getByTestId('credit-entry');
const choose = async (label: string, option: string) => {
  await dialog().getByLabel(label).click();
  await page.getByRole('option', { name: option, exact: true }).click();
};

describe('the credit record of a case', () => {
  it('takes two entries read from the report, and says until when each shows', async () => {
    expect(caseId).not.toBe('');
    await page.goto(`${product.baseUrl}/#/cases/${caseId}/show/credit-record`);
    await page.getByTestId('credit-record-tab').waitFor();
    await expect.poll(() => entries().count()).toBeGreaterThan(0);
    const before = await entries().count();
    await shoot('credit-record-seeded.png');

    await page.getByRole('button', { name: t('accord.credit_record.add') }).click();
    await dialog().getByLabel(t('accord.credit_record.fields.institution')).fill('平安銀行');
    await dialog().getByLabel(t('accord.credit_record.fields.accountLast4')).fill('5566');
    await dialog().locator('input[name="overdueFen"]').fill('12000');
    await dialog().locator('input[name="defaultStartedOn"]').fill('2025-03-01');
    await dialog()
      .getByRole('button', { name: t('ra.action.save') })
      .click();
    await dialog().waitFor({ state: 'hidden' });
    await expect.poll(() => entries().count()).toBe(before + 1);

    await page.getByRole('button', { name: t('accord.credit_record.add') }).click();
    await dialog().getByLabel(t('accord.credit_record.fields.institution')).fill('微眾銀行');
    await choose(t('accord.credit_record.fields.product'), t('accord.products.online_loan'));
    await choose(
      t('accord.credit_record.fields.status'),
      t('accord.credit_record.statuses.repaid_after_overdue'),
    );
    await dialog().locator('input[name="overdueFen"]').fill('3000');
    await dialog().locator('input[name="defaultStartedOn"]').fill('2024-06-10');
    await dialog().locator('input[name="repaidOn"]').fill('2026-01-15');
    await dialog()
      .getByRole('button', { name: t('ra.action.save') })
      .click();
    await dialog().waitFor({ state: 'hidden' });
    await expect.poll(() => entries().count()).toBe(before + 2);

    const repaid = entries().filter({ hasText: '微眾銀行' });
    await repaid.getByText(t('accord.credit_record.relief_applies')).waitFor();
    // No longer shown under the relief: no "shown until" date beside it.
    expect(await repaid.getByTestId('shown-until').count()).toBe(0);
    const owed = entries().filter({ hasText: '平安銀行' });
    expect(await owed.getByTestId('shown-until').textContent()).toBe(
      t('accord.credit_record.shown_until_repaid', { years: 5 }),
    );
  });

  it('files a dispute with evidence, records the answer as given, and the stage can end', async () => {
    const owed = entries().filter({ hasText: '平安銀行' });
    await owed.getByRole('button', { name: t('accord.credit_record.dispute') }).click();
    await dialog().getByLabel(t('accord.credit_record.grounds.wrong_amount')).check();
    await dialog()
      .getByLabel(t('accord.credit_record.fields.explanation'))
      .fill('逾期金額與帳單不符，帳單顯示僅 ¥8,000.00。');
    // The case's own papers, by file name (a receipt, the creditor's statement…).
    await dialog()
      .getByRole('checkbox', { name: /\.(pdf|jpe?g|png)$/i })
      .first()
      .check();
    await shoot('credit-record-dispute-dialog.png');
    await dialog()
      .getByRole('button', { name: t('accord.credit_record.dispute') })
      .click();
    await dialog().waitFor({ state: 'hidden' });
    await owed.getByText(t('accord.credit_record.dispute_statuses.draft')).waitFor();

    await owed.getByRole('button', { name: t('accord.credit_record.file') }).click();
    await dialog()
      .getByRole('button', { name: t('accord.credit_record.file') })
      .click();
    await dialog().waitFor({ state: 'hidden' });
    await owed.getByText(t('accord.credit_record.dispute_statuses.filed')).waitFor();

    await owed.getByRole('button', { name: t('accord.credit_record.answer') }).click();
    await choose(t('accord.credit_record.fields.outcome'), t('accord.credit_record.outcomes.corrected'));
    await dialog().getByLabel(t('accord.credit_record.fields.answerNote')).fill('報送機構已更正逾期金額。');
    await dialog()
      .getByRole('button', { name: t('accord.credit_record.answer') })
      .click();
    await dialog().waitFor({ state: 'hidden' });
    await owed
      .getByTestId('dispute-outcome')
      .filter({ hasText: t('accord.credit_record.outcomes.corrected') })
      .waitFor();
    await shoot('credit-record-answered.png');

    // The dispute seeded as waiting for its answer is answered too, from another desk; then the case closes.
    const record = await api<{
      disputes: { id: string; status: string; version: number; filedOn: string | null }[];
    }>(`/cases/${caseId}/credit-record`);
    const send = await signedInFetch(product.baseUrl, OFFICER);
    for (const d of record.disputes.filter((x) => x.status === 'filed' || x.status === 'draft')) {
      const move =
        d.status === 'filed'
          ? send(`/credit-disputes/${d.id}/answer`, {
              method: 'POST',
              body: JSON.stringify({ answeredOn: today(), outcome: 'no_error_found', version: d.version }),
            })
          : send(`/credit-disputes/${d.id}/withdraw`, {
              method: 'POST',
              body: JSON.stringify({ reason: '客戶決定不申請', version: d.version }),
            });
      expect((await move).status).toBe(200);
    }
    const closed = await send(`/cases/${caseId}/transition`, {
      method: 'POST',
      body: JSON.stringify({
        to: 'closed',
        outcome: 'resolved',
        closingNote: '信用紀錄處理完畢，異議均已回覆。',
      }),
    });
    expect(closed.status).toBe(200);
  });
});
