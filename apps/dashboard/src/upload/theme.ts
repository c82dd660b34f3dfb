import { createTheme } from '@mui/material/styles';
import {
  BORDER,
  FONT_FAMILY,
  INK,
  NAVY,
  PAGE_BACKGROUND,
  TEXT_PRIMARY,
  TEXT_SECONDARY,
} from '../common/brand';

/** The firm's palette for a phone: larger type and touch targets than the dashboard's. */
export const uploadTheme = createTheme({
  palette: {
    primary: { main: NAVY, contrastText: '#fff' },
    secondary: { main: INK, contrastText: '#fff' },
    background: { default: PAGE_BACKGROUND, paper: '#fff' },
    text: { primary: TEXT_PRIMARY, secondary: TEXT_SECONDARY },
  },
  shape: { borderRadius: 10 },
  typography: { fontFamily: FONT_FAMILY, fontSize: 15 },
  components: {
    MuiButton: { styleOverrides: { root: { textTransform: 'none', fontWeight: 600 } } },
    MuiPaper: { defaultProps: { elevation: 0 }, styleOverrides: { root: { border: `1px solid ${BORDER}` } } },
    MuiToggleButton: { styleOverrides: { root: { textTransform: 'none' } } },
  },
});
