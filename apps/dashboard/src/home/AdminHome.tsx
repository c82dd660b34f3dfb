import { HomeFrame } from './HomeFrame';
import { OfficerDayPanel } from './OfficerDayPanel';
import { LazyTeamWorkload } from './LazyTeamWorkload';

/**
 * The firm's workload, all teams or one (people, teams and the audit log are in the menu); and the
 * administrator's own day when they run cases.
 */
export const AdminHome = () => (
  <HomeFrame>
    <LazyTeamWorkload chooseTeam />
    <OfficerDayPanel onlyWithWork />
  </HomeFrame>
);
