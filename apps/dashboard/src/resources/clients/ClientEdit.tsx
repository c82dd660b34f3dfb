import { Edit, SimpleForm } from 'react-admin';
import { ClientExistsAlert, useClientExists } from './ClientExistsAlert';
import { ClientInputs } from './ClientInputs';

// Pessimistic: a stale version or a number already on file must reach the officer before the form closes.
export const ClientEdit = () => {
  const { existing, onError } = useClientExists();
  return (
    <Edit mutationMode="pessimistic" redirect="show" mutationOptions={{ onError }}>
      <ClientExistsAlert existing={existing} />
      <SimpleForm sx={{ maxWidth: 560 }}>
        <ClientInputs mode="edit" />
      </SimpleForm>
    </Edit>
  );
};
