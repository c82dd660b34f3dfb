import { Box } from '@mui/material';

/**
 * A column heading that may take two lines. A table cell takes no max-width, so the heading's own box
 * does; its min-width keeps a short Chinese heading (two characters) from breaking at all.
 */
export const WrappingHeading = ({
  children,
  maxWidth = '5.5em',
}: {
  children: string;
  maxWidth?: string;
}) => (
  <Box component="span" sx={{ display: 'inline-block', minWidth: '2.5em', maxWidth }}>
    {children}
  </Box>
);
