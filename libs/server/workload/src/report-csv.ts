import {
  CASE_OUTCOMES,
  CURRENCIES,
  CASE_STAGES,
  PROPOSAL_KINDS,
  type CaseOutcome,
  type CreditorReport,
  type Locale,
  type OpenStage,
  type ProposalKind,
  type WorkloadReport,
} from '@accord/contracts';
import { formatFen } from '@accord/domain';
import { CsvNumber, type CsvCell } from '@accord/server-core';

const OPEN_STAGES = CASE_STAGES.filter((s): s is OpenStage => s !== 'closed');

interface Words {
  officer: string;
  open: string;
  opened: string;
  closed: string;
  overdueReminders: string;
  overdueDocuments: string;
  overdueFollowUps: string;
  missed: string;
  stale: string;
  underNegotiation: string;
  agreed: string;
  saved: string;
  medianDays: string;
  creditor: string;
  currency: string;
  submitted: string;
  accepted: string;
  rejected: string;
  acceptanceRate: string;
  medianDaysToAgreement: string;
  averageWaived: string;
  disputes: { answered: string; corrected: string; noErrorFound: string; cannotBeVerified: string };
  stages: Record<OpenStage, string>;
  outcomes: Record<CaseOutcome, string>;
  kinds: Record<ProposalKind, string>;
}

export const WORDS: Record<Locale, Words> = {
  'zh-TW': {
    officer: '承辦人',
    open: '進行中案件',
    opened: '期間新案',
    closed: '期間結案',
    overdueReminders: '逾期提醒',
    overdueDocuments: '逾期文件',
    overdueFollowUps: '逾期追蹤',
    missed: '未繳期數',
    stale: '停滯案件',
    underNegotiation: '協商中金額',
    agreed: '期間議定金額',
    saved: '期間為客戶節省',
    medianDays: '中位天數',
    creditor: '債權人',
    currency: '幣別',
    submitted: '提出方案',
    accepted: '接受',
    rejected: '拒絕',
    acceptanceRate: '接受率',
    medianDaysToAgreement: '達成協議中位天數',
    averageWaived: '平均減免罰息',
    disputes: {
      answered: '期間異議回覆',
      corrected: '已更正',
      noErrorFound: '查無錯誤',
      cannotBeVerified: '無法查證',
    },
    stages: {
      intake: '接案',
      documents: '文件蒐集',
      creditor_contact: '聯繫債權人',
      negotiating: '協商中',
      agreed: '達成協議',
      repaying: '還款中',
      credit_repair: '信用紀錄處理',
    },
    outcomes: { resolved: '已解決', withdrawn: '客戶撤回', failed: '協商未成', litigated: '進入訴訟' },
    kinds: {
      deferral: '延期還款',
      installments: '分期還款',
      interest_freeze: '停息掛賬',
      lump_sum: '一次性結清',
    },
  },
  'zh-CN': {
    officer: '承办人',
    open: '进行中案件',
    opened: '期间新案',
    closed: '期间结案',
    overdueReminders: '逾期提醒',
    overdueDocuments: '逾期文件',
    overdueFollowUps: '逾期跟进',
    missed: '未缴期数',
    stale: '停滞案件',
    underNegotiation: '协商中金额',
    agreed: '期间议定金额',
    saved: '期间为客户节省',
    medianDays: '中位天数',
    creditor: '债权人',
    currency: '币种',
    submitted: '提出方案',
    accepted: '接受',
    rejected: '拒绝',
    acceptanceRate: '接受率',
    medianDaysToAgreement: '达成协议中位天数',
    averageWaived: '平均减免罚息',
    disputes: {
      answered: '期间异议答复',
      corrected: '已更正',
      noErrorFound: '查无错误',
      cannotBeVerified: '无法核实',
    },
    stages: {
      intake: '接案',
      documents: '文件收集',
      creditor_contact: '联系债权人',
      negotiating: '协商中',
      agreed: '达成协议',
      repaying: '还款中',
      credit_repair: '信用记录处理',
    },
    outcomes: { resolved: '已解决', withdrawn: '客户撤回', failed: '协商未成', litigated: '进入诉讼' },
    kinds: {
      deferral: '延期还款',
      installments: '分期还款',
      interest_freeze: '停息挂账',
      lump_sum: '一次性结清',
    },
  },
  en: {
    officer: 'Officer',
    open: 'Open cases',
    opened: 'Opened in period',
    closed: 'Closed in period',
    overdueReminders: 'Overdue reminders',
    overdueDocuments: 'Overdue documents',
    overdueFollowUps: 'Overdue follow-ups',
    missed: 'Missed installments',
    stale: 'Stale cases',
    underNegotiation: 'Under negotiation',
    agreed: 'Agreed in period',
    saved: 'Saved for clients in period',
    medianDays: 'median days',
    creditor: 'Creditor',
    currency: 'Currency',
    submitted: 'Proposals',
    accepted: 'Accepted',
    rejected: 'Rejected',
    acceptanceRate: 'Acceptance rate',
    medianDaysToAgreement: 'Median days to agreement',
    averageWaived: 'Average penalty waived',
    disputes: {
      answered: 'Disputes answered',
      corrected: 'Corrected',
      noErrorFound: 'No error found',
      cannotBeVerified: 'Cannot be verified',
    },
    stages: {
      intake: 'Intake',
      documents: 'Documents',
      creditor_contact: 'Creditor contact',
      negotiating: 'Negotiating',
      agreed: 'Agreed',
      repaying: 'Repaying',
      credit_repair: 'Credit record',
    },
    outcomes: { resolved: 'Resolved', withdrawn: 'Withdrawn', failed: 'Failed', litigated: 'Litigated' },
    kinds: {
      deferral: 'Deferral',
      installments: 'Installments',
      interest_freeze: 'Interest freeze',
      lump_sum: 'Lump sum',
    },
  },
};

