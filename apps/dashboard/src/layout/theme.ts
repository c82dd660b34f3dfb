import { defaultTheme, type RaThemeOptions } from 'react-admin';
import {
  BORDER,
  FONT_FAMILY,
  INK,
  NAVY,
  PAGE_BACKGROUND,
  TEXT_PRIMARY,
  TEXT_SECONDARY,
} from '../common/brand';

/** React-admin's default theme in a quieter palette: a firm's tool, read all day. */
export const theme: RaThemeOptions = {
  ...defaultTheme,
  palette: {
    ...defaultTheme.palette,
    primary: { main: NAVY, contrastText: '#fff' },
    secondary: { main: INK, contrastText: '#fff' },
    background: { default: PAGE_BACKGROUND, paper: '#fff' },
    text: { primary: TEXT_PRIMARY, secondary: TEXT_SECONDARY },
  },
  shape: { borderRadius: 6 },
  typography: {
    ...defaultTheme.typography,
    fontFamily: FONT_FAMILY,
    h5: { fontWeight: 500 },
    h6: { fontWeight: 500 },
  },
  components: {
    ...defaultTheme.components,
    MuiTextField: {
      ...defaultTheme.components?.MuiTextField,
      defaultProps: { ...defaultTheme.components?.MuiTextField?.defaultProps, variant: 'outlined' },
    },
    MuiFormControl: {
      ...defaultTheme.components?.MuiFormControl,
      defaultProps: { ...defaultTheme.components?.MuiFormControl?.defaultProps, variant: 'outlined' },
    },
    // Sentence-case buttons and tabs: capitals read as shouting, and mean nothing to Chinese text.
    MuiButton: { styleOverrides: { root: { textTransform: 'none', whiteSpace: 'nowrap' } } },
    MuiTab: { styleOverrides: { root: { textTransform: 'none' } } },
    MuiPaper: { defaultProps: { elevation: 0 }, styleOverrides: { root: { border: `1px solid ${BORDER}` } } },
    MuiAppBar: { styleOverrides: { root: { border: 'none' } } },
    MuiTableCell: {
      ...defaultTheme.components?.MuiTableCell,
      styleOverrides: {
        ...(defaultTheme.components?.MuiTableCell?.styleOverrides as object),
        head: { fontWeight: 600, color: '#3b4656', backgroundColor: '#f8f9fb' },
      },
    },
    // On narrow screens a wide table scrolls inside its card (React-admin would widen the whole page to
    // fit it, app bar left behind), and Chinese cells stay one line instead of breaking after each character.
    RaLayout: { styleOverrides: { root: { minWidth: 0, '& .RaLayout-content': { minWidth: 0 } } } },
    RaList: { styleOverrides: { root: { '& .RaList-main': { minWidth: 0 } } } },
    RaShow: { styleOverrides: { root: { '& .RaShow-main, & .RaShow-card': { minWidth: 0 } } } },
    RaDataTable: {
      styleOverrides: {
        root: {
          '& .RaDataTable-tableWrapper': { overflowX: 'auto' },
          '& .RaDataTable-headerCell, & .RaDataTable-rowCell': { whiteSpace: 'nowrap' },
        },
      },
    },
    RaToolbar: { styleOverrides: { root: { backgroundColor: '#f8f9fb' } } },
  },
};
