import { HomeFrame } from './HomeFrame';
import { OfficerDayPanel } from './OfficerDayPanel';
import { LazyTeamWorkload } from './LazyTeamWorkload';

/** The team's workload, and the manager's own day when they run cases too. */
export const ManagerHome = () => (
  <HomeFrame>
    <LazyTeamWorkload />
    <OfficerDayPanel onlyWithWork />
  </HomeFrame>
);
