import { Create, SimpleForm } from 'react-admin';
import { LprRateInputs } from './LprRateInputs';

export const LprRateCreate = () => (
  <Create redirect="list">
    <SimpleForm
      sx={{ maxWidth: 720 }}
      defaultValues={{ source: 'PBOC / National Interbank Funding Center announcement' }}
    >
      <LprRateInputs mode="create" />
    </SimpleForm>
  </Create>
);
