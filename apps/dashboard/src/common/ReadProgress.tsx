import { Alert, Box, Button, LinearProgress } from '@mui/material';
import { useTranslate } from 'react-admin';

/** A thin bar while figures are read; its room is kept, so reading again does not move the page. */
export const ReadingBar = ({ loading }: { loading: boolean }) => {
  const translate = useTranslate();
  return (
    <Box sx={{ height: 4 }}>
      {loading ? <LinearProgress aria-label={translate('ra.page.loading')} /> : null}
    </Box>
  );
};

/** Why the figures could not be read (already translated), with a button to read them again. */
export const ReadError = ({
  error,
  onReload,
}: {
  error: string | null | undefined;
  onReload: () => void;
}) => {
  const translate = useTranslate();
  if (!error) return null;
  return (
    <Alert
      severity="error"
      action={
        <Button color="inherit" size="small" onClick={onReload}>
          {translate('ra.action.refresh')}
        </Button>
      }
    >
      {error}
    </Alert>
  );
};
