import { Typography } from '@mui/material';
import { useFieldValue, useLocaleState, useRecordContext, type RaRecord } from 'react-admin';
import { formatCalendarDate } from './firm';

/**
 * A calendar date (YYYY-MM-DD) the API already gives on the firm's calendar (opened on, overdue since),
 * written in the interface language without moving it through anyone's time zone.
 */
export const CalendarDateField = ({
  source,
  emptyText,
}: {
  source: string;
  label?: string;
  emptyText?: string;
}) => {
  const record = useRecordContext<RaRecord>();
  const value: unknown = useFieldValue({ source, record });
  const [locale] = useLocaleState();
  const text = typeof value === 'string' ? formatCalendarDate(value, locale) : emptyText;
  if (!text) return null;
  return (
    <Typography component="span" variant="body2" sx={{ fontVariantNumeric: 'tabular-nums' }}>
      {text}
    </Typography>
  );
};
