import { CourtAgendaCards } from './court/CourtAgendaCards';
import { HomeFrame } from './HomeFrame';
import { OfficerDayPanel } from './OfficerDayPanel';

/**
 * The officer's day: what to do today on their own open cases, read each morning, led by the week at
 * court (hearings, and deadlines that must never be missed).
 */
export const OfficerHome = () => (
  <HomeFrame>
    <OfficerDayPanel greeting lead={(reads) => <CourtAgendaCards reads={reads} />} />
  </HomeFrame>
);
