import {
  BooleanField,
  CreateButton,
  DataTable,
  List,
  NullableBooleanInput,
  ReferenceField,
  ReferenceInput,
  SearchInput,
  SelectInput,
  TopToolbar,
} from 'react-admin';
import { roleChoices } from '../../common/choices';
import { FirmDateField } from '../../common/FirmDateField';
import { RoleField } from './RoleField';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="role" source="role" choices={roleChoices} alwaysOn />,
  <ReferenceInput key="teamId" source="teamId" reference="teams" sort={{ field: 'name', order: 'ASC' }}>
    <SelectInput optionText="name" />
  </ReferenceInput>,
  <NullableBooleanInput key="active" source="active" alwaysOn />,
];

export const UserList = () => (
  <List
    filters={filters}
    sort={{ field: 'fullName', order: 'ASC' }}
    perPage={25}
    actions={
      <TopToolbar>
        <CreateButton />
      </TopToolbar>
    }
  >
    <DataTable rowClick="edit" bulkActionButtons={false}>
      <DataTable.Col source="fullName" />
      <DataTable.Col source="email" />
      <DataTable.Col source="role" field={RoleField} />
      <DataTable.Col source="teamId" disableSort>
        <ReferenceField source="teamId" reference="teams" link={false} emptyText="accord.users.no_team" />
      </DataTable.Col>
      <DataTable.Col source="active" disableSort field={BooleanField} />
      <DataTable.Col source="lastSignInAt" field={FirmDateField} />
    </DataTable>
  </List>
);
