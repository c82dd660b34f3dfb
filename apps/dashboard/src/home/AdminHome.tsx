import AdminIcon from '@mui/icons-material/AdminPanelSettingsOutlined';
import { HomeCard } from './HomeCard';

/** The firm's administration: people, teams, audit, and later settings and queue health. */
export const AdminHome = () => (
  <HomeCard titleKey="accord.home.admin.title" bodyKey="accord.home.admin.body" icon={<AdminIcon />} />
);
