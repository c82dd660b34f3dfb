import { DateField, useLocaleState, type DateFieldProps } from 'react-admin';
import { FIRM_TIME_ZONE } from './firm';

const DATE_TIME: Intl.DateTimeFormatOptions = {
  timeZone: FIRM_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
};

/** An instant shown on the firm's clock, formatted for the interface language. */
export const FirmDateField = (props: Omit<DateFieldProps, 'locales' | 'options' | 'showTime'>) => {
  const [locale] = useLocaleState();
  return <DateField {...props} showTime locales={locale} options={DATE_TIME} />;
};
