import { Alert, Button } from '@mui/material';
import { useTranslate } from 'react-admin';

/**
 * A settings page's save was refused because a colleague saved first (409): said in words, with the way
 * to load what they saved and start from it.
 */
export const StaleVersionAlert = ({
  onReload,
  reloadLabel,
}: {
  onReload: () => void;
  reloadLabel: string;
}) => {
  const translate = useTranslate();
  return (
    <Alert
      severity="warning"
      sx={{ mb: 2 }}
      data-testid="settings-stale"
      action={
        <Button color="inherit" size="small" onClick={onReload}>
          {translate(reloadLabel)}
        </Button>
      }
    >
      {translate('accord.errors.STALE_VERSION')}
    </Alert>
  );
};
