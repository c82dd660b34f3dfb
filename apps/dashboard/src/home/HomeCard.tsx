import { Box, Card, CardContent, Divider, Stack, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { useTranslate } from 'react-admin';
import { HomeGreeting } from './HomeGreeting';

interface HomeCardProps {
  /** Message keys of the card's heading and of the sentence saying what this page will hold. */
  titleKey: string;
  bodyKey: string;
  icon: ReactNode;
}

/** The greeting, then what this role's home page will show. */
export const HomeCard = ({ titleKey, bodyKey, icon }: HomeCardProps) => {
  const translate = useTranslate();
  return (
    <Card sx={{ maxWidth: 880 }}>
      <CardContent sx={{ p: 4 }}>
        <Box sx={{ mb: 1 }}>
          <HomeGreeting />
        </Box>
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
  );
};
