import { Divider } from '@mui/material';
import {
  EditButton,
  ReferenceField,
  SelectField,
  Show,
  SimpleShowLayout,
  TextField,
  TopToolbar,
} from 'react-admin';
import { idTypeChoices } from '../../common/choices';
import { FirmDateField } from '../../common/FirmDateField';
import { useCanAssignOfficers } from '../../common/useCanAssignOfficers';
import { ClientCases } from './ClientCases';
import { ConsentField, ConsentPurposesField } from './ClientFields';
import { ClientIdentifiers } from './ClientIdentifiers';

export const ClientShow = () => {
  const canAssign = useCanAssignOfficers();
  return (
    <Show
      actions={
        <TopToolbar>
          <EditButton />
        </TopToolbar>
      }
    >
      <SimpleShowLayout>
        <TextField source="fullName" />
        <SelectField source="idType" choices={idTypeChoices} />
        {/* Labels its two numbers itself. */}
        <ClientIdentifiers label={false} />
        <TextField source="email" emptyText="—" />
        <TextField source="address" emptyText="—" />
        <TextField source="notes" emptyText="—" sx={{ whiteSpace: 'pre-line' }} />
        <ConsentField label="resources.clients.fields.consentAt" />
        <ConsentPurposesField label="resources.clients.fields.consentPurposes" />
        {canAssign ? <ReferenceField source="officerId" reference="users" /> : null}
        <FirmDateField source="createdAt" />
        <FirmDateField source="updatedAt" />
      </SimpleShowLayout>
      <Divider />
      <ClientCases />
    </Show>
  );
};
