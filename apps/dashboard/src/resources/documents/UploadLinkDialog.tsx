import { DEFAULT_LOCALE, LOCALES, type Locale } from '@accord/contracts';
import CheckIcon from '@mui/icons-material/Check';
import CopyIcon from '@mui/icons-material/ContentCopy';
import {
  Alert,
  Box,
  Button,
  CircularProgress,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  IconButton,
  InputAdornment,
  MenuItem,
  Stack,
  TextField,
  Tooltip,
  Typography,
} from '@mui/material';
import { useId, useState, type FormEvent } from 'react';
import { useLocaleState, useTranslate } from 'react-admin';
import { formatFirmInstant } from '../../common/firm';
import { answer, useApi } from '../../providers/api';
import { copyText } from './copy-text';
import { UPLOAD_LINK_DAYS, UPLOAD_LINK_MESSAGES, type CreatedUploadLink } from './document';

interface UploadLinkDialogProps {
  caseId: string;
  onClose: () => void;
  /** A link was made: the case's list of links is out of date. */
  onCreated: () => void;
}

/**
 * Makes a link for the client to upload the outstanding papers from a phone, then shows it with the
 * ready-to-send texts. The API keeps only a hash of the token, so this is the one time the address can be
 * copied: closing the dialog loses it for good (a new link can always be made).
 */
export const UploadLinkDialog = ({ caseId, onClose, onCreated }: UploadLinkDialogProps) => {
  const translate = useTranslate();
  const api = useApi();
  const titleId = useId();
  const [days, setDays] = useState<number>(7);
  const [locale, setLocale] = useState<Locale>(DEFAULT_LOCALE);
  const [pending, setPending] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [link, setLink] = useState<CreatedUploadLink | null>(null);

  const create = async (event: FormEvent) => {
    event.preventDefault();
    if (pending) return;
    setPending(true);
    setFailure(null);
    try {
      const created = answer(
        await api.POST('/api/cases/{id}/upload-links', {
          params: { path: { id: caseId } },
          body: { expiresInDays: days, locale },
        }),
      );
      setLink(created);
      onCreated();
    } catch (error) {
      setFailure(
        error instanceof Error && error.message ? error.message : translate('ra.notification.http_error'),
      );
    } finally {
      setPending(false);
    }
  };

  return (
    <Dialog open onClose={pending ? undefined : onClose} aria-labelledby={titleId} fullWidth maxWidth="sm">
      <DialogTitle id={titleId}>{translate('accord.upload_links.dialog_title')}</DialogTitle>
      {link ? (
        <>
          <DialogContent>
            <CreatedLink link={link} />
          </DialogContent>
          <DialogActions>
            <Button variant="contained" onClick={onClose}>
              {translate('accord.upload_links.done')}
            </Button>
          </DialogActions>
        </>
      ) : (
        <Box component="form" onSubmit={create} noValidate>
          <DialogContent>
            <Stack spacing={2}>
              <Typography variant="body2" color="text.secondary">
                {translate('accord.upload_links.intro')}
              </Typography>
              {failure ? (
                <Alert severity="error" role="alert">
                  {failure}
                </Alert>
              ) : null}
              <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
                <TextField
                  select
                  fullWidth
                  label={translate('accord.upload_links.days')}
                  value={days}
                  onChange={(event) => setDays(Number(event.target.value))}
                >
                  {UPLOAD_LINK_DAYS.map((value) => (
                    <MenuItem key={value} value={value}>
                      {translate('accord.upload_links.days_option', { smart_count: value })}
                    </MenuItem>
                  ))}
                </TextField>
                <TextField
                  select
                  fullWidth
                  label={translate('accord.upload_links.locale')}
                  helperText={translate('accord.upload_links.locale_help')}
                  value={locale}
                  onChange={(event) => setLocale(event.target.value as Locale)}
                >
                  {LOCALES.map((value) => (
                    <MenuItem key={value} value={value}>
                      {translate(`accord.locales.${value}`)}
                    </MenuItem>
                  ))}
                </TextField>
              </Stack>
            </Stack>
          </DialogContent>
          <DialogActions>
            <Button onClick={onClose} disabled={pending}>
              {translate('ra.action.cancel')}
            </Button>
            <Button
              type="submit"
              variant="contained"
              disabled={pending}
              startIcon={pending ? <CircularProgress size={16} color="inherit" /> : null}
            >
              {translate('accord.upload_links.confirm')}
            </Button>
          </DialogActions>
        </Box>
      )}
    </Dialog>
  );
};

const CreatedLink = ({ link }: { link: CreatedUploadLink }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  return (
    <Stack spacing={2} data-testid="created-upload-link">
      <Alert severity="warning">{translate('accord.upload_links.once')}</Alert>
      <TextField
        label={translate('accord.upload_links.url')}
        value={link.url}
        helperText={translate('accord.upload_links.expires', {
          time: formatFirmInstant(link.expiresAt, locale),
        })}
        slotProps={{
          htmlInput: { readOnly: true, spellCheck: false, sx: { fontFamily: 'monospace', fontSize: 13 } },
          input: {
            endAdornment: (
              <InputAdornment position="end">
                <CopyButton text={link.url} name={translate('accord.upload_links.url')} />
              </InputAdornment>
            ),
          },
        }}
        onFocus={(event) => event.target.select()}
      />
      {UPLOAD_LINK_MESSAGES.map((channel) => {
        const name = translate(`accord.upload_links.messages.${channel}`);
        return (
          <Box key={channel} sx={{ position: 'relative' }}>
            <TextField
              fullWidth
              multiline
              minRows={2}
              maxRows={5}
              label={name}
              value={link.messages[channel]}
              slotProps={{ htmlInput: { readOnly: true, sx: { fontSize: 14, pr: 4 } } }}
              onFocus={(event) => event.target.select()}
            />
            <Box sx={{ position: 'absolute', top: 6, right: 6 }}>
              <CopyButton text={link.messages[channel]} name={name} />
            </Box>
          </Box>
        );
      })}
    </Stack>
  );
};

/** Copies and says so for a moment, on the button itself: a notice would cover the dialog's buttons. */
const CopyButton = ({ text, name }: { text: string; name: string }) => {
  const translate = useTranslate();
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const copy = async () => {
    setState((await copyText(text)) ? 'copied' : 'failed');
    setTimeout(() => setState('idle'), 2000);
  };
  const label = translate('accord.upload_links.copy_named', { name });
  const title =
    state === 'copied'
      ? translate('accord.upload_links.copied')
      : state === 'failed'
        ? translate('accord.upload_links.copy_failed')
        : label;
  return (
    <Tooltip title={title}>
      <IconButton
        size="small"
        onClick={copy}
        aria-label={label}
        color={state === 'copied' ? 'success' : 'default'}
      >
        {state === 'copied' ? <CheckIcon fontSize="small" /> : <CopyIcon fontSize="small" />}
      </IconButton>
    </Tooltip>
  );
};
