import { Box, Stack, Typography } from '@mui/material';
import {
  CreateButton,
  DataTable,
  ReferenceManyField,
  TextField,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { CalendarDateField } from '../../common/CalendarDateField';
import { CaseAmountsField } from '../../common/MoneyField';
import { StageField } from '../cases/CaseFields';
import type { ClientRecord } from './ClientFields';

/** Opens the case form with this client already chosen. */
export const OpenCaseButton = () => {
  const record = useRecordContext<ClientRecord>();
  if (!record) return null;
  return (
    <CreateButton
      resource="cases"
      label="accord.clients.open_case"
      state={{ record: { clientId: record.id } }}
    />
  );
};

/** The client's cases, newest first, each opening on its case page. */
export const ClientCases = () => {
  const translate = useTranslate();
  return (
    <Box sx={{ mt: 2 }}>
      <Stack direction="row" sx={{ alignItems: 'center', justifyContent: 'space-between', px: 2, py: 1 }}>
        <Typography variant="h6" component="h2">
          {translate('accord.clients.cases')}
        </Typography>
        <OpenCaseButton />
      </Stack>
      <ReferenceManyField
        reference="cases"
        target="clientId"
        sort={{ field: 'openedOn', order: 'DESC' }}
        perPage={50}
        empty={
          <Typography variant="body2" color="text.secondary" sx={{ px: 2, pb: 2 }}>
            {translate('accord.clients.no_cases')}
          </Typography>
        }
      >
        <DataTable rowClick="show" bulkActionButtons={false} resource="cases">
          <DataTable.Col source="reference" />
          <DataTable.Col source="stage" field={StageField} />
          <DataTable.Col source="officerName" field={TextField} />
          <DataTable.NumberCol source="maxDaysOverdue" />
          <DataTable.Col source="totalOutstandingFen" field={CaseAmountsField} />
          <DataTable.Col source="openedOn" field={CalendarDateField} />
        </DataTable>
      </ReferenceManyField>
    </Box>
  );
};
