import { Edit, SimpleForm } from 'react-admin';
import { TeamInputs } from './TeamInputs';

// Pessimistic: stale versions and "team still has members" refusals must show before the page moves on.
export const TeamEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show">
    <SimpleForm sx={{ maxWidth: 560 }}>
      <TeamInputs />
    </SimpleForm>
  </Edit>
);
