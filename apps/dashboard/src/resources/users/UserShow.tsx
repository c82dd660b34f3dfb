import { BooleanField, ReferenceField, SelectField, Show, SimpleShowLayout, TextField } from 'react-admin';
import { localeChoices } from '../../common/choices';
import { FirmDateField } from '../../common/FirmDateField';
import { RoleField } from './RoleField';

export const UserShow = () => (
  <Show>
    <SimpleShowLayout>
      <TextField source="fullName" />
      <TextField source="email" />
      <RoleField source="role" />
      <ReferenceField source="teamId" reference="teams" emptyText="accord.users.no_team" />
      <SelectField source="locale" choices={localeChoices} />
      <BooleanField source="active" />
      <FirmDateField source="lastSignInAt" />
      <FirmDateField source="createdAt" />
      <FirmDateField source="updatedAt" />
    </SimpleShowLayout>
  </Show>
);
