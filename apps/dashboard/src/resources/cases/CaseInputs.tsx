import { AutocompleteInput, ReferenceInput, SelectInput, TextInput, maxLength, required } from 'react-admin';
import { litigationRiskChoices, outcomeChoices, overdueReasonChoices } from '../../common/choices';
import { OfficerInput } from '../../common/OfficerInput';
import { useCanAssignOfficers } from '../../common/useCanAssignOfficers';

/**
 * A case's inputs, shared by Create and Edit. The client and officer are chosen when the case opens (a
 * manager reassigns later from the case page); the outcome and closing note can be prepared before closing.
 */
export const CaseInputs = ({ mode }: { mode: 'create' | 'edit' }) => {
  const canAssign = useCanAssignOfficers();
  return (
    <>
      {mode === 'create' ? (
        <ReferenceInput source="clientId" reference="clients" sort={{ field: 'fullName', order: 'ASC' }}>
          <AutocompleteInput
            optionText={(client: { fullName: string; idNumberMasked: string }) =>
              `${client.fullName}（${client.idNumberMasked}）`
            }
            validate={required()}
          />
        </ReferenceInput>
      ) : null}
      {mode === 'create' && canAssign ? <OfficerInput /> : null}
      <SelectInput source="overdueReason" choices={overdueReasonChoices} validate={required()} />
      <TextInput
        source="overdueReasonText"
        multiline
        minRows={3}
        helperText="accord.cases.overdue_reason_help"
        validate={maxLength(2000)}
      />
      <SelectInput
        source="litigationRisk"
        choices={litigationRiskChoices}
        defaultValue="none"
        validate={required()}
      />
      {mode === 'edit' ? (
        <>
          <SelectInput source="outcome" choices={outcomeChoices} emptyText="accord.cases.no_outcome" />
          <TextInput
            source="closingNote"
            multiline
            minRows={3}
            helperText="accord.cases.closing_note_help"
            validate={maxLength(4000)}
          />
        </>
      ) : null}
    </>
  );
};
