import { BarChart } from '@mui/x-charts/BarChart';
import { useLocaleState, useTranslate } from 'react-admin';
import type { Schema } from '../../providers/api';
import { ChartCard } from './ChartCard';
import { FUNNEL_COLOR } from './chart-colors';
import { formatRate, funnelLabel } from './workload-figures';

/**
 * The cases opened in the period, by the furthest step each has reached, top to bottom along the spine;
 * each bar says how many of the step before got this far.
 */
export const FunnelChart = ({ funnel }: { funnel: Schema<'WorkloadFunnelStep'>[] }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const stepName = (step: Schema<'WorkloadFunnelStep'>['step']) =>
    translate(step === 'resolved' ? 'accord.outcomes.resolved' : `accord.stages.${step}`);
  const opened = funnel[0]?.cases ?? 0;
  return (
    <ChartCard
      testId="chart-funnel"
      title={translate('accord.workload.charts.funnel')}
      help={translate('accord.workload.charts.funnel_help')}
      empty={opened > 0 ? null : translate('accord.workload.charts.nothing_opened')}
    >
      <BarChart
        layout="horizontal"
        height={300}
        yAxis={[
          {
            scaleType: 'band',
            data: funnel.map((f) => stepName(f.step)),
            width: 'auto',
            categoryGapRatio: 0.3,
            colorMap: {
              type: 'ordinal',
              values: funnel.map((f) => stepName(f.step)),
              colors: funnel.map((f) => FUNNEL_COLOR(f.step)),
            },
          },
        ]}
        xAxis={[{ tickMinStep: 1, max: Math.max(opened, 1) * 1.2 }]}
        series={[
          {
            id: 'funnel',
            label: translate('accord.workload.charts.funnel_series'),
            data: funnel.map((f) => f.cases),
            barLabel: (item) => {
              const step = funnel[item.dataIndex];
              return step ? funnelLabel(step, (rate) => formatRate(rate, locale)) : null;
            },
            barLabelPlacement: 'outside',
          },
        ]}
        hideLegend
        grid={{ vertical: true }}
        localeText={{ noData: translate('accord.workload.charts.no_data') }}
      />
    </ChartCard>
  );
};
