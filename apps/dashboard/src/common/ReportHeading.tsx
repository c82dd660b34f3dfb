import RefreshIcon from '@mui/icons-material/Refresh';
import { Box, Button, Stack, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { useTranslate } from 'react-admin';
import { firmNow } from './firm';

/**
 * A report's heading: its title and when its figures were read, what they cover, and on the right the
 * buttons to read them again and to download them; the choices of team and period go below (`children`).
 */
export const ReportHeading = ({
  titleId,
  title,
  asOf,
  snapshot = false,
  summary,
  loading,
  onReload,
  download,
  children,
}: {
  titleId: string;
  title: string;
  /** The instant the API read the figures at. */
  asOf: string | undefined;
  /** The figures were worked out ahead by the worker, not read for this request. */
  snapshot?: boolean;
  summary: string | undefined;
  loading: boolean;
  onReload: () => void;
  download: ReactNode;
  children: ReactNode;
}) => {
  const translate = useTranslate();
  return (
    <>
      <Stack
        direction={{ xs: 'column', sm: 'row' }}
        spacing={1.5}
        sx={{ justifyContent: 'space-between', alignItems: { sm: 'flex-start' }, mb: 2 }}
      >
        <Box>
          <Stack direction="row" spacing={1.5} sx={{ alignItems: 'baseline', flexWrap: 'wrap' }}>
            <Typography id={titleId} variant="h6" component="h2">
              {title}
            </Typography>
            {asOf ? (
              <Typography variant="body2" color="text.secondary" data-testid="report-as-of">
                {translate(snapshot ? 'accord.reports.as_of_snapshot' : 'accord.reports.as_of', {
                  time: firmNow(new Date(asOf)).time,
                })}
              </Typography>
            ) : null}
          </Stack>
          {/* The line's room is kept while the first answer is read, so the page does not jump. */}
          <Typography variant="body2" color="text.secondary" sx={{ minHeight: '1.43em', maxWidth: 880 }}>
            {summary}
          </Typography>
        </Box>
        <Stack direction="row" spacing={1} sx={{ flexShrink: 0 }}>
          <Button
            variant="outlined"
            size="small"
            startIcon={<RefreshIcon />}
            onClick={onReload}
            disabled={loading}
            data-testid="report-refresh"
          >
            {translate('ra.action.refresh')}
          </Button>
          {download}
        </Stack>
      </Stack>
      <Stack direction="row" spacing={1.5} useFlexGap sx={{ alignItems: 'flex-start', flexWrap: 'wrap' }}>
        {children}
      </Stack>
    </>
  );
};
