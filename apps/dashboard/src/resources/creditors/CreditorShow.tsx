import {
  ArrayField,
  BooleanField,
  DataTable,
  SelectField,
  Show,
  SimpleShowLayout,
  TextField,
} from 'react-admin';
import { contactChannelChoices } from '../../common/choices';
import { FirmDateField } from '../../common/FirmDateField';
import {
  LitigationPracticeField,
  LongestPlanField,
  MarketField,
  PenaltyRuleField,
  ProductField,
} from './CreditorFields';

export const CreditorShow = () => (
  <Show>
    <SimpleShowLayout>
      <TextField source="name" />
      <ProductField source="product" />
      <MarketField source="market" />
      <PenaltyRuleField source="penaltyRule" />
      <BooleanField source="checkLprCap" />
      <LongestPlanField source="maxInstallmentMonths" />
      <LitigationPracticeField source="litigationPractice" label="accord.creditor_litigation.label" />
      <ArrayField source="customerService">
        <DataTable bulkActionButtons={false} rowClick={false}>
          <DataTable.Col source="channel">
            <SelectField source="channel" choices={contactChannelChoices} />
          </DataTable.Col>
          <DataTable.Col source="value" />
          <DataTable.Col source="hours" />
        </DataTable>
      </ArrayField>
      <TextField source="negotiationNotes" sx={{ whiteSpace: 'pre-line' }} emptyText="—" />
      <BooleanField source="active" />
      <FirmDateField source="createdAt" />
      <FirmDateField source="updatedAt" />
    </SimpleShowLayout>
  </Show>
);
