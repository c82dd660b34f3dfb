import { BarChart } from '@mui/x-charts/BarChart';
import { useTranslate } from 'react-admin';
import { ChartCard } from './ChartCard';
import { STAGE_COLORS } from './chart-colors';
import { OPEN_STAGES, type OfficerWorkload } from './workload-figures';

/** One bar per officer, their open cases stacked by stage: who carries how much, and of what kind. */
export const OpenByStageChart = ({ officers }: { officers: OfficerWorkload[] }) => {
  const translate = useTranslate();
  const any = officers.some((o) => o.openCases > 0);
  return (
    <ChartCard
      testId="chart-open-by-stage"
      title={translate('accord.workload.charts.by_stage')}
      help={translate('accord.workload.charts.by_stage_help')}
      empty={any ? null : translate('accord.workload.charts.no_open_cases')}
    >
      <BarChart
        height={320}
        xAxis={[{ scaleType: 'band', data: officers.map((o) => o.name), categoryGapRatio: 0.45 }]}
        yAxis={[{ tickMinStep: 1, width: 36 }]}
        series={OPEN_STAGES.map((stage) => ({
          id: stage,
          label: translate(`accord.stages.${stage}`),
          data: officers.map((o) => o.openByStage[stage]),
          stack: 'open',
          color: STAGE_COLORS[stage],
        }))}
        grid={{ horizontal: true }}
        localeText={{ noData: translate('accord.workload.charts.no_data') }}
      />
    </ChartCard>
  );
};
