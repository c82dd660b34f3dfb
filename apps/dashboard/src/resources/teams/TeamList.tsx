import { DataTable, List, ReferenceField, SearchInput } from 'react-admin';
import { FirmDateField } from '../../common/FirmDateField';

const filters = [<SearchInput key="q" source="q" alwaysOn />];

export const TeamList = () => (
  <List filters={filters} sort={{ field: 'name', order: 'ASC' }} perPage={25}>
    <DataTable rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="name" />
      <DataTable.Col source="managerId" disableSort>
        <ReferenceField
          source="managerId"
          reference="users"
          link={false}
          emptyText="accord.teams.no_manager"
        />
      </DataTable.Col>
      <DataTable.NumberCol source="memberCount" disableSort />
      <DataTable.Col source="createdAt" field={FirmDateField} />
    </DataTable>
  </List>
);
