import { Box } from '@mui/material';
import type { ReactNode } from 'react';
import { Title } from 'react-admin';

/** Every home page's frame: its title in the app bar, its cards one above the other. */
export const HomeFrame = ({ children }: { children: ReactNode }) => (
  <Box sx={{ mt: 2, mb: 4, maxWidth: 1200, display: 'flex', flexDirection: 'column', gap: 2 }}>
    <Title title="ra.page.dashboard" />
    {children}
  </Box>
);
