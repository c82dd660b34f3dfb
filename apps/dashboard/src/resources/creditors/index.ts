import AccountBalanceIcon from '@mui/icons-material/AccountBalanceOutlined';
import { CreditorCreate } from './CreditorCreate';
import { CreditorEdit } from './CreditorEdit';
import { CreditorList } from './CreditorList';
import { CreditorShow } from './CreditorShow';

// Everyone reads the catalogue; only admins change it (canAccess hides create and edit from the rest).
export default {
  list: CreditorList,
  show: CreditorShow,
  edit: CreditorEdit,
  create: CreditorCreate,
  icon: AccountBalanceIcon,
  recordRepresentation: 'name',
};
