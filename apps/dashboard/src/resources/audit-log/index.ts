import HistoryIcon from '@mui/icons-material/History';
import type { RaRecord } from 'react-admin';
import { AuditLogList } from './AuditLogList';
import { AuditLogShow } from './AuditLogShow';

// The audit log is written by the API only: it has no create or edit view, by design.
export default {
  list: AuditLogList,
  show: AuditLogShow,
  edit: undefined,
  create: undefined,
  icon: HistoryIcon,
  recordRepresentation: (record: RaRecord) => `#${record.id}`,
};
