import { Create, SimpleForm } from 'react-admin';
import { CaseInputs } from './CaseInputs';

// The new case opens on its own page, where the officer adds the debts next.
export const CaseCreate = () => (
  <Create redirect="show">
    <SimpleForm sx={{ maxWidth: 640 }}>
      <CaseInputs mode="create" />
    </SimpleForm>
  </Create>
);
