import { Edit, SimpleForm } from 'react-admin';
import { CreditorInputs } from './CreditorInputs';
import { creditorToSave } from './penalty-rule';

// Pessimistic: a stale version or a duplicate name must reach the admin before the form closes. The late fee
// goes out with only its kind's fields, and as read when it says the same (so it counts as unchanged).
export const CreditorEdit = () => (
  <Edit
    mutationMode="pessimistic"
    redirect="show"
    transform={(data, options) => creditorToSave(data, options?.previousData)}
  >
    <SimpleForm sx={{ maxWidth: 720 }}>
      <CreditorInputs mode="edit" />
    </SimpleForm>
  </Edit>
);
