import { canAccess, type Resource as ResourceName, type Role } from '@accord/contracts';
import { Admin, CustomRoutes, reactRouterProvider, Resource, type ResourceProps } from 'react-admin';
import { HomePage } from './home/HomePage';
import { AppTitle } from './layout/AppTitle';
import { Layout } from './layout/Layout';
import { LoginPage } from './layout/LoginPage';
import { theme } from './layout/theme';
import { createAuthProvider } from './providers/authProvider';
import { createDataProvider } from './providers/dataProvider';
import { i18nProvider } from './providers/i18nProvider';
import { store } from './providers/store';
import { RESOURCES } from './resources';
import { CLIENT_IMPORT_PATH, ClientImportPage } from './resources/clients/import/ClientImportPage';
import { DOCUMENTS_WAITING_PATH, DocumentsWaitingPage } from './resources/documents/DocumentsWaitingPage';

// React-admin's own router binding: react-router is its dependency, not ours to import directly.
const { Route } = reactRouterProvider;

const dataProvider = createDataProvider(i18nProvider.translate);
const authProvider = createAuthProvider(i18nProvider.translate);

export const App = () => (
  <Admin
    disableTelemetry
    requireAuth
    title={<AppTitle />}
    dataProvider={dataProvider}
    authProvider={authProvider}
    i18nProvider={i18nProvider}
    store={store}
    theme={theme}
    layout={Layout}
    loginPage={LoginPage}
    dashboard={HomePage}
  >
    {(role: Role | undefined) => (
      <>
        {(Object.entries(RESOURCES) as [ResourceName, Omit<ResourceProps, 'name'>][])
          .filter(([name]) => canAccess(role, { action: 'list', resource: name }))
          .map(([name, views]) => (
            <Resource key={name} name={name} {...views} />
          ))}
        <CustomRoutes>
          <Route path={DOCUMENTS_WAITING_PATH} element={<DocumentsWaitingPage />} />
        </CustomRoutes>
        {canAccess(role, { action: 'create', resource: 'clients' }) ? (
          <CustomRoutes>
            <Route path={CLIENT_IMPORT_PATH} element={<ClientImportPage />} />
          </CustomRoutes>
        ) : null}
      </>
    )}
  </Admin>
);
