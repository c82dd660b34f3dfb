import {
  DataTable,
  NumberField,
  ReferenceField,
  ReferenceManyField,
  Show,
  SimpleShowLayout,
  TextField,
} from 'react-admin';
import { FirmDateField } from '../../common/FirmDateField';
import { RoleField } from '../users/RoleField';

export const TeamShow = () => (
  <Show>
    <SimpleShowLayout>
      <TextField source="name" />
      <ReferenceField source="managerId" reference="users" emptyText="accord.teams.no_manager" />
      <NumberField source="memberCount" />
      <FirmDateField source="createdAt" />
      <FirmDateField source="updatedAt" />
      <ReferenceManyField
        label="accord.teams.member_list"
        reference="users"
        target="teamId"
        sort={{ field: 'fullName', order: 'ASC' }}
        perPage={100}
      >
        <DataTable rowClick="edit" bulkActionButtons={false}>
          <DataTable.Col source="fullName" />
          <DataTable.Col source="email" />
          <DataTable.Col source="role" field={RoleField} />
        </DataTable>
      </ReferenceManyField>
    </SimpleShowLayout>
  </Show>
);
