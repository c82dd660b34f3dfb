import { CURRENCIES } from '@accord/contracts';
import { DateInput, maxLength, minValue, required, SelectInput, TextInput } from 'react-admin';
import { MoneyInput } from '../../common/HundredthsInput';
import { useWatch } from 'react-hook-form';

const currencyChoices = CURRENCIES.map((id) => ({ id, name: `accord.debts.currencies.${id}` }));

/** The amount is typed in the region's currency (¥ or NT$) and kept in hundredths. */
const AmountInput = () => {
  const currency = useWatch({ name: 'currency' });
  return (
    <MoneyInput
      source="monthlyFenPerPerson"
      currency={currency ?? null}
      validate={[required(), minValue(0)]}
      helperText="resources.living-minimums.help.monthlyFenPerPerson"
    />
  );
};

/** Shared by Create and Edit: a region's monthly floor per person, from a date, with its source. */
export const LivingMinimumInputs = () => (
  <>
    <TextInput source="region" validate={[required(), maxLength(100)]} />
    <SelectInput source="currency" choices={currencyChoices} validate={required()} />
    <AmountInput />
    <DateInput source="effectiveFrom" validate={required()} />
    <TextInput
      source="source"
      multiline
      validate={[required(), maxLength(2000)]}
      helperText="resources.living-minimums.help.source"
      fullWidth
    />
  </>
);
