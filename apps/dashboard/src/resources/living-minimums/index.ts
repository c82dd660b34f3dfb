import SavingsIcon from '@mui/icons-material/HomeWorkOutlined';
import { LivingMinimumCreate } from './LivingMinimumCreate';
import { LivingMinimumEdit } from './LivingMinimumEdit';
import { LivingMinimumList } from './LivingMinimumList';

// Everyone reads the floors (the statement form picks one); only admins change them (canAccess).
export default {
  list: LivingMinimumList,
  edit: LivingMinimumEdit,
  create: LivingMinimumCreate,
  icon: SavingsIcon,
  recordRepresentation: 'region',
};
