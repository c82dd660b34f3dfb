import MonitorHeartIcon from '@mui/icons-material/MonitorHeartOutlined';
import { ListItemIcon, MenuItem, Tooltip, Typography } from '@mui/material';
import { MenuItemLinkClasses, useNotify, useSidebarState, useTranslate } from 'react-admin';
import { answer, useApi } from '../providers/api';

/** bull-board, served by the API beside the dashboard. */
export const QUEUE_BOARD_URL = '/admin/queues';

/**
 * Opens the background queues' monitor (bull-board) in a new tab. The board is a page of its own that
 * cannot send the dashboard's bearer token, so the API first sets a short session cookie scoped to it
 * (`POST /admin/queue-board-session`, administrators only). The tab is opened on the click itself, where
 * no pop-up blocker stops it, and sent to the board once the cookie is set.
 */
export const QueueBoardMenuItem = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const api = useApi();
  const [sidebarOpen] = useSidebarState();
  const label = translate('accord.queue_board.menu');

  const open = async () => {
    const tab = window.open('', '_blank');
    if (!tab) {
      notify('accord.queue_board.popup_blocked', { type: 'warning' });
      return;
    }
    // The board needs nothing of this page: it cannot reach back through `opener`.
    tab.opener = null;
    try {
      answer(await api.POST('/api/admin/queue-board-session'));
      tab.location.href = QUEUE_BOARD_URL;
    } catch (error) {
      tab.close();
      const reason = error instanceof Error ? error.message : String(error);
      notify('accord.queue_board.failed', { type: 'error', messageArgs: { reason } });
    }
  };

  const item = (
    <MenuItem
      onClick={open}
      className={MenuItemLinkClasses.root}
      // React-admin's menu links, in look: muted text, and the icon column of the items above.
      sx={{
        color: 'text.secondary',
        [`& .${MenuItemLinkClasses.icon}`]: { minWidth: 40, color: 'text.secondary' },
      }}
    >
      <ListItemIcon className={MenuItemLinkClasses.icon}>
        <MonitorHeartIcon />
      </ListItemIcon>
      <Typography variant="inherit" noWrap sx={{ flexGrow: 1 }}>
        {label}
      </Typography>
    </MenuItem>
  );
  return sidebarOpen ? (
    item
  ) : (
    <Tooltip title={label} placement="right">
      {item}
    </Tooltip>
  );
};
