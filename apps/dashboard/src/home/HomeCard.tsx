import { Box, Card, CardContent, Chip, Divider, Stack, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { Title, useGetIdentity, usePermissions, useTranslate } from 'react-admin';

interface HomeCardProps {
  /** Message keys of the card's heading and of the sentence saying what this page will hold. */
  titleKey: string;
  bodyKey: string;
  icon: ReactNode;
}

/** The greeting every home page opens with; each role's page says what it will show. */
export const HomeCard = ({ titleKey, bodyKey, icon }: HomeCardProps) => {
  const translate = useTranslate();
  const { identity } = useGetIdentity();
  const { permissions: role } = usePermissions<string>();
  return (
    <Box sx={{ mt: 2, maxWidth: 880 }}>
      <Title title="ra.page.dashboard" />
      <Card>
        <CardContent sx={{ p: 4 }}>
          <Stack direction="row" spacing={2} sx={{ alignItems: 'center', mb: 1 }}>
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
          <Divider sx={{ my: 2 }} />
          <Stack direction="row" spacing={2} sx={{ alignItems: 'flex-start' }}>
            <Box sx={{ color: 'primary.main', mt: 0.25 }}>{icon}</Box>
            <Box>
              <Typography variant="h6" component="h3" gutterBottom>
                {translate(titleKey)}
              </Typography>
              <Typography variant="body1" color="text.secondary" sx={{ lineHeight: 1.8 }}>
                {translate(bodyKey)}
              </Typography>
              <Typography variant="body2" color="text.secondary" sx={{ mt: 2 }}>
                {translate('accord.home.coming_soon')}
              </Typography>
            </Box>
          </Stack>
        </CardContent>
      </Card>
    </Box>
  );
};
