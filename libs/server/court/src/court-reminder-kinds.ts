import type { Locale } from '@accord/contracts';
import { payloadText, reminderKind, type ReminderKind } from '@accord/server-reminders';

type P = Record<string, unknown>;

const SITTING: Record<Locale, Record<string, string>> = {
  'zh-TW': { hearing: '開庭', mediation: '調解' },
  'zh-CN': { hearing: '开庭', mediation: '调解' },
  en: { hearing: 'hearing', mediation: 'mediation' },
};
const DEADLINE: Record<Locale, Record<string, string>> = {
  'zh-TW': { answer_deadline: '答辯（異議）期限', appeal_deadline: '上訴（抗告）期限' },
  'zh-CN': { answer_deadline: '答辩（异议）期限', appeal_deadline: '上诉期限' },
  en: { answer_deadline: 'answer (objection) deadline', appeal_deadline: 'appeal deadline' },
};
const word = (words: Record<Locale, Record<string, string>>, locale: Locale, p: P) =>
  words[locale][payloadText(p.eventKind)] ?? payloadText(p.eventKind);
const where = (p: P) => [payloadText(p.court), payloadText(p.room)].filter(Boolean).join(' ');

/**
 * The court's kinds: a sitting coming (staff, and a plainer one for the client), a deadline coming, and one
 * passed with nothing recorded (to the manager). They carry the case reference, the court and the time,
 * never the client's ID number or phone.
 */
export const COURT_REMINDER_KINDS: ReminderKind[] = [
  reminderKind('hearing_upcoming', {
    'zh-TW': (p) => ({
      title: `${payloadText(p.reference)} ${payloadText(p.date)} ${payloadText(p.time)} ${word(SITTING, 'zh-TW', p)}`,
      body: `${where(p)}（${payloadText(p.caseNumber)}）。請確認出席人員、應帶文件，並已通知客戶。`,
    }),
    'zh-CN': (p) => ({
      title: `${payloadText(p.reference)} ${payloadText(p.date)} ${payloadText(p.time)} ${word(SITTING, 'zh-CN', p)}`,
      body: `${where(p)}（${payloadText(p.caseNumber)}）。请确认出庭人员、应带材料，并已通知客户。`,
    }),
    en: (p) => ({
      title: `${payloadText(p.reference)} ${word(SITTING, 'en', p)} on ${payloadText(p.date)} at ${payloadText(p.time)}`,
      body: `${where(p)} (${payloadText(p.caseNumber)}). Check who attends, the papers to bring, and that the client knows.`,
    }),
  }),
  reminderKind(
    'hearing_client',
    {
      'zh-TW': (p) => ({
        title: `${payloadText(p.reference)} 已提醒客戶 ${payloadText(p.date)} ${word(SITTING, 'zh-TW', p)}`,
        body: `${where(p)} ${payloadText(p.time)}。`,
      }),
      'zh-CN': (p) => ({
        title: `${payloadText(p.reference)} 已提醒客户 ${payloadText(p.date)} ${word(SITTING, 'zh-CN', p)}`,
        body: `${where(p)} ${payloadText(p.time)}。`,
      }),
      en: (p) => ({
        title: `${payloadText(p.reference)} client reminded of the ${word(SITTING, 'en', p)} on ${payloadText(p.date)}`,
        body: `${where(p)} at ${payloadText(p.time)}.`,
      }),
    },
    {
      'zh-TW': (p) => ({
        title: `${word(SITTING, 'zh-TW', p)}提醒`,
        body: `您的案件將於 ${payloadText(p.date)} ${payloadText(p.time)} 在 ${where(p)} ${word(SITTING, 'zh-TW', p)}。請攜帶身分證件準時到場；如無法出席，請儘快聯絡您的承辦人。`,
      }),
      'zh-CN': (p) => ({
        title: `${word(SITTING, 'zh-CN', p)}提醒`,
        body: `您的案件将于 ${payloadText(p.date)} ${payloadText(p.time)} 在 ${where(p)} ${word(SITTING, 'zh-CN', p)}。请携带身份证件准时到场；如无法出席，请尽快联系您的专员。`,
      }),
      en: (p) => ({
        title: `Your ${word(SITTING, 'en', p)} reminder`,
        body: `Your case has a ${word(SITTING, 'en', p)} on ${payloadText(p.date)} at ${payloadText(p.time)}, ${where(p)}. Bring your identity card and be on time; if you cannot attend, call your case officer at once.`,
      }),
    },
  ),
  reminderKind('court_deadline_due', {
    'zh-TW': (p) => ({
      title: `${payloadText(p.reference)} ${word(DEADLINE, 'zh-TW', p)}至 ${payloadText(p.date)}`,
      body: `${payloadText(p.court)}（${payloadText(p.caseNumber)}）。請於期限內遞狀，或記錄客戶決定不提出的理由。`,
    }),
    'zh-CN': (p) => ({
      title: `${payloadText(p.reference)} ${word(DEADLINE, 'zh-CN', p)}至 ${payloadText(p.date)}`,
      body: `${payloadText(p.court)}（${payloadText(p.caseNumber)}）。请在期限内提交，或记录客户决定不提出的理由。`,
    }),
    en: (p) => ({
      title: `${payloadText(p.reference)} ${word(DEADLINE, 'en', p)} on ${payloadText(p.date)}`,
      body: `${payloadText(p.court)} (${payloadText(p.caseNumber)}). File in time, or record why the client decided not to.`,
    }),
  }),
  reminderKind('court_deadline_passed', {
    'zh-TW': (p) => ({
      title: `${payloadText(p.reference)} ${word(DEADLINE, 'zh-TW', p)}已過，未見記錄`,
      body: `${payloadText(p.court)}（${payloadText(p.caseNumber)}）的期限 ${payloadText(p.date)} 已屆滿，案件上沒有遞狀或決定不提出的記錄，請立即向承辦人確認。`,
    }),
    'zh-CN': (p) => ({
      title: `${payloadText(p.reference)} ${word(DEADLINE, 'zh-CN', p)}已过，未见记录`,
      body: `${payloadText(p.court)}（${payloadText(p.caseNumber)}）的期限 ${payloadText(p.date)} 已届满，案件上没有提交或决定不提出的记录，请立即向专员确认。`,
    }),
    en: (p) => ({
      title: `${payloadText(p.reference)} ${word(DEADLINE, 'en', p)} passed with nothing recorded`,
      body: `The deadline of ${payloadText(p.date)} at ${payloadText(p.court)} (${payloadText(p.caseNumber)}) has passed and the case records no filing and no decision not to file: check with the officer now.`,
    }),
  }),
];
