import { Chip, Stack, Typography } from '@mui/material';
import { useGetIdentity, usePermissions, useTranslate } from 'react-admin';

/** The greeting every home page opens with: the person's name and the role they are signed in as. */
export const HomeGreeting = () => {
  const translate = useTranslate();
  const { identity } = useGetIdentity();
  const { permissions: role } = usePermissions<string>();
  return (
    <Stack direction="row" spacing={2} sx={{ alignItems: 'center', flexWrap: 'wrap', rowGap: 1 }}>
      <Typography variant="h5" component="h2" data-testid="home-greeting">
        {translate('accord.home.greeting', { name: identity?.fullName ?? '' })}
      </Typography>
      {role ? (
        <Chip
          size="small"
          variant="outlined"
          label={translate('accord.home.signed_in_as', { role: translate(`accord.roles.${role}`) })}
        />
      ) : null}
    </Stack>
  );
};
