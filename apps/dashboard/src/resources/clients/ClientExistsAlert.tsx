import { Alert, AlertTitle, Button } from '@mui/material';
import { useCallback, useState } from 'react';
import { Link, useNotify, useTranslate, type HttpError } from 'react-admin';

interface ExistingClient {
  field: 'idNumber' | 'phone';
  /** Present only when the person saving may see that client. */
  clientId?: string;
}

/**
 * Saving a client whose ID number or phone is already on file answers 409 CLIENT_EXISTS. The input shows
 * the message (see api-client); this keeps what is needed to offer the existing client instead.
 */
export function useClientExists() {
  const [existing, setExisting] = useState<ExistingClient | null>(null);
  const notify = useNotify();
  const onError = useCallback(
    (error: unknown) => {
      const body = (error as HttpError | undefined)?.body as
        { code?: string; details?: ExistingClient; errors?: object } | undefined;
      setExisting(body?.code === 'CLIENT_EXISTS' && body.details ? body.details : null);
      // As React-admin does by default: errors placed beside inputs are announced by the form itself.
      if (body?.errors && Object.keys(body.errors).length > 0) return;
      const message = error instanceof Error && error.message ? error.message : 'ra.notification.http_error';
      notify(message, { type: 'error', messageArgs: { _: message } });
    },
    [notify],
  );
  return { existing, onError };
}

export const ClientExistsAlert = ({ existing }: { existing: ExistingClient | null }) => {
  const translate = useTranslate();
  if (!existing) return null;
  return (
    <Alert
      severity="warning"
      sx={{ m: 2, mb: 0 }}
      role="alert"
      action={
        existing.clientId ? (
          <Button component={Link} to={`/clients/${existing.clientId}/show`} color="inherit" size="small">
            {translate('accord.clients.open_existing')}
          </Button>
        ) : undefined
      }
    >
      <AlertTitle>{translate('accord.clients.exists_title')}</AlertTitle>
      {translate(
        existing.field === 'phone' ? 'accord.clients.exists_phone' : 'accord.clients.exists_id_number',
      )}{' '}
      {existing.clientId ? null : translate('accord.clients.exists_elsewhere')}
    </Alert>
  );
};
