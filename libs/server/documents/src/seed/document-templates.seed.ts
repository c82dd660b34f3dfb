import type { CreditorProduct, DocumentKind } from '@accord/contracts';
import { addDays, planChecklist } from '@accord/domain';
import { debtsWithCases } from '@accord/server-cases';
import { joinCreditor } from '@accord/server-creditors';
import type { DataSource } from 'typeorm';

interface TemplateSeed {
  kind: DocumentKind;
  required: boolean;
  products: CreditorProduct[];
  dueDays: number;
  'zh-TW': string;
  'zh-CN': string;
  en: string;
}

/** The papers a debt-negotiation firm asks for, as it would write them to the client. */
export const DOCUMENT_TEMPLATE_SEEDS: TemplateSeed[] = [
  {
    kind: 'id_card_front',
    required: true,
    products: [],
    dueDays: 5,
    'zh-TW': '身分證正面清晰照片，四角完整、無反光。',
    'zh-CN': '身份证正面清晰照片，四角完整、无反光。',
    en: 'A clear photo of the front of your ID card, all four corners visible, no glare.',
  },
  {
    kind: 'id_card_back',
    required: true,
    products: [],
    dueDays: 5,
    'zh-TW': '身分證背面清晰照片。',
    'zh-CN': '身份证背面清晰照片。',
    en: 'A clear photo of the back of your ID card.',
  },
  {
    kind: 'power_of_attorney',
    required: true,
    products: [],
    dueDays: 7,
    'zh-TW': '簽名並註明日期的委託書，授權本公司代為與債權人協商。',
    'zh-CN': '签名并注明日期的委托书，授权本公司代为与债权人协商。',
    en: 'The signed and dated power of attorney letting us negotiate with your creditors.',
  },
  {
    kind: 'service_agreement',
    required: true,
    products: [],
    dueDays: 7,
    'zh-TW': '雙方簽署的服務協議（含收費方式）。',
    'zh-CN': '双方签署的服务协议（含收费方式）。',
    en: 'The service agreement signed by both sides, including the fee terms.',
  },
  {
    kind: 'proof_of_income',
    required: true,
    products: [],
    dueDays: 10,
    'zh-TW': '近三個月薪資單或收入證明；無收入者請說明。',
    'zh-CN': '近三个月工资单或收入证明；无收入者请说明。',
    en: 'Payslips or proof of income for the last three months; if you have none, tell us why.',
  },
  {
    kind: 'financial_statement',
    required: true,
    products: [],
    dueDays: 10,
    'zh-TW': '財務狀況說明書：收入、必要支出、扶養人數與其他負債。',
    'zh-CN': '财务状况说明书：收入、必要支出、抚养人数与其他负债。',
    en: 'Your financial statement: income, essential spending, dependants and other debts.',
  },
  {
    kind: 'hardship_unemployment',
    required: false,
    products: [],
    dueDays: 14,
    'zh-TW': '失業證明（離職證明、失業給付核定書等）。',
    'zh-CN': '失业证明（离职证明、失业金核定书等）。',
    en: 'Proof of unemployment (termination letter, unemployment benefit decision).',
  },
  {
    kind: 'hardship_medical',
    required: false,
    products: [],
    dueDays: 14,
    'zh-TW': '診斷證明書或住院證明。',
    'zh-CN': '诊断证明书或住院证明。',
    en: 'A medical certificate or proof of hospital stay.',
  },
  {
    kind: 'debt_statement',
    required: true,
    products: ['huabei', 'jiebei', 'online_loan', 'consumer_loan'],
    dueDays: 7,
    'zh-TW': 'App 內欠款明細截圖（含逾期金額與逾期日）。',
    'zh-CN': 'App 内欠款明细截图（含逾期金额与逾期日）。',
    en: 'Screenshots of the debt details in the lender’s app, showing the overdue amount and date.',
  },
  {
    kind: 'bank_statements',
    required: true,
    products: ['credit_card'],
    dueDays: 10,
    'zh-TW': '近六個月信用卡帳單。',
    'zh-CN': '近六个月信用卡账单。',
    en: 'Your credit card statements for the last six months.',
  },
  {
    kind: 'credit_report',
    required: false,
    products: ['credit_card', 'consumer_loan'],
    dueDays: 14,
    'zh-TW': '個人信用報告（可至徵信中心申請）。',
    'zh-CN': '个人信用报告（可向征信中心申请）。',
    en: 'Your personal credit report (available from the credit reference centre).',
  },
];

export async function seedDocumentTemplates(db: DataSource): Promise<{ seeded: boolean }> {
  const [{ count }] = await db.query(`SELECT count(*)::int AS count FROM document_templates`);
  if (count > 0) return { seeded: false };
  for (const t of DOCUMENT_TEMPLATE_SEEDS) {
    await db.query(
      `INSERT INTO document_templates (kind, descriptions, required, products, due_days) VALUES ($1, $2, $3, $4, $5)`,
      [t.kind, { 'zh-TW': t['zh-TW'], 'zh-CN': t['zh-CN'], en: t.en }, t.required, t.products, t.dueDays],
    );
  }
  return { seeded: true };
}

/**
 * Checklists for the demo cases already past intake: cases still collecting papers show a mix of
 * requested, received and verified items; cases further along have every required paper verified.
 */
export async function seedDemoChecklists(db: DataSource, today: string): Promise<{ seeded: boolean }> {
  const [{ count }] = await db.query(`SELECT count(*)::int AS count FROM document_requirements`);
  if (count > 0) return { seeded: false };
  const templates: {
    kind: DocumentKind;
    required: boolean;
    products: CreditorProduct[];
    due_days: number;
    active: boolean;
  }[] = await db.query(
    `SELECT kind, required, products, due_days, active FROM document_templates ORDER BY kind`,
  );
  const cases: { id: string; stage: string; officer_id: string; products: CreditorProduct[] }[] =
    await db.query(
      `SELECT c.id, c.stage, c.officer_id, array_agg(DISTINCT cr.product) AS products
       FROM ${debtsWithCases('d', 'c')} ${joinCreditor('cr', 'd.creditor_id')}
      WHERE c.stage NOT IN ('intake', 'closed') GROUP BY c.id ORDER BY c.reference`,
    );
  const statuses = ['verified', 'received', 'requested', 'verified', 'rejected'];
  for (const [n, c] of cases.entries()) {
    const plan = planChecklist(templates, c.products, []);
    for (const [i, item] of plan.add.entries()) {
      const template = templates.find((t) => t.kind === item.kind);
      const status =
        c.stage === 'documents' ? statuses[(n + i) % statuses.length] : item.required ? 'verified' : 'waived';
      await db.query(
        `INSERT INTO document_requirements (case_id, kind, required, status, due_on, received_at, verified_at, verified_by, rejection_reason, waiver_reason, waived_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
        [
          c.id,
          item.kind,
          item.required,
          status,
          addDays(today, (template?.due_days ?? 7) - ((n + i) % 12)),
          status === 'requested' ? null : new Date(),
          status === 'verified' ? new Date() : null,
          status === 'verified' ? c.officer_id : null,
          status === 'rejected' ? '照片模糊，請重新拍攝。' : null,
          status === 'waived' ? '客戶無此文件，主管同意免附。' : null,
          null,
        ],
      );
    }
  }
  return { seeded: true };
}
