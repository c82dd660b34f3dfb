import type { Currency } from '@accord/contracts';
import { formatAmounts, formatMoney } from '@accord/domain';
import { Typography } from '@mui/material';
import { useFieldValue, useLocaleState, useRecordContext, type RaRecord } from 'react-admin';
import type { Schema } from '../providers/api';

/**
 * An amount held in minor units, shown in its currency (¥1,234.56, NT$1,234.56) with digits lined up in
 * tables. The currency is the record's own (a debt's), or yuan for records that carry none.
 */
export const MoneyField = ({ source }: { source: string; label?: string; sortable?: boolean }) => {
  const record = useRecordContext<RaRecord>();
  const [locale] = useLocaleState();
  const value: unknown = useFieldValue({ source, record });
  if (typeof value !== 'number') return null;
  const currency = (record?.currency as Currency | undefined) ?? 'CNY';
  return (
    <Typography component="span" variant="body2" sx={{ fontVariantNumeric: 'tabular-nums' }}>
      {formatMoney(value, currency, locale)}
    </Typography>
  );
};

/**
 * A case's outstanding amount per currency ("¥1,200.00 · NT$3,000.00"): never one mixed sum. A case with no
 * open debt owes nothing in any currency: a dash, not a ¥0.00 that would misname a Taiwan client's case.
 */
export const CaseAmountsField = (_: { source?: string; label?: string; sortable?: boolean }) => {
  const record = useRecordContext<Schema<'CaseListItem'>>();
  const [locale] = useLocaleState();
  const totals = record?.totalsByCurrency ?? [];
  return (
    <Typography
      component="span"
      variant="body2"
      sx={{ fontVariantNumeric: 'tabular-nums' }}
      data-testid="case-outstanding"
    >
      {totals.length
        ? formatAmounts(Object.fromEntries(totals.map((t) => [t.currency, t.outstandingFen])), locale)
        : '—'}
    </Typography>
  );
};
