import {
  ArrayInput,
  BooleanInput,
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
} from 'react-admin';
import {
  contactChannelChoices,
  marketChoices,
  penaltyBaseChoices,
  productChoices,
} from '../../common/choices';
import { HundredthsInput } from '../../common/HundredthsInput';

// The API's bounds: a daily rate of at most 100 %, a cap of at most 10 000 % of the base, plans of 1–120 months.
const MAX_DAILY_RATE_BP = 10000;
const MAX_CAP_BP = 1000000;

const integer = (value: unknown) =>
  typeof value === 'number' && !Number.isInteger(value) ? 'accord.creditors.whole_months' : undefined;

/** A creditor product's settings, shared by Create and Edit; being active only matters once it exists. */
export const CreditorInputs = ({ mode }: { mode: 'create' | 'edit' }) => {
  const translate = useTranslate();
  return (
    <>
      <TextInput source="name" validate={[required(), maxLength(100)]} />
      <SelectInput source="product" choices={productChoices} validate={required()} />
      <SelectInput source="market" choices={marketChoices} defaultValue="CN" validate={required()} />
      <HundredthsInput
        source="penaltyDailyRateBp"
        endAdornment={translate('accord.creditors.percent_per_day')}
        helperText="accord.creditors.rate_help"
        validate={[required(), maxValue(MAX_DAILY_RATE_BP)]}
      />
      <SelectInput
        source="penaltyBase"
        choices={penaltyBaseChoices}
        defaultValue="overdue_amount"
        validate={required()}
      />
      <HundredthsInput
        source="penaltyCapBp"
        endAdornment="%"
        helperText="accord.creditors.cap_help"
        validate={maxValue(MAX_CAP_BP)}
      />
      <NumberInput
        source="maxInstallmentMonths"
        helperText="accord.creditors.plan_help"
        min={1}
        max={120}
        step={1}
        validate={[number(), minValue(1), maxValue(120), integer]}
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
