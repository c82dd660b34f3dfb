import { Edit, ShowButton, SimpleForm, TopToolbar } from 'react-admin';
import { ResetSecondFactorButton } from './ResetSecondFactorButton';
import { UserInputs } from './UserInputs';

// Pessimistic: a stale-version refusal must reach the person before the form closes.
export const UserEdit = () => (
  <Edit
    mutationMode="pessimistic"
    redirect="list"
    actions={
      <TopToolbar>
        <ResetSecondFactorButton />
        <ShowButton />
      </TopToolbar>
    }
  >
    <SimpleForm sx={{ maxWidth: 560 }}>
      <UserInputs mode="edit" />
    </SimpleForm>
  </Edit>
);
