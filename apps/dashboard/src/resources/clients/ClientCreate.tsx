import { Create, SimpleForm } from 'react-admin';
import { ClientExistsAlert, useClientExists } from './ClientExistsAlert';
import { ClientInputs } from './ClientInputs';

export const ClientCreate = () => {
  const { existing, onError } = useClientExists();
  return (
    <Create redirect="show" mutationOptions={{ onError }}>
      <ClientExistsAlert existing={existing} />
      <SimpleForm sx={{ maxWidth: 560 }}>
        <ClientInputs mode="create" />
      </SimpleForm>
    </Create>
  );
};
