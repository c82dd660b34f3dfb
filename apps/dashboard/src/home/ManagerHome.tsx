import GroupsIcon from '@mui/icons-material/GroupsOutlined';
import { HomeCard } from './HomeCard';
import { HomeFrame } from './HomeFrame';
import { OfficerDayPanel } from './OfficerDayPanel';

/** The team's workload (filled in by the workload feature), and the manager's own day when they run cases. */
export const ManagerHome = () => (
  <HomeFrame>
    <HomeCard titleKey="accord.home.manager.title" bodyKey="accord.home.manager.body" icon={<GroupsIcon />} />
    <OfficerDayPanel onlyWithWork />
  </HomeFrame>
);
