import FolderIcon from '@mui/icons-material/FolderOpenOutlined';
import { CaseCreate } from './CaseCreate';
import { CaseEdit } from './CaseEdit';
import { CaseList } from './CaseList';
import { CaseShow } from './CaseShow';

export default {
  list: CaseList,
  show: CaseShow,
  edit: CaseEdit,
  create: CaseCreate,
  icon: FolderIcon,
  recordRepresentation: 'reference',
};
