import type { Currency } from '@accord/contracts';
import {
  addDays,
  affordability,
  calendarDateIn,
  formatFen,
  formatMoney,
  type Suggestion,
} from '@accord/domain';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedInApi, signedInFetch, type Api, type SignedInFetch } from './support/api';
import { hundredthsText } from '../../apps/dashboard/src/common/hundredths';
import { planFiguresOf } from '../../apps/dashboard/src/resources/negotiation/proposal';
import { paperPng } from './support/files';
import { zhTWText as t } from './support/messages';
import { ARTIFACTS, launchBrowser, startProduct, type Product } from './support/product';
import { signedInPage } from './support/session';

const OFFICER = { email: 'officer.wang@accord.test' };
const CALL_SUMMARY = '說明客戶失業四個月，詢問可否停息分期；客服請我們提出書面方案。';
const ANSWER = '客服書面同意此分期方案，首期於下週繳款。';

interface Debt {
  id: string;
  status: string;
  creditorName: string;
  accountReferenceMasked: string | null;
  outstandingFen: number;
}
interface Statement {
  isCurrent: boolean;
  income: { source: string; amountFen: number }[];
  essentialSpending: { category: string; amountFen: number }[];
  otherDebts: { lender: string; monthlyPaymentFen: number }[];
}

let product: Product;
let browser: Browser;
let page: Page;
/** The officer at another desk, reading the API directly (to find her demo case and check figures). */
let api: Api;
/** The same officer, writing through the API (see send). */
let officerApi: SignedInFetch;

/** The demo case the story works on, and its debt the creditor will agree to. */
let caseId = '';
let reference = '';
let openDebts: Debt[] = [];
let debt: Debt;
let creditor = '';
let commitBp = 0;
let chosen: Suggestion;
/** The first due date the creditor agreed to: next week, so the first payment is on time today. */
const today = () => calendarDateIn(new Date(), 'Asia/Taipei');
const firstDueDate = () => addDays(today(), 7);

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  [product, browser] = await Promise.all([startProduct(), launchBrowser()]);
  api = await signedInApi(product.baseUrl, OFFICER.email);
  officerApi = await signedInFetch(product.baseUrl, OFFICER.email);
  await chooseCase();

  page = await signedInPage(browser, product.baseUrl, OFFICER.email);
});

afterAll(async () => {
  await browser?.close();
  await product?.stop();
});

/** The officer's API for writes: answers the JSON of a 2xx, throws on anything else. */
async function send<T>(method: string, path: string, body: unknown): Promise<T> {
  const answer = await officerApi(path, { method, body: JSON.stringify(body) });
  if (!answer.ok) throw new Error(`${method} ${path} answered ${answer.status}: ${await answer.text()}`);
  return (await answer.json()) as T;
}

/**
 * The case's other open debts agreed too (through the API, as at another desk), then the case moved
 * to agreed: payments are recorded only on an agreed case.
 */
async function agreeTheRestAndMove(): Promise<void> {
  for (const other of openDebts.filter((d) => d.id !== debt.id)) {
    const drafted = await send<{ id: string }>('POST', '/proposals', {
      debtId: other.id,
      kind: 'installments',
      totalFen: other.outstandingFen,
      months: 6,
      firstDueDate: firstDueDate(),
    });
    await send('PATCH', `/proposals/${drafted.id}`, { status: 'submitted', version: 1 });
    await send('POST', `/proposals/${drafted.id}/accept`, { version: 2 });
  }
  await send('POST', `/cases/${caseId}/transition`, { to: 'agreed', reason: '各債權人均已同意方案' });
}

/** One of the officer's demo cases in negotiation whose open debts have no accepted proposal yet. */
async function chooseCase(): Promise<void> {
  for (const stage of ['negotiating', 'creditor_contact']) {
    const cases = await api<{ data: { id: string; reference: string }[] }>(`/cases?stage=${stage}`);
    for (const candidate of cases.data) {
      const proposals = await api<{ data: { status: string }[] }>(`/proposals?caseId=${candidate.id}`);
      if (proposals.data.some((p) => p.status === 'accepted')) continue;
      const detail = await api<{ debts: Debt[] }>(`/cases/${candidate.id}`);
      const open = detail.debts.filter((d) => d.status === 'open');
      if (!open.length) continue;
      caseId = candidate.id;
      reference = candidate.reference;
      openDebts = open;
      debt = open[0];
      creditor = debt.accountReferenceMasked
        ? `${debt.creditorName} ${debt.accountReferenceMasked}`
        : debt.creditorName;
      commitBp = (await api<{ commitBp: number }>(`/cases/${caseId}/affordability`)).commitBp;
      return;
    }
  }
  throw new Error('no demo case in negotiation without an agreement');
}