/** The amount without the sign or separators, so a spreadsheet reads a number; its currency is in the header or its own column. */
const yuan = (fen: number | null) =>
  fen === null ? null : new CsvNumber(formatFen(fen, '').replace(/,/g, ''));

/** A report as a spreadsheet's header and rows, for CsvExports to write. */
export interface ReportTable {
  header: string[];
  rows: CsvCell[][];
}
const joined = (locale: Locale, a: string, b: string) => (locale === 'en' ? `${a}: ${b}` : `${a}：${b}`);

/** One row per officer, then the team's totals, in the words of `locale`. */
export function workloadTable(report: WorkloadReport, locale: Locale): ReportTable {
  const w = WORDS[locale];
  const header = [
    w.officer,
    w.open,
    ...OPEN_STAGES.map((s) => w.stages[s]),
    w.opened,
    w.closed,
    ...CASE_OUTCOMES.map((o) => w.outcomes[o]),
    w.overdueReminders,
    w.overdueDocuments,
    w.overdueFollowUps,
    w.missed,
    w.stale,
    ...OPEN_STAGES.map((s) => joined(locale, w.medianDays, w.stages[s])),
    // Each money figure once per currency ("Agreed (TWD)"): yuan and Taiwan dollars are never added.
    ...[w.underNegotiation, w.agreed, w.saved].flatMap((figure) => CURRENCIES.map((c) => `${figure} (${c})`)),
  ];
  const line = (name: string, o: Omit<WorkloadReport['totals'], 'officers'>): CsvCell[] => [
    name,
    o.openCases,
    ...OPEN_STAGES.map((s) => o.openByStage[s]),
    o.opened,
    o.closed,
    ...CASE_OUTCOMES.map((k) => o.outcomes[k]),
    o.overdue.reminders,
    o.overdue.documents,
    o.overdue.followUps,
    o.missedInstallments,
    o.staleCases,
    ...OPEN_STAGES.map((s) => o.medianDaysByStage[s]),
    ...(['underNegotiationFen', 'agreedFen', 'savedFen'] as const).flatMap((figure) =>
      CURRENCIES.map((c) => yuan(o.money[c][figure])),
    ),
  ];
  const total = locale === 'en' ? 'Total' : locale === 'zh-CN' ? '合计' : '合計';
  return { header, rows: [...report.officers.map((o) => line(o.name, o)), line(total, report.totals)] };
}

/** One row per creditor: the totals, then each proposal kind's counts and acceptance rate. */
export function creditorReportTable(report: CreditorReport, locale: Locale): ReportTable {
  const w = WORDS[locale];
  const header = [
    w.creditor,
    w.currency,
    w.submitted,
    w.accepted,
    w.rejected,
    w.acceptanceRate,
    w.medianDaysToAgreement,
    w.averageWaived,
    w.agreed,
    w.disputes.answered,
    joined(locale, w.disputes.answered, w.disputes.corrected),
    joined(locale, w.disputes.answered, w.disputes.noErrorFound),
    joined(locale, w.disputes.answered, w.disputes.cannotBeVerified),
    ...PROPOSAL_KINDS.flatMap((k) =>
      [w.submitted, w.accepted, w.rejected, w.acceptanceRate].map((x) => joined(locale, w.kinds[k], x)),
    ),
  ];
  const rows = report.creditors.map((c): CsvCell[] => [
    c.name,
    c.currency,
    c.submitted,
    c.accepted,
    c.rejected,
    c.acceptanceRate,
    c.medianDaysToAgreement,
    yuan(c.averagePenaltyWaivedFen),
    yuan(c.agreedFen),
    c.disputes.answered,
    c.disputes.corrected,
    c.disputes.noErrorFound,
    c.disputes.cannotBeVerified,
    ...c.byKind.flatMap((k) => [k.submitted, k.accepted, k.rejected, k.acceptanceRate]),
  ]);
  return { header, rows };
}
