import type { Role } from '@accord/contracts';
import { Alert, Box, Card, CardContent, Typography } from '@mui/material';
import { useId, useState } from 'react';
import { Title, useLocaleState, usePermissions, useTranslate } from 'react-admin';
import { formatCalendarDate } from '../common/firm';
import { PeriodPicker } from '../common/PeriodPicker';
import { ReportDownloadButton } from '../common/ReportDownloadButton';
import { ReportHeading } from '../common/ReportHeading';
import { TeamSelect } from '../common/TeamSelect';
import { usePeriod } from '../common/usePeriod';
import { CreditorReportTable } from './CreditorReportTable';
import { creditorReportQuery, useCreditorReport } from './useCreditorReport';
import { ReadingBar } from '../common/ReadProgress';

export const CREDITOR_REPORT_PATH = '/reports/creditors';

/**
 * How each creditor answers the firm's proposals (managers: their team's; administrators: the firm's or
 * one team's), for a period: what to offer whom, and what to expect.
 */
export const CreditorReportPage = () => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const { permissions: role } = usePermissions<Role | undefined>();
  const titleId = useId();
  const { draft, period, change } = usePeriod();
  const [teamId, setTeamId] = useState<string | null>(null);
  const { data: report, error, loading, reload } = useCreditorReport(period, teamId);
  const text = (key: string, options?: Record<string, unknown>) =>
    translate(`accord.creditor_report.${key}`, options);

  return (
    <Box sx={{ mt: 2, mb: 4, maxWidth: 1280, display: 'flex', flexDirection: 'column', gap: 2 }}>
      <Title title="accord.creditor_report.title" />
      <Card component="section" aria-labelledby={titleId} data-testid="creditor-report-page">
        <CardContent sx={{ pb: 2 }}>
          <ReportHeading
            titleId={titleId}
            title={text('title')}
            asOf={report?.asOf}
            summary={
              report
                ? text('help', {
                    from: formatCalendarDate(report.period.from, locale),
                    to: formatCalendarDate(report.period.to, locale),
                  })
                : undefined
            }
            loading={loading}
            onReload={reload}
            download={
              <ReportDownloadButton
                report="reports/creditors"
                query={creditorReportQuery(period, teamId)}
                fallbackName={`creditor-report-${period.to}.csv`}
                disabled={!report}
              />
            }
          >
            {role === 'admin' ? <TeamSelect value={teamId} onChange={setTeamId} /> : null}
            <PeriodPicker value={draft} onChange={change} />
          </ReportHeading>
        </CardContent>
        <ReadingBar loading={loading} />
        {error ? (
          <Alert severity="error" sx={{ m: 2 }}>
            {error}
          </Alert>
        ) : null}
        {report ? (
          report.creditors.length ? (
            <CreditorReportTable rows={report.creditors} labelledBy={titleId} />
          ) : (
            <Typography
              variant="body2"
              color="text.secondary"
              sx={{ p: 2 }}
              data-testid="creditor-report-empty"
            >
              {text('empty')}
            </Typography>
          )
        ) : null}
      </Card>
    </Box>
  );
};
