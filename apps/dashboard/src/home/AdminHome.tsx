import AdminIcon from '@mui/icons-material/AdminPanelSettingsOutlined';
import { HomeCard } from './HomeCard';
import { HomeFrame } from './HomeFrame';
import { OfficerDayPanel } from './OfficerDayPanel';

/**
 * The firm's administration: people, teams, audit, and later settings and queue health; and the
 * administrator's own day when they run cases.
 */
export const AdminHome = () => (
  <HomeFrame>
    <HomeCard titleKey="accord.home.admin.title" bodyKey="accord.home.admin.body" icon={<AdminIcon />} />
    <OfficerDayPanel onlyWithWork />
  </HomeFrame>
);
