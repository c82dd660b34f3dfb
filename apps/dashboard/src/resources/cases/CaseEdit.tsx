import { Edit, SimpleForm } from 'react-admin';
import { CaseInputs } from './CaseInputs';

// Pessimistic: a stale version or a closed case must reach the officer before the form closes.
export const CaseEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show">
    <SimpleForm sx={{ maxWidth: 640 }}>
      <CaseInputs mode="edit" />
    </SimpleForm>
  </Edit>
);
