import { formatFen } from '@accord/domain';
import { Typography } from '@mui/material';
import { useFieldValue, useRecordContext, type RaRecord } from 'react-admin';

/** An amount held in fen, shown in yuan (¥1,234.56) with digits lined up in tables. */
export const MoneyField = ({ source }: { source: string; label?: string; sortable?: boolean }) => {
  const record = useRecordContext<RaRecord>();
  const value: unknown = useFieldValue({ source, record });
  if (typeof value !== 'number') return null;
  return (
    <Typography component="span" variant="body2" sx={{ fontVariantNumeric: 'tabular-nums' }}>
      {formatFen(value)}
    </Typography>
  );
};
