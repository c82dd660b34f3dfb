import { CssBaseline, ThemeProvider } from '@mui/material';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { uploadTheme } from './theme';
import { UploadPage } from './UploadPage';

const container = document.getElementById('root');
if (!container) throw new Error('upload/index.html has no #root element');

createRoot(container).render(
  <StrictMode>
    <ThemeProvider theme={uploadTheme}>
      <CssBaseline />
      <UploadPage />
    </ThemeProvider>
  </StrictMode>,
);
