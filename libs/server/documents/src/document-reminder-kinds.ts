import { payloadDocumentName, payloadText, reminderKind, type ReminderKind } from '@accord/server-reminders';

/** Documents' kinds: papers the client owes, due and overdue. */
export const DOCUMENT_REMINDER_KINDS: ReminderKind[] = [
  reminderKind(
    'document_due',
    {
      'zh-TW': (p) => ({
        title: `${payloadText(p.reference)} 文件今日到期`,
        body: `「${payloadDocumentName(p, 'zh-TW')}」應於 ${payloadText(p.dueDate)} 前收到。`,
      }),
      'zh-CN': (p) => ({
        title: `${payloadText(p.reference)} 材料今日到期`,
        body: `“${payloadDocumentName(p, 'zh-CN')}”应于 ${payloadText(p.dueDate)} 前收到。`,
      }),
      en: (p) => ({
        title: `${payloadText(p.reference)} document due today`,
        body: `"${payloadDocumentName(p, 'en')}" is due by ${payloadText(p.dueDate)}.`,
      }),
    },
    {
      'zh-TW': (p) => ({
        title: '文件提醒',
        body: `請於 ${payloadText(p.dueDate)} 前提供「${payloadDocumentName(p, 'zh-TW')}」，可使用承辦人傳給您的上傳連結。`,
      }),
      'zh-CN': (p) => ({
        title: '材料提醒',
        body: `请于 ${payloadText(p.dueDate)} 前提供“${payloadDocumentName(p, 'zh-CN')}”，可使用专员发给您的上传链接。`,
      }),
      en: (p) => ({
        title: 'Document reminder',
        body: `Please send "${payloadDocumentName(p, 'en')}" by ${payloadText(p.dueDate)}, using the upload link your case officer sent you.`,
      }),
    },
  ),
  reminderKind('document_overdue', {
    'zh-TW': (p) => ({
      title: `${payloadText(p.reference)} 文件逾期未收`,
      body: `「${payloadDocumentName(p, 'zh-TW')}」已過 ${payloadText(p.dueDate)} 期限，請聯絡客戶。`,
    }),
    'zh-CN': (p) => ({
      title: `${payloadText(p.reference)} 材料逾期未收`,
      body: `“${payloadDocumentName(p, 'zh-CN')}”已过 ${payloadText(p.dueDate)} 期限，请联系客户。`,
    }),
    en: (p) => ({
      title: `${payloadText(p.reference)} document overdue`,
      body: `"${payloadDocumentName(p, 'en')}" was due on ${payloadText(p.dueDate)}; contact the client.`,
    }),
  }),
];
