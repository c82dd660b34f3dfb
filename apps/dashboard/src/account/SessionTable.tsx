import {
  Alert,
  Button,
  Chip,
  LinearProgress,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
} from '@mui/material';
import { useState } from 'react';
import { Confirm, useLocaleState, useNotify, useTranslate } from 'react-admin';
import { formatFirmInstant } from '../common/firm';
import { useNotifyError } from '../common/useNotifyError';
import type { Schema } from '../providers/api';
import type { ApiAnswer } from '../resources/negotiation/useApiAnswer';

type SessionView = Schema<'SessionView'>;

/**
 * Open sessions (device, address, since, last seen) with a button to end each; the one this page uses is
 * marked and is ended by signing out instead.
 */
export const SessionTable = ({
  sessions,
  end,
  markCurrent,
}: {
  sessions: ApiAnswer<SessionView[]>;
  end: (id: string) => Promise<void>;
  /** The person's own list: the session in use is theirs to sign out of, not to end from here. */
  markCurrent: boolean;
}) => {
  const translate = useTranslate();
  const notify = useNotify();
  const notifyError = useNotifyError();
  const [locale] = useLocaleState();
  const [ending, setEnding] = useState<SessionView | null>(null);
  const [busy, setBusy] = useState(false);

  const confirm = async () => {
    if (!ending) return;
    setBusy(true);
    try {
      await end(ending.id);
      notify('accord.sessions.ended', { type: 'success' });
      setEnding(null);
      sessions.reload();
    } catch (error) {
      notifyError(error);
    } finally {
      setBusy(false);
    }
  };

  if (sessions.error) return <Alert severity="error">{sessions.error}</Alert>;
  if (!sessions.data) return <LinearProgress />;
  if (sessions.data.length === 0) return <Alert severity="info">{translate('accord.sessions.none')}</Alert>;
  return (
    <>
      <Table size="small" aria-label={translate('accord.sessions.title')}>
        <TableHead>
          <TableRow>
            <TableCell>{translate('accord.sessions.device')}</TableCell>
            <TableCell>{translate('accord.sessions.address')}</TableCell>
            <TableCell>{translate('accord.sessions.signed_in')}</TableCell>
            <TableCell>{translate('accord.sessions.last_seen')}</TableCell>
            <TableCell />
          </TableRow>
        </TableHead>
        <TableBody>
          {sessions.data.map((session) => (
            <TableRow key={session.id} data-testid="session-row">
              <TableCell>
                {session.device}
                {markCurrent && session.current ? (
                  <Chip
                    size="small"
                    color="primary"
                    sx={{ ml: 1 }}
                    label={translate('accord.sessions.this_device')}
                  />
                ) : null}
              </TableCell>
              <TableCell>{session.ipAddress ?? '—'}</TableCell>
              <TableCell>{formatFirmInstant(session.createdAt, locale)}</TableCell>
              <TableCell>{formatFirmInstant(session.lastSeenAt, locale)}</TableCell>
              <TableCell align="right">
                {markCurrent && session.current ? null : (
                  <Button size="small" color="error" onClick={() => setEnding(session)}>
                    {translate('accord.sessions.end')}
                  </Button>
                )}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <Confirm
        isOpen={ending !== null}
        loading={busy}
        title="accord.sessions.end"
        content="accord.sessions.end_confirm"
        translateOptions={{ device: ending?.device ?? '' }}
        onConfirm={() => void confirm()}
        onClose={() => setEnding(null)}
      />
    </>
  );
};
