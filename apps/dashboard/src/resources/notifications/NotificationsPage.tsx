import DoneAllIcon from '@mui/icons-material/DoneAll';
import {
  Alert,
  Box,
  Button,
  Card,
  CardContent,
  Chip,
  LinearProgress,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  ToggleButton,
  ToggleButtonGroup,
  Typography,
} from '@mui/material';
import { useId, useState } from 'react';
import { Link, Title, useGetList, useLocaleState, useTranslate } from 'react-admin';
import { formatFirmInstant } from '../../common/firm';
import { PageControls } from '../../common/PageControls';
import { notificationTarget, type NotificationRecord } from './notification';
import { useNotificationActions } from './useNotificationActions';
import { useUnreadNotifications } from './UnreadNotifications';

export const NOTIFICATIONS_PATH = '/notifications';

const PER_PAGE = 25;

type Shown = 'all' | 'unread';

/** All my notifications, newest first, or only the unread ones; each read once, or all at once. */
export const NotificationsPage = () => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const titleId = useId();
  const { unread } = useUnreadNotifications();
  const { markRead, markAllRead } = useNotificationActions();
  const [shown, setShown] = useState<Shown>('all');
  const [page, setPage] = useState(1);
  const { data, total, isPending, error } = useGetList<NotificationRecord>(
    'notifications',
    {
      filter: shown === 'unread' ? { unread: 'true' } : {},
      pagination: { page, perPage: PER_PAGE },
      // The bell's count moving (a notification read elsewhere, a new one) reads the page again.
      meta: { unread },
    },
    { placeholderData: (previous) => previous },
  );
  const text = (key: string, options?: Record<string, unknown>) =>
    translate(`accord.notifications.${key}`, options);

  // Marking read moves the bell's count, and the count moving reads the page again (see `meta`).
  const read = (notification: NotificationRecord) => void markRead(notification);
  const readAll = () => void markAllRead();

  return (
    <Box sx={{ mt: 2, mb: 4, maxWidth: 1100 }}>
      <Title title="accord.notifications.title" />
      <Card component="section" aria-labelledby={titleId}>
        <CardContent>
          <Stack
            direction={{ xs: 'column', sm: 'row' }}
            spacing={2}
            sx={{ justifyContent: 'space-between', alignItems: { sm: 'center' }, mb: 2 }}
          >
            <Typography id={titleId} variant="h6" component="h2">
              {text('title')}
              {unread ? (
                <Typography component="span" variant="body1" color="text.secondary" sx={{ ml: 1 }}>
                  ({text('unread_count', { smart_count: unread })})
                </Typography>
              ) : null}
            </Typography>
            <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
              <ToggleButtonGroup
                size="small"
                exclusive
                value={shown}
                onChange={(_, next: Shown | null) => {
                  if (!next) return;
                  setShown(next);
                  setPage(1);
                }}
                aria-label={text('show')}
              >
                <ToggleButton value="all" sx={{ px: 1.5 }}>
                  {text('all')}
                </ToggleButton>
                <ToggleButton value="unread" sx={{ px: 1.5 }}>
                  {text('unread_only')}
                </ToggleButton>
              </ToggleButtonGroup>
              <Button startIcon={<DoneAllIcon />} onClick={readAll} disabled={!unread}>
                {text('mark_all_read')}
              </Button>
            </Stack>
          </Stack>
          {error ? (
            <Alert severity="error">{error.message}</Alert>
          ) : isPending ? (
            <LinearProgress />
          ) : !data.length ? (
            <Typography variant="body2" color="text.secondary">
              {text(shown === 'unread' ? 'none_unread' : 'none')}
            </Typography>
          ) : (
            <TableContainer sx={{ border: '1px solid', borderColor: 'divider', borderRadius: 1 }}>
              <Table size="small" aria-labelledby={titleId}>
                <TableHead>
                  <TableRow sx={{ '& th': { whiteSpace: 'nowrap' } }}>
                    <TableCell sx={{ width: 170 }}>{translate('accord.reminders.columns.when')}</TableCell>
                    <TableCell>{text('title')}</TableCell>
                    <TableCell sx={{ width: 220 }} />
                  </TableRow>
                </TableHead>
                <TableBody>
                  {data.map((notification) => {
                    const unreadOne = notification.readAt === null;
                    const target = notificationTarget(notification);
                    return (
                      <TableRow
                        key={notification.id}
                        data-testid="notification-row"
                        data-unread={unreadOne}
                        sx={{
                          verticalAlign: 'top',
                          bgcolor: unreadOne ? 'rgba(31, 58, 95, 0.05)' : undefined,
                        }}
                      >
                        <TableCell sx={{ whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' }}>
                          {formatFirmInstant(notification.createdAt, locale)}
                        </TableCell>
                        <TableCell>
                          <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
                            {unreadOne ? <Chip size="small" color="primary" label={text('unread')} /> : null}
                            <Typography variant="body2" sx={{ fontWeight: unreadOne ? 700 : 400 }}>
                              {notification.title}
                            </Typography>
                          </Stack>
                          <Typography variant="body2" color="text.secondary" sx={{ wordBreak: 'break-word' }}>
                            {notification.body}
                          </Typography>
                          {notification.readAt ? (
                            <Typography variant="caption" color="text.secondary">
                              {text('read_at', { time: formatFirmInstant(notification.readAt, locale) })}
                            </Typography>
                          ) : null}
                        </TableCell>
                        <TableCell>
                          <Stack direction="row" spacing={1} sx={{ justifyContent: 'flex-end' }}>
                            {unreadOne ? (
                              <Button size="small" onClick={() => read(notification)}>
                                {text('mark_read')}
                              </Button>
                            ) : null}
                            {target ? (
                              <Button
                                size="small"
                                variant="outlined"
                                component={Link}
                                to={target}
                                onClick={() => void markRead(notification)}
                              >
                                {text('open_case')}
                              </Button>
                            ) : null}
                          </Stack>
                        </TableCell>
                      </TableRow>
                    );
                  })}
                </TableBody>
              </Table>
            </TableContainer>
          )}
          <PageControls
            resource="notifications"
            page={page}
            perPage={PER_PAGE}
            total={total}
            setPage={setPage}
          />
        </CardContent>
      </Card>
    </Box>
  );
};
