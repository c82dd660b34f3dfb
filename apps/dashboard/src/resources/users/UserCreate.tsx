import { Create, SimpleForm } from 'react-admin';
import { UserInputs } from './UserInputs';

export const UserCreate = () => (
  <Create redirect="list">
    <SimpleForm sx={{ maxWidth: 560 }}>
      <UserInputs mode="create" />
    </SimpleForm>
  </Create>
);
