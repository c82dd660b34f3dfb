import { CURRENCY_OF_MARKET } from '@accord/contracts';
import {
  ArrayInput,
  BooleanInput,
  FormDataConsumer,
  NumberInput,
  SelectInput,
  SimpleFormIterator,
  TextInput,
  maxLength,
  maxValue,
  minValue,
  number,
  required,
  useTranslate,
  type Validator,
} from 'react-admin';
import {
  compoundingChoices,
  contactChannelChoices,
  lateFeeKindChoices,
  marketChoices,
  penaltyBaseChoices,
  productChoices,
} from '../../common/choices';
import { HundredthsInput, MoneyInput, PercentPpmInput } from '../../common/HundredthsInput';
import { hundredthsText } from '../../common/hundredths';
import { ppmPercentText } from '../../common/ppm';
import type { Market } from '../../common/vocabulary';
import { litigationPracticeChoices } from './litigation-practice';
import type { LateFeeForm } from './penalty-rule';

// The API's bounds: a daily rate of at most 10 % (100 000 ppm), caps of at most 10 000 %, a late fee's share
// of at most 100 % and amounts of at most ¥1,000,000, plans of 1–120 months, late fees for 1–120 cycles.
const MAX_DAILY_RATE_PPM = 100000;
const MAX_CAP_BP = 1000000;
const MAX_SHARE_BP = 10000;
const MAX_FEE_FEN = 100_000_000;

/** At most `max`, said in what the person typed (percent, yuan), not in the integer the API keeps. */
const atMost =
  (max: number, shown: (value: number) => string): Validator =>
  (value: unknown) =>
    typeof value === 'number' && value > max
      ? { message: 'ra.validation.maxValue', args: { max: shown(max) } }
      : undefined;

const whole =
  (message: string): Validator =>
  (value: unknown) =>
    typeof value === 'number' && !Number.isInteger(value) ? message : undefined;

const RATE = [required(), atMost(MAX_DAILY_RATE_PPM, ppmPercentText)];
const CAP = atMost(MAX_CAP_BP, hundredthsText);
const SHARE = [required(), atMost(MAX_SHARE_BP, hundredthsText)];
const FEE_CAP = atMost(MAX_FEE_FEN, hundredthsText);
const FEE = [required(), FEE_CAP];
const CYCLES = [number(), minValue(1), maxValue(120), whole('accord.creditors.whole_cycles')];
const MONTHS = [number(), minValue(1), maxValue(120), whole('accord.creditors.whole_months')];

/** The late fee's inputs for its kind; its amounts are in the currency of the creditor's market. */
const LateFeeInputs = ({ fee, market }: { fee: LateFeeForm | undefined; market: Market | undefined }) => {
  const currency = market ? CURRENCY_OF_MARKET[market] : null;
  const kind = fee?.kind ?? 'none';
  return (
    <>
      <SelectInput
        source="lateFee.kind"
        choices={lateFeeKindChoices}
        defaultValue="none"
        helperText="accord.creditors.late_fee_help"
        validate={required()}
      />
      {kind === 'share_of_minimum' ? (
        <>
          <HundredthsInput source="lateFee.shareBp" endAdornment="%" validate={SHARE} />
          <MoneyInput
            source="lateFee.capFen"
            currency={currency}
            helperText="accord.creditors.late_fee_cap_help"
            validate={FEE_CAP}
          />
        </>
      ) : null}
      {kind === 'fixed' ? <MoneyInput source="lateFee.fen" currency={currency} validate={FEE} /> : null}
      {kind === 'none' ? null : (
        <NumberInput
          source="lateFee.maxCycles"
          helperText="accord.creditors.max_cycles_help"
          min={1}
          max={120}
          step={1}
          validate={CYCLES}
        />
      )}
    </>
  );
};

/** A creditor product's settings, shared by Create and Edit; being active only matters once it exists. */
export const CreditorInputs = ({ mode }: { mode: 'create' | 'edit' }) => {
  const translate = useTranslate();
  return (
    <>
      <TextInput source="name" validate={[required(), maxLength(100)]} />
      <SelectInput source="product" choices={productChoices} validate={required()} />
      <SelectInput source="market" choices={marketChoices} defaultValue="CN" validate={required()} />
      <PercentPpmInput
        source="penaltyDailyRatePpm"
        endAdornment={translate('accord.creditors.percent_per_day')}
        helperText="accord.creditors.rate_help"
        validate={RATE}
      />
      <SelectInput
        source="penaltyBase"
        choices={penaltyBaseChoices}
        defaultValue="overdue_amount"
        validate={required()}
      />
      <SelectInput
        source="penaltyCompounding"
        choices={compoundingChoices}
        defaultValue="none"
        helperText="accord.creditors.compounding_help"
        validate={required()}
      />
      <HundredthsInput
        source="penaltyYearlyCapBp"
        endAdornment={translate('accord.creditors.percent_per_year')}
        helperText="accord.creditors.yearly_cap_help"
        validate={CAP}
      />
      <HundredthsInput
        source="penaltyCapBp"
        endAdornment="%"
        helperText="accord.creditors.cap_help"
        validate={CAP}
      />
      <BooleanInput
        source="checkLprCap"
        defaultValue={false}
        helperText="accord.creditors.check_lpr_cap_help"
      />
      <FormDataConsumer<{ lateFee?: LateFeeForm; market?: Market }>>
        {({ formData }) => <LateFeeInputs fee={formData.lateFee} market={formData.market} />}
      </FormDataConsumer>
      <NumberInput
        source="maxInstallmentMonths"
        helperText="accord.creditors.plan_help"
        min={1}
        max={120}
        step={1}
        validate={MONTHS}
      />
      <SelectInput
        source="litigationPractice"
        label="accord.creditor_litigation.label"
        choices={litigationPracticeChoices}
        defaultValue="unknown"
        helperText="accord.creditor_litigation.help"
        validate={required()}
      />
      <ArrayInput source="customerService">
        {/* Labels named outright: the list's own label takes resources.creditors.fields.customerService. */}
        <SimpleFormIterator inline disableReordering>
          <SelectInput
            source="channel"
            label="resources.creditors.fields.channel"
            choices={contactChannelChoices}
            validate={required()}
          />
          <TextInput
            source="value"
            label="resources.creditors.fields.value"
            validate={[required(), maxLength(200)]}
          />
          <TextInput source="hours" label="resources.creditors.fields.hours" validate={maxLength(100)} />
        </SimpleFormIterator>
      </ArrayInput>
      <TextInput source="negotiationNotes" multiline minRows={3} validate={maxLength(4000)} />
      {mode === 'edit' ? <BooleanInput source="active" /> : null}
    </>
  );
};
