import { Box, Card, CardContent, Divider } from '@mui/material';
import { useId, useState } from 'react';
import { useLocaleState, useTranslate } from 'react-admin';
import { formatCalendarDate } from '../../common/firm';
import { PeriodPicker } from '../../common/PeriodPicker';
import { ReportDownloadButton } from '../../common/ReportDownloadButton';
import { ReportHeading } from '../../common/ReportHeading';
import { TeamSelect } from '../../common/TeamSelect';
import { usePeriod } from '../../common/usePeriod';
import { HomeGreeting } from '../HomeGreeting';
import { CourtFigures } from './CourtFigures';
import { CreditDisputeFigures } from './CreditDisputeFigures';
import { FunnelChart } from './FunnelChart';
import { OfficerTable } from './OfficerTable';
import { OpenByStageChart } from './OpenByStageChart';
import { OverdueChart } from './OverdueChart';
import { StageMediansTable } from './StageMediansTable';
import { useWorkload, workloadQuery } from './useWorkload';
import { WorkloadTotals } from './WorkloadTotals';
import { ReadError, ReadingBar } from '../../common/ReadProgress';

/**
 * The team's workload for a manager (their own team) or an administrator (the firm, or one team): the
 * totals, who carries what, what is late, how far the period's new cases got, and each officer's figures.
 * Open cases and late work are read as of now; what came in, was closed or agreed, within the period.
 */
export const TeamWorkload = ({ chooseTeam = false }: { chooseTeam?: boolean }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const titleId = useId();
  const { draft, period, change } = usePeriod();
  const [teamId, setTeamId] = useState<string | null>(null);
  const { data: report, error, loading, reload } = useWorkload(period, teamId);
  const firmWide = chooseTeam && teamId === null;

  return (
    <Box
      component="section"
      aria-labelledby={titleId}
      data-testid="team-workload"
      sx={{ display: 'flex', flexDirection: 'column', gap: 2 }}
    >
      <Card>
        <CardContent sx={{ '&:last-child': { pb: 2 } }}>
          <HomeGreeting />
          <Divider sx={{ my: 2 }} />
          <ReportHeading
            titleId={titleId}
            title={translate(firmWide ? 'accord.workload.title_firm' : 'accord.workload.title')}
            asOf={report?.asOf}
            snapshot={report?.source === 'snapshot'}
            summary={
              report
                ? translate('accord.workload.scope', {
                    from: formatCalendarDate(report.period.from, locale),
                    to: formatCalendarDate(report.period.to, locale),
                  })
                : undefined
            }
            loading={loading}
            onReload={reload}
            download={
              <ReportDownloadButton
                report="workload"
                query={workloadQuery(period, teamId)}
                fallbackName={`workload-${period.to}.csv`}
                disabled={!report}
              />
            }
          >
            {chooseTeam ? <TeamSelect value={teamId} onChange={setTeamId} /> : null}
            <PeriodPicker value={draft} onChange={change} />
          </ReportHeading>
        </CardContent>
        <ReadingBar loading={loading} />
      </Card>
      <ReadError error={error} onReload={reload} />
      {report ? (
        <>
          <WorkloadTotals totals={report.totals} />
          <CreditDisputeFigures teamId={teamId} />
          <CourtFigures firmWide={chooseTeam} />
          <OpenByStageChart officers={report.officers} />
          <Box
            sx={{
              display: 'grid',
              gap: 2,
              gridTemplateColumns: { xs: 'minmax(0, 1fr)', md: 'repeat(2, minmax(0, 1fr))' },
            }}
          >
            <OverdueChart officers={report.officers} />
            <FunnelChart funnel={report.funnel} />
          </Box>
          <OfficerTable report={report} />
          <StageMediansTable report={report} />
        </>
      ) : null}
    </Box>
  );
};
