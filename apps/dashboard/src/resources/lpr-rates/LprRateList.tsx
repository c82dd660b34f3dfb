import { Typography } from '@mui/material';
import { CreateButton, DataTable, List, TopToolbar, useRecordContext, useTranslate } from 'react-admin';
import { CalendarDateField } from '../../common/CalendarDateField';
import { bpPercentText } from '../../common/hundredths';
import type { LprRateRecord } from './lpr-rate';

/** A rate in basis points as a percent with two decimals ("3.85%"); "—" when not given. */
const PercentField = ({ source }: { source: 'oneYearBp' | 'fiveYearBp'; label?: string }) => {
  const record = useRecordContext<LprRateRecord>();
  const translate = useTranslate();
  if (!record) return null;
  const bp = record[source];
  return (
    <span style={{ fontVariantNumeric: 'tabular-nums' }}>
      {bp === null ? '—' : translate('accord.lpr.percent', { rate: bpPercentText(bp) })}
    </span>
  );
};

/** 4 × the row's one-year rate: the line a contract signed while the row was in force is read against. */
const LineField = (_props: { source?: string; label?: string }) => {
  const record = useRecordContext<LprRateRecord>();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <Typography
      component="span"
      variant="body2"
      color="text.secondary"
      sx={{ fontVariantNumeric: 'tabular-nums' }}
    >
      {translate('accord.lpr.percent', { rate: bpPercentText(4 * record.oneYearBp) })}
    </Typography>
  );
};

/** The dated LPR table, newest first: everyone reads it; only admins add, correct or delete a row. */
export const LprRateList = () => {
  const translate = useTranslate();
  return (
    <List
      sort={{ field: 'effectiveOn', order: 'DESC' }}
      perPage={25}
      title={translate('resources.lpr-rates.name', { smart_count: 2 })}
      actions={
        <TopToolbar>
          <CreateButton />
        </TopToolbar>
      }
    >
      <Typography variant="body2" color="text.secondary" sx={{ px: 2, pt: 1.5 }}>
        {translate('accord.lpr.list_help')}
      </Typography>
      <DataTable rowClick="edit" bulkActionButtons={false}>
        <DataTable.Col source="effectiveOn" field={CalendarDateField} />
        <DataTable.Col source="oneYearBp" disableSort field={PercentField} align="right" />
        <DataTable.Col source="line" disableSort field={LineField} align="right" />
        <DataTable.Col source="fiveYearBp" disableSort field={PercentField} align="right" />
        <DataTable.Col source="source" disableSort />
      </DataTable>
    </List>
  );
};
