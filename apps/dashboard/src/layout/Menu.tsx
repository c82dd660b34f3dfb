import { canAccess, type Role } from '@accord/contracts';
import UploadFileIcon from '@mui/icons-material/UploadFileOutlined';
import { Fragment } from 'react';
import { Menu as RaMenu, usePermissions, useResourceDefinitions } from 'react-admin';
import { CLIENT_IMPORT_PATH } from '../resources/clients/import/ClientImportPage';

/**
 * React-admin's menu (home, then each resource with a list) with the client import beside the clients: it
 * is a page of its own, not a resource, so React-admin would not list it.
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
