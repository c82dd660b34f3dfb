import GroupsIcon from '@mui/icons-material/GroupsOutlined';
import { HomeCard } from './HomeCard';

/** The team's workload (filled in by the workload feature). */
export const ManagerHome = () => (
  <HomeCard titleKey="accord.home.manager.title" bodyKey="accord.home.manager.body" icon={<GroupsIcon />} />
);