const screenshot = (name: string) =>
  page.screenshot({ path: resolve(ARTIFACTS, name), fullPage: true, animations: 'disabled' });

/** Notices fade after a few seconds; a screenshot of the page is clearer without them. */
const noticesGone = () =>
  expect.poll(() => page.locator('.MuiSnackbar-root').count(), { timeout: 10000 }).toBe(0);

const openTab = async (label: string) => {
  await page.getByRole('tab', { name: t(`accord.cases.tabs.${label}`) }).click();
};
const months = (n: number) => t('accord.proposals.months_count', { smart_count: n }, n);
const debtSection = (): Locator =>
  page
    .getByTestId('debt-proposals')
    .filter({ has: page.getByRole('heading', { name: creditor, exact: true }) });
const liveFigure = (testId: string) =>
  page.getByTestId('live-affordability').getByTestId(testId).textContent();

describe('the financial statement', () => {
  it('works out what the client can pay while a new statement is typed, and shares it across the debts', async () => {
    await page.goto(`${product.baseUrl}/#/cases/${caseId}/show/statement`);
    await page.getByRole('heading', { level: 1, name: reference }).waitFor();
    const current = (await api<{ data: Statement[] }>(`/financial-statements?caseId=${caseId}`)).data.find(
      (s) => s.isCurrent,
    );
    if (!current) throw new Error('the demo case has no financial statement');
    await page.getByRole('button', { name: t('accord.statements.new') }).click();
    const form = page.getByRole('region', { name: t('accord.statements.new_title') });

    // The form starts from the current statement, and so do the live figures.
    const figures = (incomeFen: number, extraDebtFen: number) =>
      affordability(
        {
          incomeFen: [incomeFen, ...current.income.slice(1).map((l) => l.amountFen)],
          essentialSpendingFen: current.essentialSpending.map((l) => l.amountFen),
          otherDebtPaymentsFen: [...current.otherDebts.map((l) => l.monthlyPaymentFen), extraDebtFen],
        },
        commitBp,
      );
    const before = figures(current.income[0].amountFen, 0);
    await expect.poll(() => liveFigure('monthly-capacity')).toBe(formatFen(before.capacityFen));

    // A raise: the first income line goes up, and the figures follow as it is typed.
    const income = form.getByLabel(t('accord.statements.amount')).first();
    await income.fill('60000');
    const raised = figures(6000000, 0);
    await expect.poll(() => liveFigure('disposable-income')).toBe(formatFen(raised.disposableFen));
    await expect.poll(() => liveFigure('monthly-capacity')).toBe(formatFen(raised.capacityFen));

    // A new loan from family takes part of it.
    await form.getByRole('button', { name: t('accord.statements.add_other_debt') }).click();
    await form.getByLabel(t('accord.statements.lender')).last().fill('親友借款');
    await form.getByLabel(t('accord.statements.monthly_payment')).last().fill('1500.5');
    const withLoan = figures(6000000, 150050);
    await expect.poll(() => liveFigure('monthly-capacity')).toBe(formatFen(withLoan.capacityFen));
    expect(withLoan.capacityFen).toBeLessThan(raised.capacityFen);
    await screenshot('negotiation-statement-form.png');

    await form.getByRole('button', { name: t('accord.statements.save') }).click();
    const saved = page.getByTestId('current-affordability');
    await expect
      .poll(() => saved.getByTestId('monthly-capacity').textContent())
      .toBe(formatFen(withLoan.capacityFen));
    // The capacity is shared across the open debts, and the statement before this one is kept.
    await expect.poll(() => page.getByTestId('capacity-share').count()).toBe(openDebts.length);
    await expect.poll(() => page.getByTestId('earlier-statement').count()).toBeGreaterThan(0);
    await noticesGone();
    await screenshot('negotiation-statement.png');
  });
});

