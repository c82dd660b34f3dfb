import { payloadText, reminderKind, type ReminderKind } from '@accord/server-reminders';

/** The credit record's kinds: a dispute's answer coming due, and passed without one. Staff only. */
export const CREDIT_RECORD_REMINDER_KINDS: ReminderKind[] = [
  reminderKind('credit_dispute_due', {
    'zh-TW': (p) => ({
      title: `${payloadText(p.reference)} 異議申請待回覆`,
      body: `${payloadText(p.filedOn)} 向 ${payloadText(p.institution)} 相關單位提出的異議申請應於 20 日內書面回覆，請追蹤並記錄回覆結果。`,
    }),
    'zh-CN': (p) => ({
      title: `${payloadText(p.reference)} 异议申请待答复`,
      body: `${payloadText(p.filedOn)} 就 ${payloadText(p.institution)} 提出的异议申请应于 20 日内书面答复，请跟进并记录答复结果。`,
    }),
    en: (p) => ({
      title: `${payloadText(p.reference)} dispute answer due`,
      body: `The dispute about ${payloadText(p.institution)} filed on ${payloadText(p.filedOn)} is due a written answer within 20 days: chase it and record the outcome.`,
    }),
  }),
  reminderKind('credit_dispute_overdue', {
    'zh-TW': (p) => ({
      title: `${payloadText(p.reference)} 異議申請逾期未回覆`,
      body: `${payloadText(p.filedOn)} 就 ${payloadText(p.institution)} 提出的異議申請已超過 20 日仍未記錄回覆，請確認承辦人已追蹤。`,
    }),
    'zh-CN': (p) => ({
      title: `${payloadText(p.reference)} 异议申请逾期未答复`,
      body: `${payloadText(p.filedOn)} 就 ${payloadText(p.institution)} 提出的异议申请已超过 20 日仍未记录答复，请确认专员已跟进。`,
    }),
    en: (p) => ({
      title: `${payloadText(p.reference)} dispute answer overdue`,
      body: `No answer is recorded for the dispute about ${payloadText(p.institution)} filed on ${payloadText(p.filedOn)}, 20 days on: check the officer is chasing it.`,
    }),
  }),
];
