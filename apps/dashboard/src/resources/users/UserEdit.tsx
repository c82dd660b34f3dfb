import { Box, Divider } from '@mui/material';
import { Edit, ShowButton, SimpleForm, TopToolbar } from 'react-admin';
import { ResetSecondFactorButton } from './ResetSecondFactorButton';
import { UserInputs } from './UserInputs';
import { UserSessions } from './UserSessions';

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
    {/* Where the person is signed in, beside what an admin changes about them (both admin-only). */}
    <Divider />
    <Box sx={{ px: 2, pb: 2 }}>
      <UserSessions />
    </Box>
  </Edit>
);
