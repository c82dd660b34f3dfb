import { ReferenceField, Show, SimpleShowLayout, TextField } from 'react-admin';
import { FirmDateField } from '../../common/FirmDateField';
import { ActionField, DetailsField, EntityField } from './AuditFields';

export const AuditLogShow = () => (
  <Show>
    <SimpleShowLayout>
      <FirmDateField source="at" />
      <ActionField source="action" />
      <ReferenceField source="actorId" reference="users" emptyText="accord.audit.system_actor" />
      <EntityField source="entity" />
      <TextField source="subject" />
      <TextField source="ip" />
      <TextField source="requestId" />
      <DetailsField source="details" />
    </SimpleShowLayout>
  </Show>
);
