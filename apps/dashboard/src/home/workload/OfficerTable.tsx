import { CASE_OUTCOMES } from '@accord/contracts';
import {
  Card,
  CardContent,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableFooter,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { useId } from 'react';
import { useTranslate } from 'react-admin';
import type { Schema } from '../../providers/api';
import { WrappingHeading } from '../../common/WrappingHeading';
import { OfficerName } from './OfficerName';
import {
  moneyText,
  NO_FIGURE,
  overdueItems,
  type OfficerWorkload,
  type WorkloadReport,
} from './workload-figures';

type Figures = Omit<OfficerWorkload, 'officerId' | 'name' | 'teamId'>;

interface Column {
  key: string;
  kind: 'count' | 'late' | 'money' | 'outcomes';
  value: (f: Figures) => number;
}

/** The table's columns after the name, in order: what each reads, and how it shows. */
const COLUMNS: Column[] = [
  { key: 'openCases', kind: 'count', value: (f) => f.openCases },
  { key: 'opened', kind: 'count', value: (f) => f.opened },
  { key: 'closed', kind: 'count', value: (f) => f.closed },
  { key: 'outcomes', kind: 'outcomes', value: (f) => f.closed },
  { key: 'overdue', kind: 'late', value: overdueItems },
  { key: 'missedInstallments', kind: 'late', value: (f) => f.missedInstallments },
  { key: 'staleCases', kind: 'late', value: (f) => f.staleCases },
  { key: 'underNegotiationFen', kind: 'money', value: () => 0 },
  { key: 'agreedFen', kind: 'money', value: () => 0 },
  { key: 'savedFen', kind: 'money', value: () => 0 },
];

/**
 * Each officer's figures, one row each, their name leading to their cases, and the totals at the foot.
 * Outcomes are those of the cases closed in the period; late work reads in red.
 */
export const OfficerTable = ({ report }: { report: WorkloadReport }) => {
  const translate = useTranslate();
  const titleId = useId();
  const text = (key: string) => translate(`accord.workload.table.${key}`);

  const outcomes = (f: Figures) => {
    const closedWith = CASE_OUTCOMES.filter((o) => f.outcomes[o] > 0);
    if (!closedWith.length) return NO_FIGURE;
    return closedWith
      .map((o) => `${translate(`accord.outcomes.${o}`)} ${f.outcomes[o]}`)
      .join(translate('accord.list_separator'));
  };

  const cells = (f: Figures) =>
    COLUMNS.map(({ key, kind, value }) => (
      <TableCell
        key={key}
        align={kind === 'outcomes' ? 'left' : 'right'}
        data-figure={key}
        sx={{
          whiteSpace: 'nowrap',
          fontVariantNumeric: 'tabular-nums',
          color: kind === 'late' && value(f) > 0 ? 'error.main' : undefined,
        }}
      >
        {kind === 'outcomes'
          ? outcomes(f)
          : kind === 'money'
            ? moneyText(f.money, key as keyof Schema<'WorkloadMoneyFigures'>)
            : value(f)}
      </TableCell>
    ));

  return (
    <Card component="section" aria-labelledby={titleId}>
      <CardContent sx={{ pb: 1 }}>
        <Typography id={titleId} variant="subtitle1" component="h3" sx={{ fontWeight: 600 }}>
          {text('title')}
        </Typography>
        <Typography variant="body2" color="text.secondary">
          {text('help')}
        </Typography>
      </CardContent>
      {report.officers.length === 0 ? (
        <Typography variant="body2" color="text.secondary" sx={{ px: 2, pb: 2 }}>
          {text('empty')}
        </Typography>
      ) : (
        <TableContainer>
          <Table
            size="small"
            aria-labelledby={titleId}
            data-testid="workload-officers"
            // Eleven columns, three of them amounts: closer cells keep them all on screen.
            sx={{ '& th, & td': { px: 1.25 }, '& th:first-of-type, & td:first-of-type': { pl: 2 } }}
          >
            <TableHead>
              <TableRow>
                <TableCell sx={{ verticalAlign: 'bottom' }}>{text('officer')}</TableCell>
                {COLUMNS.map(({ key, kind }) => (
                  <TableCell
                    key={key}
                    align={kind === 'outcomes' ? 'left' : 'right'}
                    sx={{ verticalAlign: 'bottom' }}
                  >
                    <WrappingHeading>{text(key)}</WrappingHeading>
                  </TableCell>
                ))}
              </TableRow>
            </TableHead>
            <TableBody>
              {report.officers.map((officer) => (
                <TableRow
                  key={officer.officerId}
                  data-testid="workload-officer"
                  data-officer-id={officer.officerId}
                >
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>
                    <OfficerName officerId={officer.officerId} name={officer.name} />
                  </TableCell>
                  {cells(officer)}
                </TableRow>
              ))}
            </TableBody>
            <TableFooter>
              <TableRow
                data-testid="workload-totals-row"
                sx={{ '& td': { fontWeight: 600, color: 'text.primary', fontSize: '0.875rem' } }}
              >
                <TableCell>{text('totals')}</TableCell>
                {cells(report.totals)}
              </TableRow>
            </TableFooter>
          </Table>
        </TableContainer>
      )}
    </Card>
  );
};
