import UploadFileIcon from '@mui/icons-material/UploadFileOutlined';
import {
  AutocompleteInput,
  Button,
  CreateButton,
  DataTable,
  LinkBase,
  List,
  ReferenceField,
  ReferenceInput,
  SearchInput,
  SelectField,
  TextInput,
  TopToolbar,
  useTranslate,
} from 'react-admin';
import { idTypeChoices } from '../../common/choices';
import { FirmDateField } from '../../common/FirmDateField';
import { ACTIVE_OFFICERS } from '../../common/OfficerInput';
import { useCanAssignOfficers } from '../../common/useCanAssignOfficers';
import type { Translate } from '../../providers/api-client';
import { ConsentField, MaskedField } from './ClientFields';
import { CLIENT_IMPORT_PATH } from './import/ClientImportPage';

// ID numbers and phones are stored encrypted and matched by a keyed hash: those filters find exact
// numbers only, which their labels say. They are looked up in a POST body (meta.lookup) and kept out of
// the page's address and the saved list settings, so no number lands in a log, a history or storage.
const LOOKUP = { meta: { lookup: ['idNumber', 'phone'] } };
const filters = (withOfficer: boolean, translate: Translate) => [
  <SearchInput key="q" source="q" alwaysOn placeholder={translate('accord.clients.search_name')} />,
  <TextInput key="idNumber" source="idNumber" label="accord.clients.exact_id_number" alwaysOn />,
  <TextInput key="phone" source="phone" label="accord.clients.exact_phone" alwaysOn />,
  ...(withOfficer
    ? [
        <ReferenceInput
          key="officerId"
          source="officerId"
          reference="users"
          filter={ACTIVE_OFFICERS}
          sort={{ field: 'fullName', order: 'ASC' }}
          perPage={100}
          alwaysOn
        >
          <AutocompleteInput optionText="fullName" label="accord.officer" />
        </ReferenceInput>,
      ]
    : []),
];

export const ClientList = () => {
  const canAssign = useCanAssignOfficers();
  const translate = useTranslate();
  return (
    <List
      filters={filters(canAssign, translate)}
      queryOptions={LOOKUP}
      disableSyncWithLocation
      sort={{ field: 'createdAt', order: 'DESC' }}
      perPage={25}
      actions={
        <TopToolbar>
          <Button component={LinkBase} to={CLIENT_IMPORT_PATH} label="accord.imports.button">
            <UploadFileIcon />
          </Button>
          <CreateButton />
        </TopToolbar>
      }
    >
      <DataTable rowClick="show" bulkActionButtons={false}>
        <DataTable.Col source="fullName" />
        <DataTable.Col source="idType" disableSort>
          <SelectField source="idType" choices={idTypeChoices} />
        </DataTable.Col>
        <DataTable.Col source="idNumberMasked" disableSort>
          <MaskedField source="idNumberMasked" />
        </DataTable.Col>
        <DataTable.Col source="phoneMasked" disableSort>
          <MaskedField source="phoneMasked" />
        </DataTable.Col>
        <DataTable.Col source="consentAt" disableSort field={ConsentField} />
        {canAssign ? (
          <DataTable.Col source="officerId" disableSort>
            <ReferenceField source="officerId" reference="users" link={false} />
          </DataTable.Col>
        ) : null}
        <DataTable.Col source="createdAt" field={FirmDateField} />
      </DataTable>
    </List>
  );
};
