import { isValidIdNumber } from '@accord/domain';
import type { IdDocumentType } from '@accord/contracts';
import {
  CheckboxGroupInput,
  FormDataConsumer,
  SelectInput,
  TextInput,
  email,
  maxLength,
  regex,
  required,
  useRecordContext,
  useTranslate,
  type Validator,
} from 'react-admin';
import { consentPurposeChoices, idTypeChoices } from '../../common/choices';
import { OfficerInput } from '../../common/OfficerInput';
import { useCanAssignOfficers } from '../../common/useCanAssignOfficers';
import type { ClientRecord } from './ClientFields';

/** The check digits of CN and TW IDs are checked here too, so a typo shows before the round trip. */
const validIdNumber: Validator = (value: unknown, values: { idType?: IdDocumentType }) =>
  typeof value === 'string' && value.trim() !== '' && values.idType && !isValidIdNumber(values.idType, value)
    ? 'accord.clients.invalid_id_number'
    : undefined;

// The API's pattern for phone numbers.
const phoneNumber = regex(/^\+?[\d\s()-]{7,20}$/, 'accord.clients.invalid_phone');

/**
 * The client's record, shared by Create and Edit. Stored ID numbers and phones come back masked only, so
 * on Edit those inputs start empty and replace the number only when something is typed.
 */
export const ClientInputs = ({ mode }: { mode: 'create' | 'edit' }) => {
  const canAssign = useCanAssignOfficers();
  const record = useRecordContext<ClientRecord>();
  const translate = useTranslate();

  // A new ID type needs its number: the old number was checked against the old type.
  const numberForNewType: Validator = (value: unknown, values: { idType?: IdDocumentType }) =>
    record && values.idType !== record.idType && !value ? 'accord.clients.id_number_for_new_type' : undefined;

  return (
    <>
      <TextInput source="fullName" validate={[required(), maxLength(100)]} />
      <SelectInput
        source="idType"
        choices={idTypeChoices}
        defaultValue="tw_national_id"
        validate={required()}
      />
      {mode === 'create' ? (
        <TextInput source="idNumber" autoComplete="off" validate={[required(), validIdNumber]} />
      ) : (
        <TextInput
          source="idNumber"
          autoComplete="off"
          label="accord.clients.new_id_number"
          helperText={translate('accord.clients.keep_current', { current: record?.idNumberMasked ?? '' })}
          validate={[validIdNumber, numberForNewType]}
        />
      )}
      {mode === 'create' ? (
        <TextInput source="phone" type="tel" autoComplete="off" validate={phoneNumber} />
      ) : (
        <TextInput
          source="phone"
          type="tel"
          autoComplete="off"
          label="accord.clients.new_phone"
          helperText={translate('accord.clients.keep_current', { current: record?.phoneMasked ?? '—' })}
          validate={phoneNumber}
        />
      )}
      <TextInput source="email" type="email" validate={[email(), maxLength(254)]} />
      <TextInput source="address" validate={maxLength(300)} />
      <TextInput source="notes" multiline minRows={3} validate={maxLength(4000)} />
      <FormDataConsumer<{ consentPurposes?: unknown }>>
        {({ formData }) => (
          <CheckboxGroupInput
            source="consentPurposes"
            choices={consentPurposeChoices}
            row={false}
            // Unticking every purpose records that the client withdrew consent (their right): say so.
            helperText={
              record?.consentAt &&
              Array.isArray(formData.consentPurposes) &&
              formData.consentPurposes.length === 0
                ? 'accord.clients.consent_withdrawal'
                : 'accord.clients.consent_help'
            }
          />
        )}
      </FormDataConsumer>
      {mode === 'create' && canAssign ? <OfficerInput /> : null}
    </>
  );
};
