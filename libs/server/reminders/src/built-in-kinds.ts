import {
  CURRENCIES,
  DOCUMENT_KIND_NAMES,
  type Currency,
  type DocumentKind,
  type Locale,
} from '@accord/contracts';
import { formatMoney } from '@accord/domain';
import type { EntityManager } from 'typeorm';
import type { FiringReminder, ReminderKind } from './reminder-kinds';

type Texts = Record<Locale, (p: Record<string, unknown>) => { title: string; body: string }>;

/** The amount in its plan's debt's currency (NT$ for a Taiwan bank's plan); yuan for older payloads. */
const money = (p: Record<string, unknown>) =>
  formatMoney(
    Number(p.amountFen ?? 0),
    (CURRENCIES as readonly unknown[]).includes(p.currency) ? (p.currency as Currency) : 'CNY',
  );
const str = (v: unknown) => (v === undefined || v === null ? '' : String(v));
const docName = (p: Record<string, unknown>, locale: Locale) =>
  DOCUMENT_KIND_NAMES[locale][p.documentKind as DocumentKind] ?? str(p.documentKind);

function kind(
  name: string,
  staff: Texts,
  client?: Texts,
  gather?: (manager: EntityManager, reminder: FiringReminder) => Promise<Record<string, unknown> | null>,
): ReminderKind {
  return {
    kind: name,
    render: (payload, locale, recipient) =>
      (recipient === 'client' && client ? client : staff)[locale](payload),
    gather,
  };
}

