import { formatMoney } from '@accord/domain';
import {
  CreateButton,
  DataTable,
  DateField,
  List,
  SearchInput,
  SelectInput,
  TopToolbar,
  useLocaleState,
  useRecordContext,
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

/** The living minimums per region: everyone reads them; only admins add or change one. */
export const LivingMinimumList = () => (
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
    <DataTable rowClick="edit" bulkActionButtons={false}>
      <DataTable.Col source="region" />
      <DataTable.Col source="currency" />
      <DataTable.Col source="monthlyFenPerPerson" disableSort field={PerPerson} />
      <DataTable.Col source="effectiveFrom" field={DateField} />
      <DataTable.Col source="source" disableSort />
    </DataTable>
  </List>
);
