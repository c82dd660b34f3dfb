import { Create, SimpleForm } from 'react-admin';
import { TeamInputs } from './TeamInputs';

export const TeamCreate = () => (
  <Create redirect="show">
    <SimpleForm sx={{ maxWidth: 560 }}>
      <TeamInputs />
    </SimpleForm>
  </Create>
);