describe('the contact log', () => {
  it('logs a call to the creditor’s hotline, now, with the next follow-up', async () => {
    await openTab('contacts');
    await page.getByRole('button', { name: t('accord.contacts.log') }).click();
    const dialog = page.getByRole('dialog', { name: t('accord.contacts.log_title') });
    // Defaults: the creditor, on their hotline.
    expect(await dialog.getByRole('radio', { name: t('accord.contact_parties.creditor') }).isChecked()).toBe(
      true,
    );
    expect(await dialog.getByText(t('accord.contact_channels.hotline')).count()).toBeGreaterThan(0);
    await dialog.getByLabel(t('resources.contacts.fields.person')).fill('客服 王小姐（工號 5521）');
    await dialog.getByLabel(t('resources.contacts.fields.summary')).fill(CALL_SUMMARY);
    await dialog.getByLabel(t('resources.contacts.fields.outcome')).fill('待提出書面方案');
    await dialog.getByLabel(t('accord.contacts.follow_up_date')).fill(addDays(today(), 3));
    await dialog.getByLabel(t('accord.contacts.follow_up_time')).fill('14:30');
    await page.screenshot({
      path: resolve(ARTIFACTS, 'negotiation-contact-dialog.png'),
      animations: 'disabled',
    });
    await dialog.getByRole('button', { name: t('ra.action.save') }).click();
    await dialog.waitFor({ state: 'detached' });

    const row = page.getByTestId('contact').filter({ hasText: CALL_SUMMARY });
    await row.waitFor();
    const text = await row.textContent();
    expect(text).toContain(t('accord.contact_parties.creditor'));
    expect(text).toContain(t('accord.contact_channels.hotline'));
    expect(text).toContain('14:30');
    await noticesGone();
    await screenshot('negotiation-contacts.png');
  });
});

describe('a proposal to the creditor', () => {
  it('starts from a suggested plan that fits the client’s capacity', async () => {
    await openTab('proposals');
    const section = debtSection();
    await section.getByTestId('suggestion').first().waitFor();
    const answer = await api<{ suggestions: Suggestion[] }>(`/debts/${debt.id}/proposal-suggestions`);
    chosen = answer.suggestions[0];
    // Plain installments' figures leave out the creditor's fee or interest, and the table says so.
    if (answer.suggestions.some((s) => s.kind === 'installments'))
      expect(await section.getByTestId('suggestions-charge-note').textContent()).toBe(
        t('accord.proposals.suggestions_no_charge'),
      );
    const kind = t(`accord.proposal_kinds.${chosen.kind}`);
    await section
      .getByRole('button', { name: t('accord.proposals.use_named', { kind, months: months(chosen.months) }) })
      .click();

    const dialog = page.getByRole('dialog', { name: t('accord.proposals.new_title', { creditor }) });
    expect(await dialog.getByLabel(t('resources.proposals.fields.totalFen')).inputValue()).toBe(
      hundredthsText(chosen.totalFen),
    );
    expect(await dialog.getByLabel(t('resources.proposals.fields.months')).inputValue()).toBe(
      String(chosen.months),
    );
    expect(await dialog.getByLabel(t('resources.proposals.fields.firstDueDate')).inputValue()).not.toBe('');
    await dialog
      .getByText(t('accord.proposals.first_installment', { amount: formatFen(chosen.monthlyFen) }))
      .waitFor();
    if (chosen.kind === 'installments') {
      // A plain plan may carry the creditor's fee: typed, the dialog says what it adds and the total.
      await dialog.getByRole('combobox', { name: t('resources.proposals.fields.chargeKind') }).click();
      await page.getByRole('option', { name: t('accord.plan_charge_kinds.monthly_fee') }).click();
      await dialog.getByLabel(t('resources.proposals.fields.chargeRatePpm')).fill('0.6');
      const figures = planFiguresOf({
        totalFen: chosen.totalFen,
        months: chosen.months,
        graceMonths: 0,
        chargeKind: 'monthly_fee',
        chargeRatePpm: 6000,
      });
      await dialog
        .getByText(
          t('accord.proposals.with_charges', {
            charges: formatFen(figures.chargesFen),
            total: formatFen(figures.payableFen),
          }),
          { exact: false },
        )
        .waitFor();
      // This creditor agreed without a fee: set back, nothing of it is sent.
      await dialog.getByRole('combobox', { name: t('resources.proposals.fields.chargeKind') }).click();
      await page.getByRole('option', { name: t('accord.plan_charge_kinds.none') }).click();
    } else {
      // 停息掛賬 carries no fee or interest: the form says so and offers none.
      await dialog.getByText(t('accord.proposals.freeze_no_charge')).waitFor();
      expect(
        await dialog.getByRole('combobox', { name: t('resources.proposals.fields.chargeKind') }).count(),
      ).toBe(0);
    }
    await page.screenshot({
      path: resolve(ARTIFACTS, 'negotiation-proposal-dialog.png'),
      animations: 'disabled',
    });
    await dialog.getByRole('button', { name: t('ra.action.save') }).click();
    await dialog.waitFor({ state: 'detached' });

    const proposal = section.getByTestId('proposal').first();
    await expect.poll(() => proposal.getAttribute('data-status')).toBe('draft');
    expect(await proposal.getByTestId('proposal-status').textContent()).toBe(
      t('accord.proposal_statuses.draft'),
    );
    expect(await proposal.getByTestId('proposal-terms').textContent()).toContain(formatFen(chosen.totalFen));
  });

  it('is submitted, then accepted by the creditor with the first due date they agreed to', async () => {
    const section = debtSection();
    const proposal = section.getByTestId('proposal').first();
    await proposal.getByRole('button', { name: t('accord.proposals.actions.submit') }).click();
    await expect.poll(() => proposal.getAttribute('data-status')).toBe('submitted');

    await proposal.getByRole('button', { name: t('accord.proposals.actions.accept') }).click();
    const dialog = page.getByRole('dialog', { name: t('accord.proposals.accept_title', { creditor }) });
    // A date already past is refused before anything is sent.
    const date = dialog.getByLabel(t('resources.proposals.fields.firstDueDate'));
    await date.fill(addDays(today(), -1));
    await dialog.getByText(t('accord.proposals.first_due_in_past')).waitFor();
    expect(
      await dialog.getByRole('button', { name: t('accord.proposals.actions.accept') }).isDisabled(),
    ).toBe(true);
    await date.fill(firstDueDate());
    await dialog.getByText(t('accord.proposals.first_due_changed')).waitFor();
    await dialog.getByLabel(t('resources.proposals.fields.creditorAnswer')).fill(ANSWER);
    await page.screenshot({
      path: resolve(ARTIFACTS, 'negotiation-accept-dialog.png'),
      animations: 'disabled',
    });
    await dialog.getByRole('button', { name: t('accord.proposals.actions.accept') }).click();
    await dialog.waitFor({ state: 'detached' });

    await section.getByText(t('accord.proposals.agreed')).waitFor();
    const accepted = section
      .getByTestId('proposal')
      .filter({ has: page.locator('[data-status="accepted"]') });
    await accepted.waitFor();
    expect(await accepted.textContent()).toContain(ANSWER);
    // Agreed: no more suggestions or new proposals for this debt.
    expect(await section.getByTestId('suggestion').count()).toBe(0);
    await noticesGone();
    await screenshot('negotiation-proposals.png');
  });
});

