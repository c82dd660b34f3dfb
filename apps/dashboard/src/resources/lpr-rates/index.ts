import PercentIcon from '@mui/icons-material/PercentOutlined';
import { LprRateCreate } from './LprRateCreate';
import { LprRateEdit } from './LprRateEdit';
import { LprRateList } from './LprRateList';

// Everyone reads the table (each debt's 4 × LPR check cites it); only admins change it (canAccess).
export default {
  list: LprRateList,
  edit: LprRateEdit,
  create: LprRateCreate,
  icon: PercentIcon,
  recordRepresentation: 'effectiveOn',
};
