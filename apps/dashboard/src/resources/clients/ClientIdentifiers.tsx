import VisibilityIcon from '@mui/icons-material/VisibilityOutlined';
import VisibilityOffIcon from '@mui/icons-material/VisibilityOffOutlined';
import { Box, Button, Stack, Typography } from '@mui/material';
import { useEffect, useState } from 'react';
import { useNotify, useRecordContext, useTranslate } from 'react-admin';
import { answer, useApi, type Schema } from '../../providers/api';
import type { ClientRecord } from './ClientFields';

/** Full numbers stay on screen only briefly: a screen left open should not keep showing them. */
const SHOWN_FOR_MS = 60_000;

const Value = ({ label, value }: { label: string; value: string | null }) => (
  <Box>
    <Typography variant="caption" color="text.secondary" component="div">
      {label}
    </Typography>
    <Typography variant="body2" sx={{ fontFamily: 'monospace', letterSpacing: 0.5 }} data-testid="identifier">
      {value ?? '—'}
    </Typography>
  </Box>
);

/**
 * The client's ID number and phone, masked; the full numbers on demand. Each look is written to the
 * audit log by the API (sensitive personal information, PIPL Art. 28), which the button says.
 */
export const ClientIdentifiers = (_props: { label?: string | false }) => {
  const record = useRecordContext<ClientRecord>();
  const api = useApi();
  const notify = useNotify();
  const translate = useTranslate();
  const [revealed, setRevealed] = useState<Schema<'RevealedClientIdentifiers'> | null>(null);
  const [pending, setPending] = useState(false);

  useEffect(() => {
    if (!revealed) return;
    const timer = setTimeout(() => setRevealed(null), SHOWN_FOR_MS);
    return () => clearTimeout(timer);
  }, [revealed]);

  // Another client's page reuses this component: never carry one person's numbers over to the next.
  const clientId = record?.id;
  useEffect(() => setRevealed(null), [clientId]);

  if (!record) return null;

  const reveal = async () => {
    setPending(true);
    try {
      setRevealed(
        answer(await api.POST('/api/clients/{id}/reveal', { params: { path: { id: record.id } } })),
      );
    } catch (error) {
      notify(error instanceof Error ? error.message : 'ra.notification.http_error', { type: 'error' });
    } finally {
      setPending(false);
    }
  };

  return (
    <Stack spacing={1}>
      <Stack direction="row" spacing={4}>
        <Value
          label={translate('resources.clients.fields.idNumber')}
          value={revealed?.idNumber ?? record.idNumberMasked}
        />
        <Value
          label={translate('resources.clients.fields.phone')}
          value={revealed ? revealed.phone : record.phoneMasked}
        />
      </Stack>
      <Stack direction="row" spacing={1.5} sx={{ alignItems: 'center' }}>
        {revealed ? (
          <Button size="small" startIcon={<VisibilityOffIcon />} onClick={() => setRevealed(null)}>
            {translate('accord.clients.hide_identifiers')}
          </Button>
        ) : (
          <Button size="small" startIcon={<VisibilityIcon />} onClick={reveal} disabled={pending}>
            {translate('accord.clients.reveal_identifiers')}
          </Button>
        )}
        <Typography variant="caption" color="text.secondary">
          {translate('accord.clients.reveal_logged')}
        </Typography>
      </Stack>
    </Stack>
  );
};
