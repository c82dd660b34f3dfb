import ContentCopyIcon from '@mui/icons-material/ContentCopy';
import EventIcon from '@mui/icons-material/EventOutlined';
import {
  Alert,
  Box,
  Button,
  Card,
  CardContent,
  LinearProgress,
  Stack,
  TextField,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import { Confirm, useLocaleState, useNotify, useTranslate } from 'react-admin';
import { formatFirmInstant } from '../common/firm';
import { useNotifyError } from '../common/useNotifyError';
import { answer, useApi, type Schema } from '../providers/api';
import { useApiAnswer } from '../resources/negotiation/useApiAnswer';

type CalendarFeed = Schema<'CalendarFeedView'>;

/**
 * My calendar subscription: a private iCalendar address of my hearings and court deadlines that Outlook,
 * Google and Apple calendars subscribe to. The address is shown once, when made (the API keeps only its
 * hash); making another stops the old one, and it can be stopped outright. Both ask first when an address
 * is live, since calendars subscribed to it go quiet.
 */
export const CalendarFeedCard = () => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const notify = useNotify();
  const notifyError = useNotifyError();
  const api = useApi();
  const text = (key: string, options?: Record<string, unknown>) =>
    translate(`accord.calendar_feed.${key}`, options);
  const read = useApiAnswer(async () => answer(await api.GET('/api/calendar-feeds/mine')), 'calendar-feed');
  const [changed, setChanged] = useState<CalendarFeed | null>(null);
  const [url, setUrl] = useState<string | null>(null);
  const [asking, setAsking] = useState<'make' | 'revoke' | null>(null);
  const [busy, setBusy] = useState(false);
  const feed = changed ?? read.data;

  const make = async () => {
    setBusy(true);
    try {
      const made = answer(await api.POST('/api/calendar-feeds/mine'));
      const { url: address, ...rest } = made;
      setChanged(rest);
      setUrl(address);
      setAsking(null);
      notify(text('made'), { type: 'success' });
    } catch (error) {
      notifyError(error);
    } finally {
      setBusy(false);
    }
  };

  const revoke = async () => {
    if (!feed) return;
    setBusy(true);
    try {
      answer(await api.DELETE('/api/calendar-feeds/mine'));
      setChanged({ ...feed, active: false, createdAt: null, lastFetchedAt: null });
      setUrl(null);
      setAsking(null);
      notify(text('revoked'), { type: 'success' });
    } catch (error) {
      notifyError(error);
    } finally {
      setBusy(false);
    }
  };

  const copy = async () => {
    if (!url) return;
    try {
      await navigator.clipboard.writeText(url);
      notify(text('copied'), { type: 'info' });
    } catch {
      notify(text('copy_failed'), { type: 'warning' });
    }
  };

  const when = (instant: string) => formatFirmInstant(instant, locale);

  return (
    <Card sx={{ mt: 2 }} data-testid="calendar-feed">
      <CardContent>
        <Typography variant="h6" component="h2">
          {text('title')}
        </Typography>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
          {text('help')}
          {feed ? (
            <Box component="span" sx={{ display: 'block', mt: 0.5 }}>
              {text(`scope.${feed.scope}`)}
            </Box>
          ) : null}
        </Typography>
        {read.error ? (
          <Alert severity="error">{read.error}</Alert>
        ) : !feed ? (
          <LinearProgress />
        ) : (
          <Stack spacing={2}>
            <Box data-testid="calendar-feed-status" data-active={feed.active}>
              {feed.active && feed.createdAt ? (
                <>
                  <Typography variant="body2">
                    {text('active_since', { date: when(feed.createdAt) })}
                  </Typography>
                  <Typography variant="body2" data-testid="calendar-feed-fetched">
                    {feed.lastFetchedAt
                      ? text('last_fetched', { date: when(feed.lastFetchedAt) })
                      : text('never_fetched')}
                  </Typography>
                </>
              ) : (
                <Typography variant="body2">{text('none')}</Typography>
              )}
            </Box>
            {url ? (
              <Alert severity="warning" icon={<EventIcon />} data-testid="calendar-feed-address">
                <Stack spacing={1.5}>
                  <Typography variant="body2">{text('shown_once')}</Typography>
                  <TextField
                    label={text('url_label')}
                    value={url}
                    size="small"
                    fullWidth
                    multiline
                    onFocus={(event) => event.target.select()}
                    slotProps={{
                      htmlInput: { readOnly: true, 'data-testid': 'calendar-feed-url', spellCheck: false },
                      input: {
                        // The whole address in view, broken anywhere: it is one long token.
                        sx: {
                          fontFamily: 'monospace',
                          fontSize: '0.8rem',
                          wordBreak: 'break-all',
                          bgcolor: 'background.paper',
                        },
                      },
                    }}
                  />
                  <Box>
                    <Button
                      variant="contained"
                      size="small"
                      startIcon={<ContentCopyIcon />}
                      onClick={() => void copy()}
                    >
                      {text('copy')}
                    </Button>
                  </Box>
                  <Typography variant="body2">{text('how_to')}</Typography>
                </Stack>
              </Alert>
            ) : null}
            {feed.active ? (
              <Typography variant="body2" color="text.secondary">
                {text('make_new_help')}
              </Typography>
            ) : null}
            <Stack direction="row" spacing={1} sx={{ flexWrap: 'wrap', rowGap: 1 }}>
              <Button
                variant={feed.active ? 'outlined' : 'contained'}
                startIcon={<EventIcon />}
                disabled={busy}
                onClick={() => (feed.active ? setAsking('make') : void make())}
              >
                {text(feed.active ? 'make_new' : 'make')}
              </Button>
              {feed.active ? (
                <Button color="error" disabled={busy} onClick={() => setAsking('revoke')}>
                  {text('revoke')}
                </Button>
              ) : null}
            </Stack>
          </Stack>
        )}
      </CardContent>
      <Confirm
        isOpen={asking === 'make'}
        loading={busy}
        title="accord.calendar_feed.make_new_title"
        content="accord.calendar_feed.make_new_confirm"
        confirm="accord.calendar_feed.make_new"
        onConfirm={() => void make()}
        onClose={() => setAsking(null)}
      />
      <Confirm
        isOpen={asking === 'revoke'}
        loading={busy}
        title="accord.calendar_feed.revoke_title"
        content="accord.calendar_feed.revoke_confirm"
        confirm="accord.calendar_feed.revoke"
        confirmColor="warning"
        onConfirm={() => void revoke()}
        onClose={() => setAsking(null)}
      />
    </Card>
  );
};
