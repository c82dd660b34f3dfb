import { canAccess, type Role } from '@accord/contracts';
import PendingActionsIcon from '@mui/icons-material/PendingActionsOutlined';
import UploadFileIcon from '@mui/icons-material/UploadFileOutlined';
import { Fragment } from 'react';
import { Menu as RaMenu, usePermissions, useResourceDefinitions } from 'react-admin';
import { CLIENT_IMPORT_PATH } from '../resources/clients/import/ClientImportPage';
import { DOCUMENTS_WAITING_PATH } from '../resources/documents/DocumentsWaitingPage';

/**
 * React-admin's menu (home, then each resource with a list) with pages of their own beside the resource
 * they belong to, which React-admin would not list: the documents waiting after the cases (every role has
 * some, scoped by the API), the client import after the clients.
 */
export const Menu = () => {
  const resources = useResourceDefinitions();
  const { permissions: role } = usePermissions<Role | undefined>();
  const canImport = canAccess(role, { action: 'create', resource: 'clients' });
  return (
    <RaMenu>
      <RaMenu.DashboardItem />
      {Object.keys(resources)
        .filter((name) => resources[name].hasList)
        .map((name) => (
          <Fragment key={name}>
            <RaMenu.ResourceItem name={name} />
            {name === 'cases' ? (
              <RaMenu.Item
                to={DOCUMENTS_WAITING_PATH}
                primaryText="accord.documents_waiting.menu"
                leftIcon={<PendingActionsIcon />}
              />
            ) : null}
            {name === 'clients' && canImport ? (
              <RaMenu.Item
                to={CLIENT_IMPORT_PATH}
                primaryText="accord.imports.menu"
                leftIcon={<UploadFileIcon />}
              />
            ) : null}
          </Fragment>
        ))}
    </RaMenu>
  );
};
