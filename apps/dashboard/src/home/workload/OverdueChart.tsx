import { BarChart } from '@mui/x-charts/BarChart';
import { useTranslate } from 'react-admin';
import { ChartCard } from './ChartCard';
import { OVERDUE_COLORS } from './chart-colors';
import { OVERDUE_KINDS, overdueItems, type OfficerWorkload } from './workload-figures';

/** Each officer's late work, by kind, officers down the side so their names have room. */
export const OverdueChart = ({ officers }: { officers: OfficerWorkload[] }) => {
  const translate = useTranslate();
  const any = officers.some((o) => overdueItems(o) > 0);
  return (
    <ChartCard
      testId="chart-overdue"
      title={translate('accord.workload.charts.overdue')}
      help={translate('accord.workload.charts.overdue_help')}
      empty={any ? null : translate('accord.workload.charts.nothing_overdue')}
    >
      <BarChart
        layout="horizontal"
        height={Math.max(220, 70 + officers.length * 34)}
        yAxis={[
          { scaleType: 'band', data: officers.map((o) => o.name), width: 'auto', categoryGapRatio: 0.35 },
        ]}
        xAxis={[{ tickMinStep: 1 }]}
        series={OVERDUE_KINDS.map((kind) => ({
          id: kind,
          label: translate(`accord.workload.overdue_kinds.${kind}`),
          data: officers.map((o) => o.overdue[kind]),
          stack: 'overdue',
          color: OVERDUE_COLORS[kind],
        }))}
        grid={{ vertical: true }}
        localeText={{ noData: translate('accord.workload.charts.no_data') }}
      />
    </ChartCard>
  );
};