describe('the repayment plan', () => {
  it('records the first payment in full: the installment is paid and the plan on track', async () => {
    await agreeTheRestAndMove();
    await page.reload();
    await openTab('repayment');
    const plan = page
      .getByTestId('repayment-plan')
      .filter({ has: page.getByRole('heading', { name: t('accord.repayment.plan_title', { creditor }) }) });
    await plan.waitFor();
    expect(await plan.getByTestId('plan-status').textContent()).toBe(t('accord.plan_statuses.on_track'));
    const first = plan.getByTestId('installment').first();
    expect(await first.getByTestId('installment-status').textContent()).toBe(
      t('accord.installment_statuses.due'),
    );
    const planId = (
      await api<{ data: { id: string; debtId: string }[] }>(`/cases/${caseId}/repayment-plans`)
    ).data.find((p) => p.debtId === debt.id)?.id;
    const state = await api<{ installments: { amountFen: number; dueDate: string }[] }>(
      `/repayment-plans/${planId}`,
    );
    const { amountFen, dueDate } = state.installments[0];
    expect(dueDate).toBe(firstDueDate());
    expect(await first.textContent()).toContain(formatFen(amountFen));

    await plan.getByRole('button', { name: t('accord.repayment.record_payment') }).click();
    const dialog = page.getByRole('dialog', {
      name: t('accord.repayment.record_title', { number: 1, creditor }),
    });
    // What the installment needs, paid today.
    expect(await dialog.getByLabel(t('accord.repayment.columns.amount')).inputValue()).toBe(
      hundredthsText(amountFen),
    );
    expect(await dialog.getByLabel(t('accord.repayment.columns.paid_on')).inputValue()).toBe(today());
    await dialog.getByLabel(t('accord.repayment.columns.reference')).fill('2026112522001');
    // Paid to the creditor's own account, named as the receipt shows it.
    expect(await dialog.getByLabel(t('accord.repayment.columns.payee')).inputValue()).toBe(creditor);
    await dialog.getByLabel(t('accord.repayment.columns.payee')).fill(`${debt.creditorName}還款專戶`);
    // The transfer screenshot goes with it, as proof.
    await dialog.getByLabel(t('accord.repayment.proof')).setInputFiles({
      name: '轉帳截圖.png',
      mimeType: 'image/png',
      buffer: paperPng(320, 200, 5),
    });
    await page.screenshot({
      path: resolve(ARTIFACTS, 'negotiation-payment-dialog.png'),
      animations: 'disabled',
    });
    await dialog.getByRole('button', { name: t('accord.repayment.record_payment') }).click();
    await dialog.waitFor({ state: 'detached' });

    await expect
      .poll(() => first.getByTestId('installment-status').textContent())
      .toBe(t('accord.installment_statuses.paid'));
    expect(await plan.getByTestId('plan-status').textContent()).toBe(t('accord.plan_statuses.on_track'));
    expect(await plan.getByTestId('plan-paid').textContent()).toContain(
      t('accord.repayment.paid_of', { paid: formatFen(amountFen), total: formatFen(chosen.totalFen) }),
    );
    // The payment lists with its reference and its proof.
    const payment = plan.getByTestId('payment').first();
    await expect.poll(() => payment.textContent()).toContain('轉帳截圖.png');
    expect(await payment.textContent()).toContain('2026112522001');
    expect(await payment.getByTestId('payment-payee').textContent()).toContain(
      `${debt.creditorName}還款專戶`,
    );
    expect(await payment.getByTestId('payment-allocation').textContent()).toBe(
      t('accord.repayment.went_to', { number: 1, amount: formatFen(amountFen) }),
    );
    await page.getByTestId('savings').waitFor();
    await noticesGone();
    await screenshot('negotiation-repayment.png');
  });

  it('writes the agreement and the payment on the timeline', async () => {
    await openTab('timeline');
    await page.locator('li[data-kind="payment.recorded"]').first().waitFor();
    const accepted = page.locator('li[data-kind="proposal.accepted"]').first();
    expect(await accepted.textContent()).toContain(t('accord.timeline.kinds.proposal.accepted'));
    expect(await page.locator('li[data-kind="financial_statement.recorded"]').count()).toBeGreaterThan(0);
  });
});

