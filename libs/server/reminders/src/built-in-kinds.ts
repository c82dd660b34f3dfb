import type { ReminderKind } from './reminder-kinds';
import { payloadText, reminderKind } from './reminder-wording';

/** The engine's own kinds: a case gone quiet (its sweep) and the morning digest, whose counts the features give. */
export function enginesOwnKinds(gatherDigest: NonNullable<ReminderKind['gather']>): ReminderKind[] {
  return [
    reminderKind('stale_case', {
      'zh-TW': (p) => ({
        title: `${payloadText(p.reference)} 已 ${payloadText(p.days)} 天沒有進展`,
        body: `最後一次紀錄在 ${payloadText(p.lastActivityOn)}，請確認案件狀況。`,
      }),
      'zh-CN': (p) => ({
        title: `${payloadText(p.reference)} 已 ${payloadText(p.days)} 天没有进展`,
        body: `最后一次记录在 ${payloadText(p.lastActivityOn)}，请确认案件状况。`,
      }),
      en: (p) => ({
        title: `${payloadText(p.reference)}: no activity for ${payloadText(p.days)} days`,
        body: `Last recorded on ${payloadText(p.lastActivityOn)}; check on the case.`,
      }),
    }),
    reminderKind(
      'morning_digest',
      {
        'zh-TW': (p) => ({
          title: `今日工作（${payloadText(p.date)}）`,
          body: `今日待辦提醒 ${payloadText(p.reminders)} 則、到期分期 ${payloadText(p.installments)} 筆、待追蹤 ${payloadText(p.followUps)} 件、到期文件 ${payloadText(p.documents)} 項。`,
        }),
        'zh-CN': (p) => ({
          title: `今日工作（${payloadText(p.date)}）`,
          body: `今日待办提醒 ${payloadText(p.reminders)} 条、到期分期 ${payloadText(p.installments)} 笔、待跟进 ${payloadText(p.followUps)} 件、到期材料 ${payloadText(p.documents)} 项。`,
        }),
        en: (p) => ({
          title: `Today (${payloadText(p.date)})`,
          body: `${payloadText(p.reminders)} reminders, ${payloadText(p.installments)} installments due, ${payloadText(p.followUps)} follow-ups, ${payloadText(p.documents)} documents due.`,
        }),
      },
      undefined,
      gatherDigest,
    ),
  ];
}
