import { Create, SimpleForm } from 'react-admin';
import { CreditorInputs } from './CreditorInputs';
import { creditorToSave } from './penalty-rule';

// The late fee goes out with only its kind's fields, as the API keeps it.
export const CreditorCreate = () => (
  <Create redirect="show" transform={(data) => creditorToSave(data)}>
    <SimpleForm sx={{ maxWidth: 720 }}>
      <CreditorInputs mode="create" />
    </SimpleForm>
  </Create>
);
