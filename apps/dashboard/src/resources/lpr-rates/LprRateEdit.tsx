import { DeleteButton, Edit, SaveButton, SimpleForm, Toolbar } from 'react-admin';
import { LprRateInputs } from './LprRateInputs';

// Pessimistic, deleting too: a stale version must reach the admin, and a rate that debts' checks cite is
// gone only once the API says so.
const EditToolbar = () => (
  <Toolbar sx={{ justifyContent: 'space-between' }}>
    <SaveButton />
    <DeleteButton mutationMode="pessimistic" />
  </Toolbar>
);

export const LprRateEdit = () => (
  <Edit mutationMode="pessimistic" redirect="list">
    <SimpleForm sx={{ maxWidth: 720 }} toolbar={<EditToolbar />}>
      <LprRateInputs mode="edit" />
    </SimpleForm>
  </Edit>
);
