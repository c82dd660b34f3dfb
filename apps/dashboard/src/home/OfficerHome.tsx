import TodayIcon from '@mui/icons-material/TodayOutlined';
import { HomeCard } from './HomeCard';

/** The officer's day: their cases, deadlines and reminders (filled in by the case features). */
export const OfficerHome = () => (
  <HomeCard titleKey="accord.home.officer.title" bodyKey="accord.home.officer.body" icon={<TodayIcon />} />
);
