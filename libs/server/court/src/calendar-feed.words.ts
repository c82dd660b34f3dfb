import type { CourtEventKind, CourtMatterKind, Locale } from '@accord/contracts';

/** The feed's words: calendars show them as they are, so they are written here in each language. */
export const FEED_WORDS: Record<
  Locale,
  {
    name: string;
    matter: string;
    caseNumber: string;
    room: string;
    kinds: Partial<Record<CourtEventKind, string>>;
    matterKinds: Record<CourtMatterKind, string>;
  }
> = {
  'zh-TW': {
    name: 'Accord 開庭與期限',
    matter: '程序',
    caseNumber: '案號',
    room: '法庭',
    kinds: {
      hearing: '開庭',
      mediation: '調解',
      answer_deadline: '答辯／異議期限',
      appeal_deadline: '上訴／抗告期限',
    },
    matterKinds: {
      lawsuit: '民事訴訟',
      payment_order: '支付命令',
      arbitration: '仲裁',
      pre_suit_mediation: '訴前調解',
      rehabilitation: '更生',
      liquidation: '清算',
    },
  },
  'zh-CN': {
    name: 'Accord 开庭与期限',
    matter: '程序',
    caseNumber: '案号',
    room: '法庭',
    kinds: {
      hearing: '开庭',
      mediation: '调解',
      answer_deadline: '答辩／异议期限',
      appeal_deadline: '上诉期限',
    },
    matterKinds: {
      lawsuit: '民事诉讼',
      payment_order: '支付令',
      arbitration: '仲裁',
      pre_suit_mediation: '诉前调解',
      rehabilitation: '更生',
      liquidation: '清算',
    },
  },
  en: {
    name: 'Accord hearings and deadlines',
    matter: 'Matter',
    caseNumber: 'Case number',
    room: 'Room',
    kinds: {
      hearing: 'Hearing',
      mediation: 'Mediation',
      answer_deadline: 'Answer deadline',
      appeal_deadline: 'Appeal deadline',
    },
    matterKinds: {
      lawsuit: 'Lawsuit',
      payment_order: 'Payment order',
      arbitration: 'Arbitration',
      pre_suit_mediation: 'Mediation before suit',
      rehabilitation: 'Rehabilitation (更生)',
      liquidation: 'Liquidation (清算)',
    },
  },
};
