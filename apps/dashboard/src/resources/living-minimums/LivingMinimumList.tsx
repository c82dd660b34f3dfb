import { formatMoney } from '@accord/domain';
import { Alert } from '@mui/material';
import {
  CreateButton,
  DataTable,
  DateField,
  List,
  SearchInput,
  SelectInput,
  TopToolbar,
  useCanAccess,
  useLocaleState,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { CURRENCIES } from '@accord/contracts';
import type { LivingMinimumRecord } from '../negotiation/statement';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput
    key="currency"
    source="currency"
    choices={CURRENCIES.map((id) => ({ id, name: `accord.debts.currencies.${id}` }))}
    alwaysOn
  />,
];

const PerPerson = () => {
  const record = useRecordContext<LivingMinimumRecord>();
  const [locale] = useLocaleState();
  return record ? <span>{formatMoney(record.monthlyFenPerPerson, record.currency, locale)}</span> : null;
};

/**
 * The living minimums per region: everyone reads them (officers explain the floor to clients from here);
 * only admins add or change one. CreateButton hides itself, but a row's link does not ask: without the
 * right to edit, rows lead nowhere rather than to a page that refuses.
 */
export const LivingMinimumList = () => {
  const translate = useTranslate();
  const { canAccess: canEdit, isPending } = useCanAccess({ resource: 'living-minimums', action: 'edit' });
  return (
    <List
      filters={filters}
      sort={{ field: 'region', order: 'ASC' }}
      perPage={25}
      actions={
        <TopToolbar>
          <CreateButton />
        </TopToolbar>
      }
    >
      {!isPending && !canEdit ? (
        <Alert severity="info" sx={{ m: 1 }} data-testid="living-minimums-read-only">
          {translate('resources.living-minimums.read_only')}
        </Alert>
      ) : null}
      <DataTable rowClick={canEdit ? 'edit' : false} bulkActionButtons={false}>
        <DataTable.Col source="region" />
        <DataTable.Col source="currency" />
        <DataTable.Col source="monthlyFenPerPerson" disableSort field={PerPerson} />
        <DataTable.Col source="effectiveFrom" field={DateField} />
        <DataTable.Col source="source" disableSort />
      </DataTable>
    </List>
  );
};
