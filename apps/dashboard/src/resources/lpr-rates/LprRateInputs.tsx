import { DateInput, maxLength, required, TextInput, type Validator } from 'react-admin';
import { HundredthsInput } from '../../common/HundredthsInput';
import { hundredthsText } from '../../common/hundredths';

// The API's bounds: more than zero, at most 100 % a year (10000 bp), said in percent as typed.
const MAX_BP = 10000;
const positive: Validator = (value: unknown) =>
  typeof value === 'number' && value <= 0 ? 'accord.lpr.rate_positive' : undefined;
const atMost: Validator = (value: unknown) =>
  typeof value === 'number' && value > MAX_BP
    ? { message: 'ra.validation.maxValue', args: { max: hundredthsText(MAX_BP) } }
    : undefined;

/**
 * Shared by Create and Edit: rates typed in percent with two decimals ("3.85") and kept in basis points.
 * The date is the row's identity, so it is set once: a wrong date is deleted and added again.
 */
export const LprRateInputs = ({ mode }: { mode: 'create' | 'edit' }) => (
  <>
    <DateInput
      source="effectiveOn"
      validate={required()}
      disabled={mode === 'edit'}
      helperText={mode === 'edit' ? 'accord.lpr.date_fixed_help' : 'accord.lpr.date_help'}
    />
    <HundredthsInput
      source="oneYearBp"
      endAdornment="%"
      validate={[required(), positive, atMost]}
      helperText="accord.lpr.one_year_help"
    />
    <HundredthsInput source="fiveYearBp" endAdornment="%" validate={[positive, atMost]} />
    <TextInput
      source="source"
      multiline
      validate={[required(), maxLength(2000)]}
      helperText="accord.lpr.source_help"
      fullWidth
    />
  </>
);
