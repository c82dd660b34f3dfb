import { DataTable, List, ReferenceField, SearchInput, SelectInput, TextField } from 'react-admin';
import { FirmDateField } from '../../common/FirmDateField';
import { actionChoices } from './audit-actions';
import { ActionField, EntityField } from './AuditFields';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="action" source="action" choices={actionChoices} alwaysOn />,
];

export const AuditLogList = () => (
  <List filters={filters} sort={{ field: 'at', order: 'DESC' }} perPage={50}>
    <DataTable rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="at" field={FirmDateField} />
      <DataTable.Col source="action" field={ActionField} />
      <DataTable.Col source="actorId" disableSort>
        <ReferenceField
          source="actorId"
          reference="users"
          link={false}
          emptyText="accord.audit.system_actor"
        />
      </DataTable.Col>
      <DataTable.Col source="entity" disableSort field={EntityField} />
      <DataTable.Col source="subject" disableSort field={TextField} />
      <DataTable.Col source="ip" disableSort field={TextField} />
    </DataTable>
  </List>
);
