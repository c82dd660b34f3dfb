import { DEFAULT_LOCALE, LOCALES, type Locale } from '@accord/contracts';
import CameraIcon from '@mui/icons-material/PhotoCameraOutlined';
import FileIcon from '@mui/icons-material/AttachFileOutlined';
import LinkOffIcon from '@mui/icons-material/LinkOffOutlined';
import LockIcon from '@mui/icons-material/LockOutlined';
import {
  Alert,
  Box,
  Button,
  Chip,
  CircularProgress,
  Container,
  LinearProgress,
  Paper,
  Stack,
  ToggleButton,
  ToggleButtonGroup,
  Typography,
  type ChipProps,
} from '@mui/material';
import { useCallback, useEffect, useId, useState } from 'react';
import { checkDocumentFile } from '../common/document-files';
import { FIRM_TIME_ZONE, firmToday } from '../common/firm';
import { fill, LANGUAGE_NAMES, UPLOAD_MESSAGES, type UploadMessages } from './messages';
import {
  readLink,
  sendFile,
  tokenFromHash,
  UploadPageError,
  type PublicItem,
  type PublicView,
} from './upload-api';

const LOCALE_KEY = 'accord.upload.locale';

function initialLocale(): Locale {
  try {
    const saved = localStorage.getItem(LOCALE_KEY);
    if (saved && (LOCALES as readonly string[]).includes(saved)) return saved as Locale;
  } catch {
    // Storage refused (private mode on some phones): the default language serves.
  }
  return DEFAULT_LOCALE;
}

/** A calendar date written for people: "2026年12月1日", "December 1, 2026". */
const formatDay = (date: string, locale: Locale) =>
  new Intl.DateTimeFormat(locale, { timeZone: 'UTC', year: 'numeric', month: 'long', day: 'numeric' }).format(
    new Date(`${date}T00:00:00Z`),
  );

