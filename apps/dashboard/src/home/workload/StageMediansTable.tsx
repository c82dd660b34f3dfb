import {
  Card,
  CardContent,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { useId } from 'react';
import { useLocaleState, useTranslate } from 'react-admin';
import { OfficerName } from './OfficerName';
import { formatDays, OPEN_STAGES, type WorkloadReport } from './workload-figures';

/**
 * How long each officer's cases stay in each stage: the median of the stays that ended in the period, so
 * a stage where cases pile up stands out. A dash: no stay in that stage ended.
 */
export const StageMediansTable = ({ report }: { report: WorkloadReport }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const titleId = useId();
  if (report.officers.length === 0) return null;
  return (
    <Card component="section" aria-labelledby={titleId}>
      <CardContent sx={{ pb: 1 }}>
        <Typography id={titleId} variant="subtitle1" component="h3" sx={{ fontWeight: 600 }}>
          {translate('accord.workload.medians.title')}
        </Typography>
        <Typography variant="body2" color="text.secondary">
          {translate('accord.workload.medians.help')}
        </Typography>
      </CardContent>
      <TableContainer>
        <Table size="small" aria-labelledby={titleId} data-testid="workload-medians">
          <TableHead>
            <TableRow>
              <TableCell>{translate('accord.workload.table.officer')}</TableCell>
              {OPEN_STAGES.map((stage) => (
                <TableCell key={stage} align="right" sx={{ whiteSpace: 'nowrap' }}>
                  {translate(`accord.stages.${stage}`)}
                </TableCell>
              ))}
            </TableRow>
          </TableHead>
          <TableBody>
            {report.officers.map((officer) => (
              <TableRow
                key={officer.officerId}
                data-testid="workload-medians-officer"
                data-officer-id={officer.officerId}
              >
                <TableCell sx={{ whiteSpace: 'nowrap' }}>
                  <OfficerName officerId={officer.officerId} name={officer.name} />
                </TableCell>
                {OPEN_STAGES.map((stage) => (
                  <TableCell
                    key={stage}
                    align="right"
                    data-stage={stage}
                    sx={{ fontVariantNumeric: 'tabular-nums' }}
                  >
                    {formatDays(officer.medianDaysByStage[stage], locale)}
                  </TableCell>
                ))}
              </TableRow>
            ))}
            <TableRow
              sx={{ '& td': { fontWeight: 600, borderBottom: 'none' } }}
              data-testid="workload-medians-totals"
            >
              <TableCell>{translate('accord.workload.table.totals')}</TableCell>
              {OPEN_STAGES.map((stage) => (
                <TableCell
                  key={stage}
                  align="right"
                  data-stage={stage}
                  sx={{ fontVariantNumeric: 'tabular-nums' }}
                >
                  {formatDays(report.totals.medianDaysByStage[stage], locale)}
                </TableCell>
              ))}
            </TableRow>
          </TableBody>
        </Table>
      </TableContainer>
    </Card>
  );
};
