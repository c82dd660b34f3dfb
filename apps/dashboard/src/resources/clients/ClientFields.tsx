import { Box, Chip, Tooltip, Typography } from '@mui/material';
import { useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import { FIRM_TIME_ZONE } from '../../common/firm';
import type { Schema } from '../../providers/api';

export type ClientRecord = Schema<'ClientView'>;

type FieldProps = { source?: string; label?: string; sortable?: boolean };

/**
 * Whether the client's consent to process their data is on file: without it a case cannot leave
 * intake, so the missing case is the one that stands out.
 */
export const ConsentField = (_props: FieldProps) => {
  const record = useRecordContext<ClientRecord>();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  if (!record) return null;
  if (!record.consentAt) {
    return (
      <Chip size="small" color="warning" variant="outlined" label={translate('accord.clients.no_consent')} />
    );
  }
  // The day is enough in a chip; the client's page and the audit log keep the exact time.
  const when = new Intl.DateTimeFormat(locale, {
    timeZone: FIRM_TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date(record.consentAt));
  const purposes = record.consentPurposes
    .map((purpose) => translate(`accord.consent_purposes.${purpose}`, { _: purpose }))
    .join(translate('accord.list_separator'));
  return (
    <Tooltip title={purposes}>
      <Chip
        size="small"
        color="success"
        variant="outlined"
        label={translate('accord.clients.consent_on', { date: when })}
      />
    </Tooltip>
  );
};

/** The purposes consented to, one per line, for the client's page. */
export const ConsentPurposesField = (_props: FieldProps) => {
  const record = useRecordContext<ClientRecord>();
  const translate = useTranslate();
  if (!record) return null;
  if (!record.consentPurposes?.length) return <Typography variant="body2">—</Typography>;
  return (
    <Box component="ul" sx={{ m: 0, pl: 2.5 }}>
      {record.consentPurposes.map((purpose) => (
        <Typography component="li" variant="body2" key={purpose}>
          {translate(`accord.consent_purposes.${purpose}`, { _: purpose })}
        </Typography>
      ))}
    </Box>
  );
};

/** Masked identifiers read in a fixed-width face so the kept characters line up from row to row. */
export const MaskedField = ({
  source,
}: {
  source: 'idNumberMasked' | 'phoneMasked';
  label?: string;
  sortable?: boolean;
}) => {
  const record = useRecordContext<ClientRecord>();
  const value = record?.[source];
  if (!value) return null;
  return (
    <Typography component="span" variant="body2" sx={{ fontFamily: 'monospace', letterSpacing: 0.5 }}>
      {value}
    </Typography>
  );
};
