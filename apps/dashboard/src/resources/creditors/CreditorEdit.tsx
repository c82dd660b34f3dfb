import { Edit, SimpleForm } from 'react-admin';
import { CreditorInputs } from './CreditorInputs';

// Pessimistic: a stale version or a duplicate name must reach the admin before the form closes.
export const CreditorEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show">
    <SimpleForm sx={{ maxWidth: 720 }}>
      <CreditorInputs mode="edit" />
    </SimpleForm>
  </Edit>
);
