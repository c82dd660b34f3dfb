import type { Locale } from '@accord/contracts';
import { formatFen } from '@accord/domain';
import { CsvNumber, type CsvCell } from '@accord/server-core';
import type { CaseListItem } from './views/case-list-item.view';

const HEADERS: Record<Locale, string[]> = {
  'zh-TW': [
    '案件編號',
    '客戶',
    '承辦人',
    '階段',
    '幣別',
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
    '币种',
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
    'Currency',
    'Outstanding',
    'Overdue',
    'Max days overdue',
    'Litigation risk',
    'Opened on',
    'Closed on',
  ],
};

/** Yuan without the sign or separators, so a spreadsheet reads a number. */
const yuan = (fen: number) => new CsvNumber(formatFen(fen, '').replace(/,/g, ''));

/**
 * The case list as a spreadsheet's header and rows: amounts without the currency sign (so they stay
 * numbers) beside their currency's code; a case owing in two currencies has a row for each, since yuan
 * and Taiwan dollars never add up. Stage and risk as their stable codes.
 */
export function caseExportTable(
  rows: CaseListItem[],
  locale: Locale,
): { header: string[]; rows: CsvCell[][] } {
  return {
    header: HEADERS[locale],
    rows: rows.flatMap((r) =>
      (r.totalsByCurrency.length ? r.totalsByCurrency : [null]).map((t) => [
        r.reference,
        r.clientName ?? '',
        r.officerName ?? '',
        r.stage,
        t?.currency ?? '',
        yuan(t?.outstandingFen ?? 0),
        yuan(t?.overdueFen ?? 0),
        r.maxDaysOverdue,
        r.litigationRisk,
        r.openedOn,
        r.closedOn ?? '',
      ]),
    ),
  };
}
