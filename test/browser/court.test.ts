import { addDays, calendarDateIn, taiwanIdFromSerial } from '@accord/domain';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatCalendarDate } from '../../apps/dashboard/src/common/firm';
import { signedInApi, type Api } from './support/api';
import { enText, zhTWText as t } from './support/messages';
import { ARTIFACTS, launchBrowser, startProduct, type Product } from './support/product';
import { signedInPage } from './support/session';

/**
 * [8/10] An officer records on a case of their own a suit brought against the client: the matter, the
 * summons received (its answer deadline appears, worked out), a hearing next week with its time and room;
 * a hearing dated before the summons is refused in the case policy's words. The case is made here through
 * the API, so the suite needs none of the demo firm's court records.
 */
const OFFICER = 'officer.wu@accord.test';
const today = () => calendarDateIn(new Date(), 'Asia/Taipei');
const shown = (date: string) => formatCalendarDate(date, 'zh-TW');

let product: Product;
let browser: Browser;
let page: Page;
let api: Api;
let caseId = '';

interface CourtView {
  matters: { id: string; events: { kind: string; occursOn: string; computedOn: string | null }[] }[];
  risk: { level: string };
}

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  [product, browser] = await Promise.all([startProduct(), launchBrowser()]);
  api = await signedInApi(product.baseUrl, OFFICER);
  const creditors = await api<{ data: { id: string; name: string }[] }>('/creditors?perPage=100');
  const card = creditors.data.find((c) => c.name === '招商銀行信用卡');
  const client = await api<{ id: string }>('/clients', {
    method: 'POST',
    body: {
      fullName: '賴建宏',
      idType: 'tw_national_id',
      idNumber: taiwanIdFromSerial(81801, 'H'),
      consentPurposes: ['debt_negotiation'],
    },
  });
  const opened = await api<{ id: string }>('/cases', {
    method: 'POST',
    body: { clientId: client.id, overdueReason: 'job_loss' },
  });
  caseId = opened.id;
  await api('/debts', {
    method: 'POST',
    body: {
      caseId,
      creditorId: card?.id,
      principalFen: 5_200_000,
      outstandingFen: 5_200_000,
      overdueFen: 5_200_000,
      overdueSince: addDays(today(), -100),
    },
  });
  page = await signedInPage(browser, product.baseUrl, OFFICER);
});

afterAll(async () => {
  await browser?.close();
  await product?.stop();
});

const shoot = (name: string) =>
  page.screenshot({ path: resolve(ARTIFACTS, name), fullPage: true, animations: 'disabled' });
const dialog = () => page.getByRole('dialog');
const SUIT_COURT = '上海市浦東新區人民法院';
const matter = (court = SUIT_COURT) => page.getByTestId('court-matter').filter({ hasText: court });
const events = (kind: string, court = SUIT_COURT) =>
  matter(court).locator(`[data-testid="court-event"][data-kind="${kind}"]`);
const court = () => api<CourtView>(`/cases/${caseId}/court`);
const choose = async (label: string, option: string) => {
  await dialog().getByLabel(label).click();
  await page.getByRole('option', { name: option, exact: true }).click();
};

