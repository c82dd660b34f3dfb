import NotificationsIcon from '@mui/icons-material/NotificationsOutlined';
import {
  Alert,
  Badge,
  Box,
  Button,
  IconButton,
  LinearProgress,
  List,
  Popover,
  Stack,
  Tooltip,
  Typography,
} from '@mui/material';
import { useEffect, useId, useState, type MouseEvent } from 'react';
import { Link, useGetList, useLocation, useNavigate, useTranslate } from 'react-admin';
import {
  notificationTarget,
  UNREAD_BADGE_MAX,
  type NotificationRecord,
} from '../resources/notifications/notification';
import { NOTIFICATIONS_PATH } from '../resources/notifications/NotificationsPage';
import { NotificationItem } from '../resources/notifications/NotificationItem';
import { useNotificationActions } from '../resources/notifications/useNotificationActions';
import { useUnreadNotifications } from '../resources/notifications/UnreadNotifications';

/** How many of the latest notifications the bell shows; the rest are on the notifications page. */
const LATEST = 8;

/**
 * The bell in the app bar: the unread count on a badge, and under it the latest notifications. Opening
 * one marks it read and goes to its case; all can be marked read at once; the full list is one link away.
 */
export const NotificationBell = () => {
  const translate = useTranslate();
  const navigate = useNavigate();
  const titleId = useId();
  const { unread, refresh } = useUnreadNotifications();
  const { markRead, markAllRead } = useNotificationActions();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const open = anchor !== null;
  // Going elsewhere (a link, the back button) leaves the list behind.
  const { pathname } = useLocation();
  useEffect(() => setAnchor(null), [pathname]);
  const latest = useGetList<NotificationRecord>(
    'notifications',
    { pagination: { page: 1, perPage: LATEST } },
    { enabled: open },
  );
  const count = unread ?? 0;
  const label =
    count > 0
      ? translate('accord.notifications.bell_unread', { smart_count: count })
      : translate('accord.notifications.bell');

  const show = (event: MouseEvent<HTMLElement>) => {
    setAnchor(event.currentTarget);
    refresh();
  };
  const close = () => setAnchor(null);

  const openOne = async (notification: NotificationRecord) => {
    if (!(await markRead(notification))) return;
    const target = notificationTarget(notification);
    if (target) {
      close();
      navigate(target);
    } else {
      void latest.refetch();
    }
  };

  const readAll = async () => {
    if (await markAllRead()) void latest.refetch();
  };

  return (
    <>
      <Tooltip title={label}>
        <IconButton
          color="inherit"
          onClick={show}
          aria-label={label}
          aria-haspopup="dialog"
          aria-expanded={open}
          data-testid="notification-bell"
          data-unread={unread ?? ''}
        >
          <Badge badgeContent={count} max={UNREAD_BADGE_MAX} color="error" data-testid="notification-badge">
            <NotificationsIcon />
          </Badge>
        </IconButton>
      </Tooltip>
      <Popover
        open={open}
        anchorEl={anchor}
        onClose={close}
        anchorOrigin={{ vertical: 'bottom', horizontal: 'right' }}
        transformOrigin={{ vertical: 'top', horizontal: 'right' }}
        slotProps={{
          paper: {
            role: 'dialog',
            'aria-labelledby': titleId,
            sx: { width: 400, maxWidth: 'calc(100vw - 24px)', mt: 0.5 },
          },
        }}
      >
        <Stack
          direction="row"
          spacing={1}
          sx={{ alignItems: 'center', justifyContent: 'space-between', px: 2, py: 1.25 }}
        >
          <Box>
            <Typography id={titleId} variant="subtitle1" component="h2" sx={{ fontWeight: 600 }}>
              {translate('accord.notifications.latest')}
            </Typography>
            <Typography variant="caption" color="text.secondary">
              {count > 0
                ? translate('accord.notifications.unread_count', { smart_count: count })
                : translate('accord.notifications.none_unread')}
            </Typography>
          </Box>
          <Button size="small" onClick={readAll} disabled={count === 0}>
            {translate('accord.notifications.mark_all_read')}
          </Button>
        </Stack>
        <Box sx={{ borderTop: '1px solid', borderColor: 'divider', maxHeight: 440, overflowY: 'auto' }}>
          {latest.error ? (
            <Alert severity="error" sx={{ m: 2 }}>
              {latest.error.message}
            </Alert>
          ) : latest.isPending ? (
            <LinearProgress />
          ) : !latest.data.length ? (
            <Typography variant="body2" color="text.secondary" sx={{ px: 2, py: 3, textAlign: 'center' }}>
              {translate('accord.notifications.none')}
            </Typography>
          ) : (
            <List disablePadding aria-labelledby={titleId}>
              {latest.data.map((notification) => (
                <NotificationItem key={notification.id} notification={notification} onOpen={openOne} />
              ))}
            </List>
          )}
        </Box>
        <Box sx={{ px: 1, py: 0.75, textAlign: 'center' }}>
          <Button component={Link} to={NOTIFICATIONS_PATH} onClick={close} size="small" fullWidth>
            {translate('accord.notifications.view_all')}
          </Button>
        </Box>
      </Popover>
    </>
  );
};
