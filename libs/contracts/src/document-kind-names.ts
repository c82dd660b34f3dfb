import type { DocumentKind } from './documents';
import type { Locale } from './locales';

/**
 * The names of the papers, in the three languages: the dashboard's messages, the client's upload page and
 * the texts the API writes for an upload link all read them here, so officer, client and message call each
 * paper the same (bank_statements are the credit card statements creditors ask for).
 */
export const DOCUMENT_KIND_NAMES = {
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
    proof_of_income: 'Proof of income',
    hardship_unemployment: 'Proof of unemployment',
    hardship_medical: 'Medical certificate',
    hardship_disaster: 'Proof of disaster',
    hardship_other: 'Other proof of hardship',
    bank_statements: 'Credit card statements',
    debt_statement: 'Debt details screenshots',
    credit_report: 'Credit report',
    power_of_attorney: 'Power of attorney',
    service_agreement: 'Service agreement',
    financial_statement: 'Financial statement',
  },
} satisfies Record<Locale, Record<DocumentKind, string>>;
