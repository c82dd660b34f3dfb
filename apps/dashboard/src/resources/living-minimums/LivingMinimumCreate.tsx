import { Create, SimpleForm } from 'react-admin';
import { LivingMinimumInputs } from './LivingMinimumInputs';

export const LivingMinimumCreate = () => (
  <Create redirect="list">
    <SimpleForm sx={{ maxWidth: 720 }}>
      <LivingMinimumInputs />
    </SimpleForm>
  </Create>
);
