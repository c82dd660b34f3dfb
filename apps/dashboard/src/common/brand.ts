/**
 * The firm's colours and type, shared by the dashboard's theme and the client's upload page (which must
 * not load React-admin, so it cannot take the dashboard's theme itself).
 *
 * No CJK face is named: with `lang` set on <html> the browser falls back to the system's Traditional or
 * Simplified Chinese font, so each script gets its own glyph forms.
 */
export const FONT_FAMILY = [
  'system-ui',
  '-apple-system',
  '"Segoe UI"',
  'Roboto',
  '"Helvetica Neue"',
  'Arial',
  'sans-serif',
].join(',');

export const NAVY = '#1f3a5f';
export const INK = '#16263d';
export const PAGE_BACKGROUND = '#f4f6f9';
export const TEXT_PRIMARY = '#1c2430';
export const TEXT_SECONDARY = '#556070';
export const BORDER = '#e1e5eb';