/** When the link stops working, on the firm's clock. */
const formatUntil = (instant: string, locale: Locale) =>
  new Intl.DateTimeFormat(locale, {
    timeZone: FIRM_TIME_ZONE,
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(new Date(instant));

/** What a refusal says to the client, in their words. */
function describe(error: unknown, text: UploadMessages): string {
  if (!(error instanceof UploadPageError)) return text.errors.UNKNOWN;
  // A long wait (the per-link hourly limit) is said in minutes; a short one is "a minute".
  if (error.code === 'TOO_MANY_REQUESTS' && error.retryAfterSeconds && error.retryAfterSeconds > 90)
    return fill(text.errors.TOO_MANY_LATER, { minutes: Math.ceil(error.retryAfterSeconds / 60) });
  return text.errors[error.code];
}

const URGENCY: Record<PublicItem['status'], number> = { rejected: 0, requested: 1, received: 2 };

function outstandingFirst(items: readonly PublicItem[]): PublicItem[] {
  return [...items].sort((a, b) => URGENCY[a.status] - URGENCY[b.status] || a.dueOn.localeCompare(b.dueOn));
}

type Phase =
  | { name: 'loading' }
  | { name: 'invalid' }
  | { name: 'failed'; error: unknown }
  | { name: 'ready'; view: PublicView };

/**
 * The page a client opens from the link an officer sent: no account, no case details, only the papers
 * still outstanding and a way to photograph or choose each one. Phones first: one column, large buttons.
 */
export const UploadPage = () => {
  const [locale, setLocale] = useState<Locale>(initialLocale);
  const [phase, setPhase] = useState<Phase>({ name: 'loading' });
  const text = UPLOAD_MESSAGES[locale];
  const token = tokenFromHash(window.location.hash);

  useEffect(() => {
    document.documentElement.lang = locale;
    document.title = `${text.title} · ${text.firm}`;
  }, [locale, text]);

  const load = useCallback(async () => {
    if (!token) {
      setPhase({ name: 'invalid' });
      return;
    }
    setPhase({ name: 'loading' });
    try {
      const view = await readLink(token);
      // What still needs doing first (asked again, then asked), each by its due date; received last. Sorted
      // once: a card must not jump away under the client's thumb when its upload succeeds.
      setPhase({ name: 'ready', view: { ...view, items: outstandingFirst(view.items) } });
    } catch (error) {
      if (error instanceof UploadPageError && error.code === 'LINK_INVALID') setPhase({ name: 'invalid' });
      else setPhase({ name: 'failed', error });
    }
  }, [token]);

  useEffect(() => {
    void load();
  }, [load]);

  const choose = (next: Locale) => {
    setLocale(next);
    try {
      localStorage.setItem(LOCALE_KEY, next);
    } catch {
      // Not remembered: the choice still holds for this visit.
    }
  };

  return (
    <Box
      sx={{
        minHeight: '100dvh',
        bgcolor: 'background.default',
        pb: 'calc(24px + env(safe-area-inset-bottom))',
      }}
    >
      <Header text={text} locale={locale} onLocale={choose} />
      <Container maxWidth="sm" sx={{ px: 2, pt: 2 }}>
        {phase.name === 'loading' ? (
          <Stack sx={{ alignItems: 'center', py: 8 }} spacing={2}>
            <CircularProgress />
            <Typography color="text.secondary">{text.loading}</Typography>
          </Stack>
        ) : phase.name === 'invalid' ? (
          <InvalidLink text={text} />
        ) : phase.name === 'failed' ? (
          <Alert
            severity="error"
            action={
              <Button color="inherit" onClick={() => void load()}>
                {text.try_again}
              </Button>
            }
          >
            {describe(phase.error, text)}
          </Alert>
        ) : (
          <Outstanding
            view={phase.view}
            token={token ?? ''}
            text={text}
            locale={locale}
            onInvalid={() => setPhase({ name: 'invalid' })}
          />
        )}
        <Stack direction="row" spacing={1} sx={{ mt: 3, justifyContent: 'center', alignItems: 'center' }}>
          <LockIcon sx={{ fontSize: 16, color: 'text.secondary' }} />
          <Typography variant="caption" color="text.secondary">
            {text.privacy}
          </Typography>
        </Stack>
      </Container>
    </Box>
  );
};

const Header = ({
  text,
  locale,
  onLocale,
}: {
  text: UploadMessages;
  locale: Locale;
  onLocale: (locale: Locale) => void;
}) => (
  <Box
    component="header"
    sx={{
      bgcolor: 'primary.main',
      color: 'primary.contrastText',
      px: 2,
      pt: 'calc(12px + env(safe-area-inset-top))',
      pb: 1.5,
    }}
  >
    <Container maxWidth="sm" disableGutters>
      <Stack direction="row" sx={{ alignItems: 'center', justifyContent: 'space-between', gap: 1 }}>
        <Box sx={{ minWidth: 0 }}>
          <Typography
            component="div"
            sx={{ fontWeight: 700, fontSize: 20, letterSpacing: 0.3, lineHeight: 1.2 }}
          >
            {text.firm}
          </Typography>
          <Typography component="div" variant="caption" sx={{ opacity: 0.8 }}>
            {text.subtitle}
          </Typography>
        </Box>
        <ToggleButtonGroup
          exclusive
          size="small"
          value={locale}
          onChange={(_, next: Locale | null) => next && onLocale(next)}
          aria-label={text.language}
          sx={{
            bgcolor: 'rgba(255,255,255,0.12)',
            '& .MuiToggleButton-root': {
              color: 'rgba(255,255,255,0.85)',
              borderColor: 'rgba(255,255,255,0.3)',
              px: 1.25,
              py: 0.5,
              minWidth: 44,
            },
            '& .MuiToggleButton-root.Mui-selected': {
              color: 'primary.main',
              bgcolor: '#fff',
              '&:hover': { bgcolor: '#fff' },
            },
          }}
        >
          {LOCALES.map((value) => (
            <ToggleButton key={value} value={value} aria-label={LANGUAGE_NAMES[value].full} lang={value}>
              {LANGUAGE_NAMES[value].short}
            </ToggleButton>
          ))}
        </ToggleButtonGroup>
      </Stack>
    </Container>
  </Box>
);

const InvalidLink = ({ text }: { text: UploadMessages }) => (
  <Paper sx={{ p: 3, mt: 2, textAlign: 'center' }} role="alert" data-testid="link-invalid">
    <LinkOffIcon sx={{ fontSize: 48, color: 'text.secondary', mb: 1 }} />
    <Typography variant="h6" component="h1" sx={{ fontWeight: 600, lineHeight: 1.5 }}>
      {text.errors.LINK_INVALID}
    </Typography>
  </Paper>
);

const Outstanding = ({
  view,
  token,
  text,
  locale,
  onInvalid,
}: {
  view: PublicView;
  token: string;
  text: UploadMessages;
  locale: Locale;
  onInvalid: () => void;
}) => {
  const today = firmToday();
  return (
    <Stack spacing={2}>
      <Box>
        <Typography variant="h5" component="h1" sx={{ fontWeight: 700, mb: 1 }}>
          {text.title}
        </Typography>
        <Typography sx={{ lineHeight: 1.7 }}>{text.intro}</Typography>
        <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
          {fill(text.valid_until, { date: formatUntil(view.expiresAt, locale) })}
        </Typography>
      </Box>
      {view.items.length === 0 ? (
        <Alert severity="success">{text.nothing_outstanding}</Alert>
      ) : (
        <>
          <Typography
            variant="body2"
            color="text.secondary"
            sx={{ bgcolor: '#fff8e1', p: 1.5, borderRadius: 2 }}
          >
            {text.tip}
          </Typography>
          {view.items.map((item) => (
            <ItemCard
              key={item.id}
              item={item}
              token={token}
              text={text}
              locale={locale}
              today={today}
              onInvalid={onInvalid}
            />
          ))}
        </>
      )}
    </Stack>
  );
};

const STATUS_LOOKS: Record<PublicItem['status'], Pick<ChipProps, 'color' | 'variant'>> = {
  requested: { color: 'default', variant: 'outlined' },
  rejected: { color: 'error', variant: 'filled' },
  received: { color: 'success', variant: 'filled' },
};

type Sending =
  | { state: 'idle' }
  | { state: 'sending'; fraction: number }
  | { state: 'sent'; name: string }
  | { state: 'failed'; message: string };

const ItemCard = ({
  item,
  token,
  text,
  locale,
  today,
  onInvalid,
}: {
  item: PublicItem;
  token: string;
  text: UploadMessages;
  locale: Locale;
  today: string;
  onInvalid: () => void;
}) => {
  const titleId = useId();
  // Once a file has gone, the paper is received: the card says so without asking the server again.
  const [status, setStatus] = useState(item.status);
  const [sending, setSending] = useState<Sending>({ state: 'idle' });
  const kind = text.kinds[item.kind];
  const description = item.descriptions?.[locale] ?? null;
  const late = status !== 'received' && item.dueOn < today;
  const busy = sending.state === 'sending';

  const send = async (file: File) => {
    const problem = checkDocumentFile(file);
    if (problem) {
      setSending({ state: 'failed', message: text.file_problems[problem] });
      return;
    }
    setSending({ state: 'sending', fraction: 0 });
    try {
      await sendFile(token, item.id, file, (fraction) => setSending({ state: 'sending', fraction }));
      setStatus('received');
      setSending({ state: 'sent', name: file.name });
    } catch (error) {
      if (error instanceof UploadPageError && error.code === 'LINK_INVALID') onInvalid();
      else setSending({ state: 'failed', message: describe(error, text) });
    }
  };

  const picker = (capture: boolean) => (
    <input
      hidden
      type="file"
      accept="image/*,application/pdf"
      {...(capture ? { capture: 'environment' } : {})}
      aria-label={fill(capture ? text.take_photo_for : text.choose_file_for, { kind })}
      onChange={(event) => {
        const chosen = event.target.files?.[0];
        // Cleared, so the same photo chosen again after a failure is still a change.
        event.target.value = '';
        if (chosen) void send(chosen);
      }}
    />
  );

  return (
    <Paper
      component="section"
      aria-labelledby={titleId}
      data-testid="upload-item"
      data-status={status}
      sx={{ p: 2, borderColor: late ? 'error.light' : undefined }}
    >
      <Stack direction="row" spacing={1} sx={{ alignItems: 'flex-start', justifyContent: 'space-between' }}>
        <Typography
          id={titleId}
          variant="h6"
          component="h2"
          sx={{ fontWeight: 700, fontSize: 18, lineHeight: 1.4 }}
        >
          {kind}
        </Typography>
        <Chip
          size="small"
          {...STATUS_LOOKS[status]}
          label={text.statuses[status]}
          sx={{ flexShrink: 0, mt: 0.25 }}
        />
      </Stack>
      {description ? (
        <Typography variant="body2" color="text.secondary" sx={{ mt: 0.5, lineHeight: 1.6 }}>
          {description}
        </Typography>
      ) : null}
      {status !== 'received' ? (
        <Typography
          variant="body2"
          sx={{ mt: 1, fontWeight: 600, color: late ? 'error.main' : 'text.primary' }}
        >
          {fill(late ? text.overdue : text.due, { date: formatDay(item.dueOn, locale) })}
        </Typography>
      ) : sending.state !== 'sent' ? (
        <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
          {text.received_more}
        </Typography>
      ) : null}
      {status === 'rejected' && item.rejectionReason ? (
        <Alert severity="warning" sx={{ mt: 1.5 }}>
          {fill(text.rejected_because, { reason: item.rejectionReason })}
        </Alert>
      ) : null}

      {sending.state === 'sending' ? (
        <Box sx={{ mt: 2 }} role="status">
          <LinearProgress
            variant={sending.fraction > 0 ? 'determinate' : 'indeterminate'}
            value={Math.round(sending.fraction * 100)}
            sx={{ height: 8, borderRadius: 4 }}
          />
          <Typography variant="body2" color="text.secondary" sx={{ mt: 0.75 }}>
            {fill(text.uploading, { percent: Math.round(sending.fraction * 100) })}
          </Typography>
        </Box>
      ) : null}
      {sending.state === 'sent' ? (
        <Alert severity="success" role="status" sx={{ mt: 1.5 }} data-testid="upload-sent">
          {fill(text.sent, { name: sending.name })}
        </Alert>
      ) : null}
      {sending.state === 'failed' ? (
        <Alert severity="error" role="alert" sx={{ mt: 1.5 }}>
          {sending.message}
        </Alert>
      ) : null}

      <Stack spacing={1} sx={{ mt: 2 }}>
        <Button
          component="label"
          variant={status === 'received' ? 'outlined' : 'contained'}
          size="large"
          fullWidth
          disabled={busy}
          startIcon={<CameraIcon />}
          sx={{ minHeight: 52, fontSize: 16 }}
        >
          {text.take_photo}
          {picker(true)}
        </Button>
        <Button
          component="label"
          variant="text"
          fullWidth
          disabled={busy}
          startIcon={<FileIcon />}
          sx={{ minHeight: 44 }}
        >
          {text.choose_file}
          {picker(false)}
        </Button>
      </Stack>
    </Paper>
  );
};
