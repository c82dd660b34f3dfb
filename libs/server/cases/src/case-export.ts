import type { Locale } from '@accord/contracts';
import { formatFen } from '@accord/domain';
import { stringify } from 'csv-stringify/sync';
import type { toCaseListItem } from './cases.service';

type Row = ReturnType<typeof toCaseListItem>;

const HEADERS: Record<Locale, string[]> = {
  'zh-TW': [
    '案件編號',
    '客戶',
    '承辦人',
    '階段',
    '未償金額',
    '逾期金額',
    '最長逾期天數',
    '訴訟風險',
    '開案日',
    '結案日',
  ],
  'zh-CN': [
    '案件编号',
    '客户',
    '承办人',
    '阶段',
    '未偿金额',
    '逾期金额',
    '最长逾期天数',
    '诉讼风险',
    '开案日',
    '结案日',
  ],
  en: [
    'Reference',
    'Client',
    'Officer',
    'Stage',
    'Outstanding',
    'Overdue',
    'Max days overdue',
    'Litigation risk',
    'Opened on',
    'Closed on',
  ],
};

/**
 * The case list as a spreadsheet: UTF-8 with a BOM so Excel reads Chinese correctly, amounts in yuan
 * without the currency sign (so they stay numbers), stage and risk as their stable codes.
 */
export function casesToCsv(rows: Row[], locale: Locale): string {
  const body = rows.map((r) => [
    r.reference,
    r.clientName ?? '',
    r.officerName ?? '',
    r.stage,
    formatFen(r.totalOutstandingFen, '').replace(/,/g, ''),
    formatFen(r.totalOverdueFen, '').replace(/,/g, ''),
    r.maxDaysOverdue,
    r.litigationRisk,
    r.openedOn,
    r.closedOn ?? '',
  ]);
  return `\uFEFF${stringify([HEADERS[locale], ...body])}`;
}
