import type { Role } from '@accord/contracts';
import { Chip } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type { Schema } from '../../providers/api';

const LOOK_BY_ROLE: Record<Role, { color: 'default' | 'primary'; variant: 'outlined' | 'filled' }> = {
  officer: { color: 'default', variant: 'outlined' },
  manager: { color: 'primary', variant: 'outlined' },
  admin: { color: 'primary', variant: 'filled' },
};

/** A person's role as a translated chip; its weight tells authority apart at a glance. */
export const RoleField = (_props: { source?: 'role'; label?: string }) => {
  const record = useRecordContext<Schema<'UserView'>>();
  const translate = useTranslate();
  if (!record?.role) return null;
  return (
    <Chip size="small" {...LOOK_BY_ROLE[record.role]} label={translate(`accord.roles.${record.role}`)} />
  );
};
