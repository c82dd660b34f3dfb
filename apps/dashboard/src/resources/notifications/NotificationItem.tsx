import { Box, ListItem, ListItemButton, Typography } from '@mui/material';
import { useLocaleState } from 'react-admin';
import { formatFirmInstant, formatFirmRelative } from '../../common/firm';
import type { NotificationRecord } from './notification';

/**
 * One notification in the bell: an unread one stands out (a dot, bold title, a tinted row); its time
 * reads as how long ago, with the firm's date and time on hover.
 */
export const NotificationItem = ({
  notification,
  onOpen,
}: {
  notification: NotificationRecord;
  onOpen: (notification: NotificationRecord) => void;
}) => {
  const [locale] = useLocaleState();
  const unread = notification.readAt === null;
  return (
    <ListItem disablePadding data-testid="notification" data-id={notification.id} data-unread={unread}>
      <ListItemButton
        onClick={() => onOpen(notification)}
        sx={{
          alignItems: 'flex-start',
          gap: 1.25,
          py: 1.25,
          bgcolor: unread ? 'rgba(31, 58, 95, 0.06)' : undefined,
          borderBottom: '1px solid',
          borderColor: 'divider',
        }}
      >
        <Box
          aria-hidden
          sx={{
            width: 8,
            height: 8,
            mt: 0.75,
            flexShrink: 0,
            borderRadius: '50%',
            bgcolor: unread ? 'primary.main' : 'transparent',
          }}
        />
        <Box sx={{ minWidth: 0, flex: 1 }}>
          <Typography
            variant="body2"
            sx={{ fontWeight: unread ? 700 : 400, color: unread ? 'text.primary' : 'text.secondary' }}
          >
            {notification.title}
          </Typography>
          <Typography
            variant="body2"
            color="text.secondary"
            sx={{
              display: '-webkit-box',
              WebkitLineClamp: 2,
              WebkitBoxOrient: 'vertical',
              overflow: 'hidden',
              wordBreak: 'break-word',
            }}
          >
            {notification.body}
          </Typography>
          <Typography
            variant="caption"
            color="text.secondary"
            component="time"
            dateTime={notification.createdAt}
            title={formatFirmInstant(notification.createdAt, locale)}
          >
            {formatFirmRelative(notification.createdAt, locale)}
          </Typography>
        </Box>
      </ListItemButton>
    </ListItem>
  );
};
