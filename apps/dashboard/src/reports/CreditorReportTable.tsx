import { PROPOSAL_KINDS, type ProposalKind } from '@accord/contracts';
import { formatMoney } from '@accord/domain';
import { Box, Table, TableBody, TableCell, TableContainer, TableHead, TableRow } from '@mui/material';
import { useLocaleState, useTranslate } from 'react-admin';
import { WrappingHeading } from '../common/WrappingHeading';
import { formatDays, formatRate, NO_FIGURE } from '../home/workload/workload-figures';
import type { Schema } from '../providers/api';

type CreditorReportRow = Schema<'CreditorReportRowView'>;

const numeric = { whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' } as const;

/**
 * One row per creditor that was sent a proposal in the period: how many, how they answered, how often
 * each kind of proposal is accepted (of those answered), how long agreement takes, how much penalty
 * interest they give up, and the total agreed.
 */
export const CreditorReportTable = ({
  rows,
  labelledBy,
}: {
  rows: CreditorReportRow[];
  labelledBy: string;
}) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const text = (key: string) => translate(`accord.creditor_report.columns.${key}`);
  const head = (key: string) => (
    <TableCell key={key} align="right" rowSpan={2} sx={{ verticalAlign: 'bottom' }}>
      <WrappingHeading maxWidth="4.5em">{text(key)}</WrappingHeading>
    </TableCell>
  );
  const kindCell = (row: CreditorReportRow, kind: ProposalKind) => {
    const figures = row.byKind.find((k) => k.kind === kind);
    const answered = figures ? figures.accepted + figures.rejected : 0;
    return (
      <TableCell key={kind} align="right" data-kind={kind} sx={numeric}>
        {figures ? formatRate(figures.acceptanceRate, locale) : NO_FIGURE}
        {answered ? (
          <Box component="span" sx={{ display: 'block', color: 'text.secondary', fontSize: '0.75rem' }}>
            {translate('accord.creditor_report.answered', { accepted: figures?.accepted ?? 0, answered })}
          </Box>
        ) : null}
      </TableCell>
    );
  };

  return (
    <TableContainer>
      <Table
        size="small"
        aria-labelledby={labelledBy}
        data-testid="creditor-report"
        // Fourteen columns: closer cells and headings on two lines keep the amounts on screen.
        sx={{ '& th, & td': { px: 1 }, '& th:first-of-type, & td:first-of-type': { pl: 2 } }}
      >
        <TableHead>
          <TableRow>
            <TableCell rowSpan={2} sx={{ verticalAlign: 'bottom' }}>
              {text('creditor')}
            </TableCell>
            {head('submitted')}
            {head('accepted')}
            {head('rejected')}
            {head('acceptance')}
            <TableCell align="center" colSpan={PROPOSAL_KINDS.length} sx={{ whiteSpace: 'nowrap', pb: 0.5 }}>
              {text('by_kind')}
            </TableCell>
            {head('median_days')}
            {head('average_waived')}
            {head('agreed')}
            {head('disputes')}
          </TableRow>
          <TableRow>
            {PROPOSAL_KINDS.map((kind) => (
              <TableCell key={kind} align="right" sx={{ fontWeight: 500, whiteSpace: 'nowrap' }}>
                {translate(`accord.proposal_kinds.${kind}`)}
              </TableCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map((row) => (
            <TableRow key={row.creditorId} data-testid="creditor-row" data-creditor-id={row.creditorId}>
              <TableCell sx={{ whiteSpace: 'nowrap' }} data-figure="name">
                {row.name}
              </TableCell>
              <TableCell align="right" sx={numeric} data-figure="submitted">
                {row.submitted}
              </TableCell>
              <TableCell align="right" sx={numeric} data-figure="accepted">
                {row.accepted}
              </TableCell>
              <TableCell align="right" sx={numeric} data-figure="rejected">
                {row.rejected}
              </TableCell>
              <TableCell align="right" sx={{ ...numeric, fontWeight: 600 }} data-figure="acceptanceRate">
                {formatRate(row.acceptanceRate, locale)}
              </TableCell>
              {PROPOSAL_KINDS.map((kind) => kindCell(row, kind))}
              <TableCell align="right" sx={numeric} data-figure="medianDaysToAgreement">
                {formatDays(row.medianDaysToAgreement, locale)}
              </TableCell>
              <TableCell align="right" sx={numeric} data-figure="averagePenaltyWaivedFen">
                {row.averagePenaltyWaivedFen === null
                  ? NO_FIGURE
                  : formatMoney(row.averagePenaltyWaivedFen, row.currency)}
              </TableCell>
              <TableCell align="right" sx={numeric} data-figure="agreedFen">
                {formatMoney(row.agreedFen, row.currency)}
              </TableCell>
              <TableCell align="right" sx={numeric} data-figure="disputes">
                {row.disputes.answered}
                {row.disputes.answered ? (
                  <Box
                    component="span"
                    sx={{ display: 'block', color: 'text.secondary', fontSize: '0.75rem' }}
                  >
                    {translate('accord.creditor_report.disputes_detail', row.disputes)}
                  </Box>
                ) : null}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
};
