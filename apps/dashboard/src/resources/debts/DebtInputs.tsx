import {
  AutocompleteInput,
  DateInput,
  FormDataConsumer,
  ReferenceInput,
  SelectInput,
  TextInput,
  maxLength,
  minLength,
  required,
  useGetOne,
  usePermissions,
  useRecordContext,
  useTranslate,
  type Validator,
} from 'react-admin';
import { CURRENCIES, type Currency, type Role } from '@accord/contracts';
import { debtStatusChoices } from '../../common/choices';
import { firmToday } from '../../common/firm';
import { MoneyInput } from '../../common/HundredthsInput';
import type { CreditorRecord } from '../creditors/CreditorFields';
import { debtFormCurrency, type DebtRecord } from './debt';

/** The API refuses an overdue amount above what is outstanding (OVERDUE_EXCEEDS_OUTSTANDING); say so first. */
const notAboveOutstanding: Validator = (value: unknown, values: { outstandingFen?: unknown }) =>
  typeof value === 'number' && typeof values.outstandingFen === 'number' && value > values.outstandingFen
    ? 'accord.debts.overdue_exceeds_outstanding'
    : undefined;

/** A missed due date lies in the past, on the firm's calendar. */
const notInFuture: Validator = (value: unknown) =>
  typeof value === 'string' && value > firmToday() ? 'accord.debts.overdue_since_future' : undefined;

/** A contract is signed on or before today (the API refuses later ones: CONTRACT_DATE_IN_FUTURE). */
const signedByToday: Validator = (value: unknown) =>
  typeof value === 'string' && value > firmToday() ? 'accord.debts.contract_date_future' : undefined;

const ACTIVE = { active: true };

/** The amounts, signed with the currency the debt will be owed in (NT$ once a Taiwan bank is chosen). */
const Amounts = ({ form }: { form: { creditorId?: string | null; currency?: Currency | null } }) => {
  const record = useRecordContext<DebtRecord>();
  const { data: creditor } = useGetOne<CreditorRecord>(
    'creditors',
    { id: form.creditorId ?? '' },
    { enabled: Boolean(form.creditorId) },
  );
  const currency = debtFormCurrency(form, record, creditor?.market ?? null);
  return (
    <>
      <MoneyInput source="principalFen" currency={currency} validate={required()} />
      <MoneyInput source="outstandingFen" currency={currency} validate={required()} />
      <MoneyInput source="overdueFen" currency={currency} validate={[required(), notAboveOutstanding]} />
      <MoneyInput source="minimumDueFen" currency={currency} helperText="accord.debts.minimum_due_help" />
    </>
  );
};

/**
 * A debt's inputs, shared by the add and edit dialogs. Amounts are typed in the debt's currency and kept
 * in hundredths. Only the
 * last four characters of an account number are stored, so on edit the input replaces it when filled.
 */
export const DebtInputs = ({ mode }: { mode: 'create' | 'edit' }) => {
  const translate = useTranslate();
  const record = useRecordContext<DebtRecord>();
  const { permissions: role } = usePermissions<Role | undefined>();
  return (
    <>
      <ReferenceInput
        source="creditorId"
        reference="creditors"
        filter={ACTIVE}
        sort={{ field: 'name', order: 'ASC' }}
        perPage={100}
      >
        <AutocompleteInput
          optionText={(creditor: { name: string; product: string }) =>
            `${creditor.name}（${translate(`accord.products.${creditor.product}`, { _: creditor.product })}）`
          }
          validate={required()}
        />
      </ReferenceInput>
      {role === 'admin' ? (
        // Only an admin may override it (the API answers 403 otherwise); left empty, it follows the creditor.
        <SelectInput
          source="currency"
          choices={CURRENCIES.map((id) => ({ id, name: `accord.debts.currencies.${id}` }))}
          helperText="accord.debts.currency_help"
        />
      ) : null}
      {mode === 'create' ? (
        <TextInput
          source="accountReference"
          autoComplete="off"
          helperText="accord.debts.account_help"
          validate={[minLength(4), maxLength(40)]}
        />
      ) : (
        <TextInput
          source="accountReference"
          autoComplete="off"
          label="accord.debts.new_account_reference"
          helperText={translate('accord.clients.keep_current', {
            current: record?.accountReferenceMasked ?? '—',
          })}
          validate={[minLength(4), maxLength(40)]}
        />
      )}
      <FormDataConsumer<{ creditorId?: string | null; currency?: Currency | null }>>
        {({ formData }) => <Amounts form={formData} />}
      </FormDataConsumer>
      <DateInput source="overdueSince" helperText="accord.debts.overdue_since_help" validate={notInFuture} />
      <DateInput
        source="contractDate"
        helperText="accord.debts.contract_date_help"
        validate={signedByToday}
      />
      {mode === 'edit' ? (
        <>
          <SelectInput source="status" choices={debtStatusChoices} validate={required()} />
          <FormDataConsumer<{ status?: string }>>
            {({ formData }) =>
              formData.status === 'excluded' ? (
                <TextInput
                  source="excludedReason"
                  multiline
                  minRows={2}
                  validate={[required(), maxLength(2000)]}
                />
              ) : null
            }
          </FormDataConsumer>
        </>
      ) : null}
    </>
  );
};