describe('the court tab of a case', () => {
  it('says the litigation risk in words, and takes a collection notice', async () => {
    await page.goto(`${product.baseUrl}/#/cases/${caseId}/show`);
    await page.getByRole('tab', { name: t('accord.cases.tabs.court') }).click();
    await page.getByTestId('court-tab').waitFor();
    const risk = page.getByTestId('litigation-risk');
    await risk.getByText(t('accord.court.risk_reasons.OVERDUE_M3_PLUS', { days: 100 })).waitFor();
    await page.getByText(t('accord.court.matters.none')).waitFor();

    await risk.getByRole('button', { name: t('accord.court.demands.add') }).click();
    await dialog().locator('input[name="receivedOn"]').fill(addDays(today(), -20));
    await dialog()
      .getByRole('button', { name: t('accord.court.demands.add') })
      .click();
    await dialog().waitFor({ state: 'hidden' });
    await risk
      .getByTestId('creditor-demand')
      .filter({ hasText: t('accord.court.demand_kinds.collection_notice') })
      .waitFor();
    // One notice on a card above the Art. 196 line: the count of three months has not started yet.
    await risk.getByText(t('accord.court.risk_reasons.CARD_PRINCIPAL_AT_196', { smart_count: 1 })).waitFor();
  });

  it('records the suit, the summons with its answer deadline worked out, and a hearing next week', async () => {
    await page.getByRole('button', { name: t('accord.court.matters.add') }).click();
    await dialog().locator('input[name="court"]').fill(SUIT_COURT);
    await dialog().getByLabel(t('accord.court.fields.caseNumber')).fill('(2026)滬0115民初8180號');
    await dialog().getByLabel(t('accord.court.fields.claimant')).fill('招商銀行信用卡中心');
    await dialog().locator('input[name="claimedFen"]').fill('52000');
    await dialog()
      .getByRole('button', { name: t('accord.court.matters.add') })
      .click();
    await dialog().waitFor({ state: 'hidden' });
    await matter()
      .getByText(t('accord.court.matters.claimed', { amount: '¥52,000.00' }))
      .waitFor();
    // An open matter names the debt: the case is sued.
    await page
      .getByTestId('litigation-risk')
      .getByText(t('accord.court.risk_reasons.COURT_MATTER_OPEN'))
      .waitFor();

    const servedOn = addDays(today(), -3);
    await matter()
      .getByRole('button', { name: t('accord.court.add_event') })
      .click();
    // A matter with no summons yet starts from one.
    await dialog().locator('input[name="occursOn"]').fill(servedOn);
    await dialog()
      .getByRole('button', { name: t('accord.court.add_event') })
      .click();
    await dialog().waitFor({ state: 'hidden' });
    await events('summons_received').waitFor();
    await events('answer_deadline').waitFor();
    const answer = (await court()).matters[0].events.find((e) => e.kind === 'answer_deadline');
    expect(answer?.computedOn).toBeTruthy();
    expect(await events('answer_deadline').getByTestId('worked-out').textContent()).toBe(
      t(
        addDays(servedOn, 15) === answer?.computedOn
          ? 'accord.court.events.worked_out'
          : 'accord.court.events.worked_out_rolled',
        {
          date: shown(answer?.computedOn ?? ''),
          days: 15,
          from: shown(servedOn),
        },
      ),
    );

    const hearingOn = addDays(today(), 7);
    await matter()
      .getByRole('button', { name: t('accord.court.add_event') })
      .click();
    await dialog().locator('input[name="occursOn"]').fill(hearingOn);
    await dialog().locator('input[name="startsAt"]').fill('09:30');
    await dialog().getByLabel(t('accord.court.fields.room')).fill('第三法庭');
    await dialog().getByLabel(t('accord.court.attendees.client')).check();
    await page.screenshot({
      path: resolve(ARTIFACTS, 'court-event-dialog.png'),
      animations: 'disabled',
    });
    await dialog()
      .getByRole('button', { name: t('accord.court.add_event') })
      .click();
    await dialog().waitFor({ state: 'hidden' });
    const hearing = events('hearing');
    await hearing.waitFor();
    expect(await hearing.getByTestId('court-event-day').textContent()).toBe(
      `${shown(hearingOn)} ${t('accord.court.events.at_time', { time: '09:30' })} ${t('accord.court.events.room', { room: '第三法庭' })}`,
    );
    await hearing
      .getByText(
        t('accord.court.events.attending', {
          who: [t('accord.court.attendees.officer'), t('accord.court.attendees.client')].join(
            t('accord.list_separator'),
          ),
        }),
      )
      .waitFor();
    // In date order: the summons, the hearing next week, the answer deadline 15 days from the summons.
    const kinds = await matter()
      .getByTestId('court-event')
      .evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-kind')));
    expect(kinds).toEqual(['summons_received', 'hearing', 'answer_deadline']);
    // The notice of the save would cover the deadline in the picture.
    await page.getByText(t('accord.court.event_saved')).waitFor({ state: 'hidden' });
    await shoot('court-tab.png');
  });

  it('refuses a hearing dated before the summons, saying why in words', async () => {
    await matter()
      .getByRole('button', { name: t('accord.court.add_event') })
      .click();
    await choose(t('accord.court.fields.kind'), t('accord.court.event_kinds.hearing'));
    await dialog().locator('input[name="occursOn"]').fill(addDays(today(), -4));
    await dialog().locator('input[name="startsAt"]').fill('10:00');
    await dialog()
      .getByRole('button', { name: t('accord.court.add_event') })
      .click();
    const refusal = dialog().getByTestId('court-refusal');
    await refusal.getByText(t('accord.case_policy.HEARING_BEFORE_SUMMONS')).waitFor();
    expect(await refusal.textContent()).not.toContain('HEARING_BEFORE_SUMMONS');
    await page.screenshot({ path: resolve(ARTIFACTS, 'court-refused.png'), animations: 'disabled' });
    await dialog()
      .getByRole('button', { name: t('ra.action.cancel') })
      .click();
    await dialog().waitFor({ state: 'hidden' });
    expect(await events('hearing').count()).toBe(1);
    expect((await court()).risk.level).toBe('sued');
  });

  it('moves a deadline with its reason, and records one passed unrecorded as let pass', async () => {
    // A payment order whose objection period ran out before the firm heard of it, recorded at another desk.
    const debts = await api<{ data: { id: string }[] }>(`/debts?caseId=${caseId}`);
    const order = await api<{ id: string }>('/court-matters', {
      method: 'POST',
      body: { caseId, kind: 'payment_order', court: '杭州互聯網法院', debtIds: [debts.data[0].id] },
    });
    await api('/court-events', {
      method: 'POST',
      body: { matterId: order.id, kind: 'summons_received', occursOn: addDays(today(), -30) },
    });
    await page.reload();
    const passed = events('answer_deadline', '杭州互聯網法院');
    await passed.getByTestId('deadline-passed').waitFor();
    expect(await passed.getByTestId('deadline-passed').textContent()).toBe(t('accord.court.events.passed'));
    await passed.screenshot({ path: resolve(ARTIFACTS, 'court-deadline-passed.png') });

    await passed.getByRole('button', { name: t('accord.court.complete') }).click();
    await dialog().getByLabel(t('accord.court.outcomes.not_filed')).check();
    await dialog()
      .getByLabel(t('accord.court.fields.notFiledReason'))
      .fill('客戶確認欠款金額無誤，不提出異議');
    await dialog()
      .getByRole('button', { name: t('accord.court.complete') })
      .click();
    await dialog().waitFor({ state: 'hidden' });
    await passed
      .getByText(
        t('accord.court.events.let_pass', { date: shown(today()), note: '客戶確認欠款金額無誤，不提出異議' }),
      )
      .waitFor();
    expect(await passed.getByTestId('deadline-passed').count()).toBe(0);

    const answer = (await court()).matters
      .flatMap((m) => m.events)
      .find((e) => e.kind === 'answer_deadline' && e.computedOn && e.computedOn > today());
    const movedTo = addDays(answer?.computedOn ?? '', 3);
    await events('answer_deadline')
      .getByRole('button', { name: t('accord.court.move') })
      .click();
    await dialog().locator('input[name="occursOn"]').fill(movedTo);
    await dialog().getByLabel(t('accord.court.fields.changeReason')).fill('法院通知所載期限較晚');
    await dialog()
      .getByRole('button', { name: t('accord.court.move') })
      .click();
    await dialog().waitFor({ state: 'hidden' });
    await events('answer_deadline')
      .getByText(
        t('accord.court.events.moved', {
          date: shown(answer?.computedOn ?? ''),
          reason: '法院通知所載期限較晚',
        }),
      )
      .waitFor();
  });

  it('reads in English too, every label from the message files', async () => {
    // The app bar hides while the page is scrolled down.
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.getByRole('button', { name: '繁體中文' }).click();
    await page.getByRole('menuitem', { name: 'English' }).click();
    await page.getByRole('tab', { name: enText('accord.cases.tabs.court') }).waitFor();
    const tab = page.getByTestId('court-tab');
    await tab.getByText(enText('accord.court.risk.title')).waitFor();
    await events('hearing').getByText(enText('accord.court.event_kinds.hearing')).waitFor();
    const text = (await tab.textContent()) ?? '';
    expect(text).not.toMatch(/accord\.|resources\.|ra\.|undefined|NaN|[A-Z]{3,}_[A-Z_]+/);
    await shoot('court-tab-en.png');
  });
});
