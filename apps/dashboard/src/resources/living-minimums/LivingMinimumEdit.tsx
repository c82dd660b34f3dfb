import { Edit, SimpleForm } from 'react-admin';
import { LivingMinimumInputs } from './LivingMinimumInputs';

// Pessimistic: a stale version or a second figure for the same region and date must reach the admin.
export const LivingMinimumEdit = () => (
  <Edit mutationMode="pessimistic" redirect="list">
    <SimpleForm sx={{ maxWidth: 720 }}>
      <LivingMinimumInputs />
    </SimpleForm>
  </Edit>
);
