import { Stack, TextField, ToggleButton, ToggleButtonGroup } from '@mui/material';
import { useTranslate } from 'react-admin';
import { lastDays, PERIOD_PRESETS, periodProblem, presetOf, type Period } from './period';

/**
 * The days a report covers: the last 7, 30 or 90 days in one click, or any two dates. What is wrong with
 * typed dates shows under them; the report keeps showing the last period that was right.
 */
export const PeriodPicker = ({ value, onChange }: { value: Period; onChange: (period: Period) => void }) => {
  const translate = useTranslate();
  const problem = periodProblem(value);
  const preset = presetOf(value);
  return (
    <Stack
      direction="row"
      spacing={1.5}
      useFlexGap
      sx={{ alignItems: 'flex-start', flexWrap: 'wrap' }}
      role="group"
      aria-label={translate('accord.period.label')}
      data-testid="period-picker"
    >
      <ToggleButtonGroup
        size="small"
        exclusive
        value={preset}
        onChange={(_, days: number | null) => days && onChange(lastDays(days))}
        sx={{ height: 40 }}
      >
        {PERIOD_PRESETS.map((days) => (
          <ToggleButton key={days} value={days} sx={{ px: 1.5, whiteSpace: 'nowrap', textTransform: 'none' }}>
            {translate('accord.period.last_days', { smart_count: days })}
          </ToggleButton>
        ))}
      </ToggleButtonGroup>
      <TextField
        type="date"
        size="small"
        label={translate('accord.period.from')}
        value={value.from}
        onChange={(event) => onChange({ ...value, from: event.target.value })}
        error={problem !== null}
        helperText={problem ? translate(problem) : undefined}
        slotProps={{ inputLabel: { shrink: true }, htmlInput: { 'data-testid': 'period-from' } }}
        sx={{ width: 170 }}
      />
      <TextField
        type="date"
        size="small"
        label={translate('accord.period.to')}
        value={value.to}
        onChange={(event) => onChange({ ...value, to: event.target.value })}
        error={problem !== null}
        slotProps={{ inputLabel: { shrink: true }, htmlInput: { 'data-testid': 'period-to' } }}
        sx={{ width: 170 }}
      />
    </Stack>
  );
};
