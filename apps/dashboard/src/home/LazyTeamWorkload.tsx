import { LinearProgress } from '@mui/material';
import { lazy, Suspense } from 'react';

/** The charts' library is large and only managers and administrators see it: loaded when first shown. */
const TeamWorkload = lazy(() => import('./workload/TeamWorkload').then((m) => ({ default: m.TeamWorkload })));

export const LazyTeamWorkload = ({ chooseTeam = false }: { chooseTeam?: boolean }) => (
  <Suspense fallback={<LinearProgress />}>
    <TeamWorkload chooseTeam={chooseTeam} />
  </Suspense>
);
