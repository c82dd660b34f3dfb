import { Edit, SimpleForm } from 'react-admin';
import { UserInputs } from './UserInputs';

// Pessimistic: a stale-version refusal must reach the person before the form closes.
export const UserEdit = () => (
  <Edit mutationMode="pessimistic" redirect="list">
    <SimpleForm sx={{ maxWidth: 560 }}>
      <UserInputs mode="edit" />
    </SimpleForm>
  </Edit>
);
