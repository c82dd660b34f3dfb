import {
  BooleanField,
  ReferenceField,
  SelectField,
  Show,
  SimpleShowLayout,
  TextField,
  usePermissions,
} from 'react-admin';
import { localeChoices } from '../../common/choices';
import { FirmDateField } from '../../common/FirmDateField';
import { RoleField } from './RoleField';
import { UserSessions } from './UserSessions';

export const UserShow = () => {
  const { permissions } = usePermissions();
  return (
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
        {/* Where a person is signed in is for admins, who end sessions (the API says the same). */}
        {permissions === 'admin' ? <UserSessions /> : null}
      </SimpleShowLayout>
    </Show>
  );
};
