import {
  BooleanField,
  CreateButton,
  DataTable,
  List,
  NullableBooleanInput,
  SearchInput,
  SelectInput,
  TopToolbar,
} from 'react-admin';
import { marketChoices, productChoices } from '../../common/choices';
import {
  HotlineField,
  LitigationPracticeField,
  LongestPlanField,
  MarketField,
  PenaltyRuleCell,
  ProductField,
} from './CreditorFields';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="product" source="product" choices={productChoices} alwaysOn />,
  <SelectInput key="market" source="market" choices={marketChoices} alwaysOn />,
  <NullableBooleanInput key="active" source="active" />,
];

export const CreditorList = () => (
  <List
    filters={filters}
    sort={{ field: 'name', order: 'ASC' }}
    perPage={25}
    actions={
      <TopToolbar>
        <CreateButton />
      </TopToolbar>
    }
  >
    <DataTable rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="name" />
      <DataTable.Col source="product" field={ProductField} />
      <DataTable.Col source="market" disableSort field={MarketField} />
      <DataTable.Col source="penaltyRule" disableSort field={PenaltyRuleCell} />
      <DataTable.Col source="maxInstallmentMonths" disableSort field={LongestPlanField} />
      <DataTable.Col
        source="litigationPractice"
        label="accord.creditor_litigation.label"
        disableSort
        field={LitigationPracticeField}
      />
      <DataTable.Col source="hotline" disableSort field={HotlineField} />
      <DataTable.Col source="active" disableSort field={BooleanField} />
    </DataTable>
  </List>
);
