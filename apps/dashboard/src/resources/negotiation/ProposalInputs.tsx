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
import { MAX_CHARGE_RATE_PPM } from '@accord/domain';
import { planChargeKindChoices, proposalKindChoices } from '../../common/choices';
import { firmToday, formatFirmInstant } from '../../common/firm';
import { MoneyInput, PercentPpmInput } from '../../common/HundredthsInput';
import type { ContactRecord } from './contact';
import { planFiguresOf, type ProposalDraft } from './proposal';
import { useMoney } from '../../common/currency';

const wholeNumber: Validator = (value: unknown) =>
  value === null || value === undefined || value === '' || Number.isInteger(value)
    ? undefined
    : 'accord.proposals.whole_number';

/** The API makes no plan from a first due date already past (FIRST_DUE_DATE_IN_PAST): say so first. */
const notPast: Validator = (value: unknown) =>
  typeof value === 'string' && value < firmToday() ? 'accord.proposals.first_due_in_past' : undefined;

const MONTHS = [wholeNumber, minValue(1), maxValue(120)];
/** A charge states its rate: the API refuses a fee or interest at 0 (CHARGE_RATE_MISSING). */
const RATE = [required(), minValue(1, 'accord.proposals.rate_positive'), maxValue(MAX_CHARGE_RATE_PPM)];
const GRACE = [wholeNumber, minValue(0), maxValue(24)];

const chargeOf = (formData: ProposalDraft) =>
  formData.kind !== 'interest_freeze' &&
  formData.chargeKind &&
  formData.chargeKind !== 'none' &&
  typeof formData.chargeRatePpm === 'number'
    ? { chargeKind: formData.chargeKind, chargeRatePpm: formData.chargeRatePpm }
    : {};

/**
 * What the terms cost, under the inputs, while they are typed: the first (largest) installment, and with
 * a charge, what the creditor adds and what the client pays in all, worked out as the API will.
 */
const MonthlyHint = () => {
  const money = useMoney();
  const translate = useTranslate();
  return (
    <FormDataConsumer<ProposalDraft>>
      {({ formData }) => {
        if (typeof formData.totalFen !== 'number' || formData.totalFen <= 0) return null;
        const months = Number(formData.months);
        const grace = Number(formData.graceMonths);
        const figures = planFiguresOf({
          totalFen: formData.totalFen,
          months: Number.isInteger(months) && months >= 1 && months <= 120 ? months : 1,
          graceMonths: Number.isInteger(grace) && grace >= 0 && grace <= 24 ? grace : 0,
          ...chargeOf(formData),
        });
        return (
          <Typography variant="body2" color="text.secondary" data-testid="proposal-monthly" sx={{ mb: 1.5 }}>
            {translate('accord.proposals.first_installment', { amount: money(figures.firstFen) })}
            {figures.chargesFen > 0
              ? ` · ${translate('accord.proposals.with_charges', {
                  charges: money(figures.chargesFen),
                  total: money(figures.payableFen),
                })}`
              : ''}
          </Typography>
        );
      }}
    </FormDataConsumer>
  );
};

/**
 * The creditor's charge on the plan: a fee each month on what goes in, or a yearly rate on the balance
 * left. 停息掛賬 carries none, so the inputs are not offered for it (the case policy refuses one anyway).
 */
const ChargeInputs = () => {
  const translate = useTranslate();
  return (
    <FormDataConsumer<ProposalDraft>>
      {({ formData }) =>
        formData.kind === 'interest_freeze' ? (
          <Typography variant="body2" color="text.secondary" sx={{ mb: 1.5 }}>
            {translate('accord.proposals.freeze_no_charge')}
          </Typography>
        ) : (
          <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
            <SelectInput
              source="chargeKind"
              resource="proposals"
              choices={planChargeKindChoices}
              defaultValue="none"
              validate={required()}
              helperText="accord.proposals.charge_help"
            />
            {formData.chargeKind && formData.chargeKind !== 'none' ? (
              <PercentPpmInput
                source="chargeRatePpm"
                resource="proposals"
                validate={RATE}
                endAdornment={translate(
                  formData.chargeKind === 'monthly_fee'
                    ? 'accord.proposals.percent_per_month'
                    : 'accord.proposals.percent_per_year',
                )}
              />
            ) : null}
          </Stack>
        )
      }
    </FormDataConsumer>
  );
};

/**
 * The terms of a proposal, shared by the new and edit dialogs: kind, what goes into the plan and over how
 * many months from which first due date, grace, the accrued penalty the creditor waives (a term of any
 * kind), the creditor's fee or interest on the plan, and the contacts it was made in. Amounts in yuan,
 * kept in fen; rates in percent, kept in parts per million.
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
        <MoneyInput
          source="waivedPenaltyFen"
          resource="proposals"
          helperText="accord.proposals.waiver_help"
        />
      </Stack>
      <ChargeInputs />
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
