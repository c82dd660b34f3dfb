import { Card, Stack } from '@mui/material';
import { Show, TabbedShowLayout } from 'react-admin';
import { CaseHeader } from './CaseHeader';
import { CaseSummary } from './CaseSummary';
import { CASE_TABS } from './tabs';

/**
 * The officer's workspace for one case: who and where on the spine (with the moves it may make), the
 * money at stake, and a tab per kind of work.
 */
export const CaseShow = () => (
  <Show actions={false} component="div">
    <Stack spacing={2} sx={{ mt: 1 }}>
      <CaseHeader />
      <CaseSummary />
      <Card>
        <TabbedShowLayout>
          {CASE_TABS.map(({ path, label, component: Content }) => (
            <TabbedShowLayout.Tab key={label} label={label} path={path || undefined}>
              {/* A plain element, so the tab does not put a field label above the whole tab. */}
              <div>
                <Content />
              </div>
            </TabbedShowLayout.Tab>
          ))}
        </TabbedShowLayout>
      </Card>
    </Stack>
  </Show>
);
