import type { DocumentKind, Locale } from '@accord/contracts';

/** Short names of the papers, for the message the officer sends with an upload link. */
export const DOCUMENT_KIND_NAMES: Record<Locale, Record<DocumentKind, string>> = {
  'zh-TW': {
    id_card_front: '身分證正面',
    id_card_back: '身分證背面',
    proof_of_income: '收入證明',
    hardship_unemployment: '失業證明',
    hardship_medical: '醫療證明',
    hardship_disaster: '災害證明',
    hardship_other: '其他困難證明',
    bank_statements: '信用卡帳單',
    debt_statement: '欠款明細截圖',
    credit_report: '信用報告',
    power_of_attorney: '委託書',
    service_agreement: '服務協議',
    financial_statement: '財務狀況說明書',
  },
  'zh-CN': {
    id_card_front: '身份证正面',
    id_card_back: '身份证背面',
    proof_of_income: '收入证明',
    hardship_unemployment: '失业证明',
    hardship_medical: '医疗证明',
    hardship_disaster: '灾害证明',
    hardship_other: '其他困难证明',
    bank_statements: '信用卡账单',
    debt_statement: '欠款明细截图',
    credit_report: '信用报告',
    power_of_attorney: '委托书',
    service_agreement: '服务协议',
    financial_statement: '财务状况说明书',
  },
  en: {
    id_card_front: 'ID card (front)',
    id_card_back: 'ID card (back)',
    proof_of_income: 'proof of income',
    hardship_unemployment: 'proof of unemployment',
    hardship_medical: 'medical certificate',
    hardship_disaster: 'proof of disaster',
    hardship_other: 'other proof of hardship',
    bank_statements: 'credit card statements',
    debt_statement: 'debt details screenshots',
    credit_report: 'credit report',
    power_of_attorney: 'power of attorney',
    service_agreement: 'service agreement',
    financial_statement: 'financial statement',
  },
};

const TEXT: Record<
  Locale,
  (url: string, until: string, items: string[]) => { sms: string; wechat: string; email: string }
> = {
  'zh-TW': (url, until, items) => ({
    sms: `【Accord】您好，請於 ${until} 前透過此連結上傳文件：${url} 尚缺：${items.join('、')}。`,
    wechat: `您好，我們正在為您與債權人協商。請於 ${until} 前點選以下連結上傳所需文件（手機拍照即可）：\n${url}\n目前尚缺：\n${items.map((i) => `・${i}`).join('\n')}\n如有問題請直接回覆此訊息。`,
    email: `您好：\n\n為繼續與債權人協商，請於 ${until} 前透過以下連結上傳文件：\n${url}\n\n目前尚缺：\n${items.map((i) => `- ${i}`).join('\n')}\n\n此連結僅供您本人使用，請勿轉寄。\n`,
  }),
  'zh-CN': (url, until, items) => ({
    sms: `【Accord】您好，请于 ${until} 前通过此链接上传文件：${url} 尚缺：${items.join('、')}。`,
    wechat: `您好，我们正在为您与债权人协商。请于 ${until} 前点击以下链接上传所需文件（手机拍照即可）：\n${url}\n目前尚缺：\n${items.map((i) => `・${i}`).join('\n')}\n如有问题请直接回复此消息。`,
    email: `您好：\n\n为继续与债权人协商，请于 ${until} 前通过以下链接上传文件：\n${url}\n\n目前尚缺：\n${items.map((i) => `- ${i}`).join('\n')}\n\n此链接仅供您本人使用，请勿转发。\n`,
  }),
  en: (url, until, items) => ({
    sms: `Accord: please upload your documents by ${until}: ${url} Still missing: ${items.join(', ')}.`,
    wechat: `Hello, we are negotiating with your creditors for you. Please upload the documents below by ${until} (a phone photo is fine):\n${url}\nStill missing:\n${items.map((i) => `• ${i}`).join('\n')}\nReply to this message with any question.`,
    email: `Hello,\n\nTo go on negotiating with your creditors, please upload your documents by ${until} here:\n${url}\n\nStill missing:\n${items.map((i) => `- ${i}`).join('\n')}\n\nThis link is for you alone; please do not forward it.\n`,
  }),
};

/** Ready-to-send texts (SMS, WeChat, e-mail) with the link and the papers still missing. */
export function uploadLinkMessages(locale: Locale, url: string, until: string, kinds: DocumentKind[]) {
  return TEXT[locale](
    url,
    until,
    kinds.map((k) => DOCUMENT_KIND_NAMES[locale][k]),
  );
}