/** The kinds of today's work; wording for officers and managers, and a plainer one for clients. */
/** The kinds the engine knows from the start; the digest gathers its counts when it fires. */
export function builtInKinds(gatherDigest: NonNullable<ReminderKind['gather']>): ReminderKind[] {
  return [
    kind(
      'installment_due',
      {
        'zh-TW': (p) => ({
          title: `${str(p.reference)} 第 ${str(p.number)} 期將於 ${str(p.dueDate)} 到期`,
          body: `應繳 ${money(p)}，請提醒客戶準時繳款。`,
        }),
        'zh-CN': (p) => ({
          title: `${str(p.reference)} 第 ${str(p.number)} 期将于 ${str(p.dueDate)} 到期`,
          body: `应还 ${money(p)}，请提醒客户按时还款。`,
        }),
        en: (p) => ({
          title: `${str(p.reference)} installment ${str(p.number)} due on ${str(p.dueDate)}`,
          body: `${money(p)} is due; remind the client to pay on time.`,
        }),
      },
      {
        'zh-TW': (p) => ({
          title: '還款提醒',
          body: `您的還款計劃第 ${str(p.number)} 期 ${money(p)} 將於 ${str(p.dueDate)} 到期，請準時繳款。如有困難請聯絡您的承辦人。`,
        }),
        'zh-CN': (p) => ({
          title: '还款提醒',
          body: `您的还款计划第 ${str(p.number)} 期 ${money(p)} 将于 ${str(p.dueDate)} 到期，请按时还款。如有困难请联系您的专员。`,
        }),
        en: (p) => ({
          title: 'Payment reminder',
          body: `Installment ${str(p.number)} of your repayment plan, ${money(p)}, is due on ${str(p.dueDate)}. If you cannot pay, call your case officer.`,
        }),
      },
    ),
    kind('installment_missed', {
      'zh-TW': (p) => ({
        title: `${str(p.reference)} 第 ${str(p.number)} 期未繳`,
        body: `${str(p.dueDate)} 到期的 ${money(p)} 尚未繳清，請儘快聯絡客戶，避免債權人取消協議。`,
      }),
      'zh-CN': (p) => ({
        title: `${str(p.reference)} 第 ${str(p.number)} 期未还`,
        body: `${str(p.dueDate)} 到期的 ${money(p)} 尚未还清，请尽快联系客户，避免债权人取消协议。`,
      }),
      en: (p) => ({
        title: `${str(p.reference)} installment ${str(p.number)} missed`,
        body: `${money(p)} due on ${str(p.dueDate)} is unpaid; contact the client before the creditor cancels the plan.`,
      }),
    }),
    kind(
      'document_due',
      {
        'zh-TW': (p) => ({
          title: `${str(p.reference)} 文件今日到期`,
          body: `「${docName(p, 'zh-TW')}」應於 ${str(p.dueDate)} 前收到。`,
        }),
        'zh-CN': (p) => ({
          title: `${str(p.reference)} 材料今日到期`,
          body: `“${docName(p, 'zh-CN')}”应于 ${str(p.dueDate)} 前收到。`,
        }),
        en: (p) => ({
          title: `${str(p.reference)} document due today`,
          body: `"${docName(p, 'en')}" is due by ${str(p.dueDate)}.`,
        }),
      },
      {
        'zh-TW': (p) => ({
          title: '文件提醒',
          body: `請於 ${str(p.dueDate)} 前提供「${docName(p, 'zh-TW')}」，可使用承辦人傳給您的上傳連結。`,
        }),
        'zh-CN': (p) => ({
          title: '材料提醒',
          body: `请于 ${str(p.dueDate)} 前提供“${docName(p, 'zh-CN')}”，可使用专员发给您的上传链接。`,
        }),
        en: (p) => ({
          title: 'Document reminder',
          body: `Please send "${docName(p, 'en')}" by ${str(p.dueDate)}, using the upload link your case officer sent you.`,
        }),
      },
    ),
    kind('document_overdue', {
      'zh-TW': (p) => ({
        title: `${str(p.reference)} 文件逾期未收`,
        body: `「${docName(p, 'zh-TW')}」已過 ${str(p.dueDate)} 期限，請聯絡客戶。`,
      }),
      'zh-CN': (p) => ({
        title: `${str(p.reference)} 材料逾期未收`,
        body: `“${docName(p, 'zh-CN')}”已过 ${str(p.dueDate)} 期限，请联系客户。`,
      }),
      en: (p) => ({
        title: `${str(p.reference)} document overdue`,
        body: `"${docName(p, 'en')}" was due on ${str(p.dueDate)}; contact the client.`,
      }),
    }),
    kind('follow_up', {
      'zh-TW': (p) => ({ title: `${str(p.reference)} 待追蹤`, body: `上次聯繫：${str(p.summary)}` }),
      'zh-CN': (p) => ({ title: `${str(p.reference)} 待跟进`, body: `上次联系：${str(p.summary)}` }),
      en: (p) => ({ title: `${str(p.reference)} follow-up`, body: `Last contact: ${str(p.summary)}` }),
    }),
    kind('stale_case', {
      'zh-TW': (p) => ({
        title: `${str(p.reference)} 已 ${str(p.days)} 天沒有進展`,
        body: `最後一次紀錄在 ${str(p.lastActivityOn)}，請確認案件狀況。`,
      }),
      'zh-CN': (p) => ({
        title: `${str(p.reference)} 已 ${str(p.days)} 天没有进展`,
        body: `最后一次记录在 ${str(p.lastActivityOn)}，请确认案件状况。`,
      }),
      en: (p) => ({
        title: `${str(p.reference)}: no activity for ${str(p.days)} days`,
        body: `Last recorded on ${str(p.lastActivityOn)}; check on the case.`,
      }),
    }),
    kind(
      'morning_digest',
      {
        'zh-TW': (p) => ({
          title: `今日工作（${str(p.date)}）`,
          body: `今日待辦提醒 ${str(p.reminders)} 則、到期分期 ${str(p.installments)} 筆、待追蹤 ${str(p.followUps)} 件、到期文件 ${str(p.documents)} 項。`,
        }),
        'zh-CN': (p) => ({
          title: `今日工作（${str(p.date)}）`,
          body: `今日待办提醒 ${str(p.reminders)} 条、到期分期 ${str(p.installments)} 笔、待跟进 ${str(p.followUps)} 件、到期材料 ${str(p.documents)} 项。`,
        }),
        en: (p) => ({
          title: `Today (${str(p.date)})`,
          body: `${str(p.reminders)} reminders, ${str(p.installments)} installments due, ${str(p.followUps)} follow-ups, ${str(p.documents)} documents due.`,
        }),
      },
      undefined,
      gatherDigest,
    ),
  ];
}
