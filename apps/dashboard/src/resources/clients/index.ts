import PersonIcon from '@mui/icons-material/PersonOutlined';
import { ClientCreate } from './ClientCreate';
import { ClientEdit } from './ClientEdit';
import { ClientList } from './ClientList';
import { ClientShow } from './ClientShow';

export default {
  list: ClientList,
  show: ClientShow,
  edit: ClientEdit,
  create: ClientCreate,
  icon: PersonIcon,
  recordRepresentation: 'fullName',
};
