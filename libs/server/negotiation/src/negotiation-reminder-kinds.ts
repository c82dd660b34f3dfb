import { payloadMoney, payloadText, reminderKind, type ReminderKind } from '@accord/server-reminders';

/** Negotiation's kinds: installments coming due and missed, and follow-ups of contacts. */
export const NEGOTIATION_REMINDER_KINDS: ReminderKind[] = [
  reminderKind(
    'installment_due',
    {
      'zh-TW': (p) => ({
        title: `${payloadText(p.reference)} 第 ${payloadText(p.number)} 期將於 ${payloadText(p.dueDate)} 到期`,
        body: `應繳 ${payloadMoney(p)}，請提醒客戶準時繳款。`,
      }),
      'zh-CN': (p) => ({
        title: `${payloadText(p.reference)} 第 ${payloadText(p.number)} 期将于 ${payloadText(p.dueDate)} 到期`,
        body: `应还 ${payloadMoney(p)}，请提醒客户按时还款。`,
      }),
      en: (p) => ({
        title: `${payloadText(p.reference)} installment ${payloadText(p.number)} due on ${payloadText(p.dueDate)}`,
        body: `${payloadMoney(p)} is due; remind the client to pay on time.`,
      }),
    },
    {
      'zh-TW': (p) => ({
        title: '還款提醒',
        body: `您的還款計劃第 ${payloadText(p.number)} 期 ${payloadMoney(p)} 將於 ${payloadText(p.dueDate)} 到期，請準時繳款。如有困難請聯絡您的承辦人。`,
      }),
      'zh-CN': (p) => ({
        title: '还款提醒',
        body: `您的还款计划第 ${payloadText(p.number)} 期 ${payloadMoney(p)} 将于 ${payloadText(p.dueDate)} 到期，请按时还款。如有困难请联系您的专员。`,
      }),
      en: (p) => ({
        title: 'Payment reminder',
        body: `Installment ${payloadText(p.number)} of your repayment plan, ${payloadMoney(p)}, is due on ${payloadText(p.dueDate)}. If you cannot pay, call your case officer.`,
      }),
    },
  ),
  reminderKind('installment_missed', {
    'zh-TW': (p) => ({
      title: `${payloadText(p.reference)} 第 ${payloadText(p.number)} 期未繳`,
      body: `${payloadText(p.dueDate)} 到期的 ${payloadMoney(p)} 尚未繳清，請儘快聯絡客戶，避免債權人取消協議。`,
    }),
    'zh-CN': (p) => ({
      title: `${payloadText(p.reference)} 第 ${payloadText(p.number)} 期未还`,
      body: `${payloadText(p.dueDate)} 到期的 ${payloadMoney(p)} 尚未还清，请尽快联系客户，避免债权人取消协议。`,
    }),
    en: (p) => ({
      title: `${payloadText(p.reference)} installment ${payloadText(p.number)} missed`,
      body: `${payloadMoney(p)} due on ${payloadText(p.dueDate)} is unpaid; contact the client before the creditor cancels the plan.`,
    }),
  }),
  reminderKind('follow_up', {
    'zh-TW': (p) => ({
      title: `${payloadText(p.reference)} 待追蹤`,
      body: `上次聯繫：${payloadText(p.summary)}`,
    }),
    'zh-CN': (p) => ({
      title: `${payloadText(p.reference)} 待跟进`,
      body: `上次联系：${payloadText(p.summary)}`,
    }),
    en: (p) => ({
      title: `${payloadText(p.reference)} follow-up`,
      body: `Last contact: ${payloadText(p.summary)}`,
    }),
  }),
];