describe('plans as the demo firm has them', () => {
  it('say how a plan with the creditor’s fee adds up, and which installments were paid late', async () => {
    const manager = await signedInApi(product.baseUrl, 'admin@accord.test');
    const managerPage = await signedInPage(browser, product.baseUrl, 'admin@accord.test');
    interface Plan {
      caseId: string;
      currency: Currency;
      baseFen: number;
      chargesFen: number;
      installments: { status: string; daysLate: number }[];
    }
    const plans: Plan[] = [];
    for (const stage of ['repaying', 'agreed', 'credit_repair']) {
      const cases = await manager<{ data: { id: string }[] }>(`/cases?stage=${stage}&perPage=100`);
      for (const c of cases.data)
        plans.push(...(await manager<{ data: Plan[] }>(`/cases/${c.id}/repayment-plans`)).data);
    }
    const withFee = plans.find((p) => p.chargesFen > 0);
    const paidLate = plans.find((p) => p.installments.some((i) => i.status === 'paid_late'));
    if (!withFee) throw new Error('no demo plan with the creditor’s fee');
    if (!paidLate) throw new Error('no demo plan with an installment paid late');
    const repaymentTab = async (caseId: string) => {
      await managerPage.goto(`${product.baseUrl}/#/cases/${caseId}/show`);
      await managerPage.getByRole('tab', { name: t('accord.cases.tabs.repayment') }).click();
    };
    await repaymentTab(withFee.caseId);
    const money = (fen: number) => formatMoney(fen, withFee.currency);
    const terms = managerPage.getByTestId('plan-terms').filter({ hasText: money(withFee.chargesFen) });
    await terms.first().waitFor();
    expect(await terms.first().textContent()).toContain(money(withFee.baseFen));
    await managerPage.screenshot({
      path: resolve(ARTIFACTS, 'negotiation-plan-with-fee.png'),
      fullPage: true,
      animations: 'disabled',
    });
    await repaymentTab(paidLate.caseId);
    const late = paidLate.installments.find((i) => i.status === 'paid_late') ?? { daysLate: 0 };
    await managerPage
      .getByTestId('installment-status')
      .filter({
        hasText: t('accord.repayment.paid_late_days', { smart_count: late.daysLate }, late.daysLate),
      })
      .first()
      .waitFor();
    await managerPage.screenshot({
      path: resolve(ARTIFACTS, 'negotiation-plan-paid-late.png'),
      fullPage: true,
      animations: 'disabled',
    });
    await managerPage.context().close();
  });
});
