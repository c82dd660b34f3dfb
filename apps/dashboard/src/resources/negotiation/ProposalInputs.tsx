import { Stack, Typography } from '@mui/material';
import {
  AutocompleteArrayInput,
  DateInput,
  FormDataConsumer,
  maxValue,
  minValue,
  NumberInput,
  required,
  SelectInput,
  useLocaleState,
  useTranslate,
  type Validator,
} from 'react-admin';
import { proposalKindChoices } from '../../common/choices';
import { firmToday, formatFirmInstant } from '../../common/firm';
import { HundredthsInput, MoneyInput } from '../../common/HundredthsInput';
import type { ContactRecord } from './contact';
import { monthlyFenOf, type ProposalDraft } from './proposal';
import { useMoney } from '../../common/currency';

const wholeNumber: Validator = (value: unknown) =>
  value === null || value === undefined || value === '' || Number.isInteger(value)
    ? undefined
    : 'accord.proposals.whole_number';

/** The API makes no plan from a first due date already past (FIRST_DUE_DATE_IN_PAST): say so first. */
const notPast: Validator = (value: unknown) =>
  typeof value === 'string' && value < firmToday() ? 'accord.proposals.first_due_in_past' : undefined;

const MONTHS = [wholeNumber, minValue(1), maxValue(120)];
const GRACE = [wholeNumber, minValue(0), maxValue(24)];

/** What the terms cost each month, under the inputs, while they are typed. */
const MonthlyHint = () => {
  const money = useMoney();
  const translate = useTranslate();
  return (
    <FormDataConsumer<ProposalDraft>>
      {({ formData }) =>
        typeof formData.totalFen === 'number' && formData.totalFen > 0 ? (
          <Typography variant="body2" color="text.secondary" data-testid="proposal-monthly" sx={{ mb: 1.5 }}>
            {translate('accord.proposals.per_month', {
              amount: money(
                monthlyFenOf({ totalFen: formData.totalFen, months: Number(formData.months) || 1 }),
              ),
            })}
          </Typography>
        ) : null
      }
    </FormDataConsumer>
  );
};

/**
 * The terms of a proposal, shared by the new and edit dialogs: kind, what is paid in all and over how many
 * months from which first due date, grace, the penalty asked to be waived, the interest, and the contacts
 * it was made in. Amounts in yuan, kept in fen; the rate in percent a year, kept in basis points.
 */
export const ProposalInputs = ({ contacts }: { contacts: readonly ContactRecord[] }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const contactChoices = contacts.map((c) => ({
    id: c.id,
    name: [
      formatFirmInstant(c.occurredAt, locale),
      translate(`accord.contact_channels.${c.channel}`, { _: c.channel }),
      c.summary.length > 40 ? `${c.summary.slice(0, 40)}…` : c.summary,
    ].join(' · '),
  }));
  return (
    <>
      <SelectInput source="kind" resource="proposals" choices={proposalKindChoices} validate={required()} />
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
        <MoneyInput source="totalFen" resource="proposals" validate={required()} />
        <NumberInput source="months" resource="proposals" min={1} max={120} step={1} validate={MONTHS} />
        <DateInput source="firstDueDate" resource="proposals" validate={[required(), notPast]} />
      </Stack>
      <MonthlyHint />
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
        <NumberInput source="graceMonths" resource="proposals" min={0} max={24} step={1} validate={GRACE} />
        <MoneyInput source="waivedPenaltyFen" resource="proposals" />
        <HundredthsInput
          source="interestRateBp"
          resource="proposals"
          endAdornment={translate('accord.proposals.percent_per_year')}
        />
      </Stack>
      <AutocompleteArrayInput
        source="contactIds"
        resource="proposals"
        choices={contactChoices}
        helperText="accord.proposals.contacts_help"
        noOptionsText={translate('accord.contacts.none')}
      />
    </>
  );
};
