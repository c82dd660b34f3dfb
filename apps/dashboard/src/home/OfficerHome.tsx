import { HomeFrame } from './HomeFrame';
import { OfficerDayPanel } from './OfficerDayPanel';

/** The officer's day: what to do today on their own open cases, read each morning. */
export const OfficerHome = () => (
  <HomeFrame>
    <OfficerDayPanel greeting />
  </HomeFrame>
);
