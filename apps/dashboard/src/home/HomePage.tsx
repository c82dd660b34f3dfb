import type { Role } from '@accord/contracts';
import type { ComponentType } from 'react';
import { Loading, usePermissions } from 'react-admin';
import { AdminHome } from './AdminHome';
import { ManagerHome } from './ManagerHome';
import { OfficerHome } from './OfficerHome';

const HOME_BY_ROLE: Record<Role, ComponentType> = {
  officer: OfficerHome,
  manager: ManagerHome,
  admin: AdminHome,
};

export const HomePage = () => {
  const { permissions: role, isPending } = usePermissions<Role | undefined>();
  if (isPending) return <Loading />;
  const Home = role ? HOME_BY_ROLE[role] : undefined;
  return Home ? <Home /> : null;
};
