import { Create, SimpleForm } from 'react-admin';
import { CreditorInputs } from './CreditorInputs';

export const CreditorCreate = () => (
  <Create redirect="show">
    <SimpleForm sx={{ maxWidth: 720 }}>
      <CreditorInputs mode="create" />
    </SimpleForm>
  </Create>
);
