import { Box, Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type { Schema } from '../../providers/api';

type AuditRecord = Schema<'AuditEntry'>;

type FieldProps = { source?: string; label?: string };

/** The action's name in the interface language, or its code when no message names it yet. */
export const ActionField = (_props: FieldProps) => {
  const record = useRecordContext<AuditRecord>();
  const translate = useTranslate();
  if (!record?.action) return null;
  return (
    <Typography component="span" variant="body2">
      {translate(`accord.audit.actions.${record.action}`, { _: record.action })}
    </Typography>
  );
};

export const EntityField = (_props: FieldProps) => {
  const record = useRecordContext<AuditRecord>();
  const translate = useTranslate();
  if (!record?.entityType) return null;
  return (
    <Box component="span" sx={{ display: 'inline-flex', flexDirection: 'column' }}>
      <Typography component="span" variant="body2">
        {translate(`accord.audit.entity_types.${record.entityType}`, { _: record.entityType })}
      </Typography>
      {record.entityId ? (
        <Typography
          component="span"
          variant="caption"
          color="text.secondary"
          sx={{ fontFamily: 'monospace' }}
        >
          {record.entityId}
        </Typography>
      ) : null}
    </Box>
  );
};

export const DetailsField = (_props: FieldProps) => {
  const record = useRecordContext<AuditRecord>();
  if (!record?.details || Object.keys(record.details).length === 0) return null;
  return (
    <Box
      component="pre"
      sx={{
        m: 0,
        p: 1.5,
        bgcolor: 'grey.50',
        borderRadius: 1,
        fontSize: 13,
        overflowX: 'auto',
        whiteSpace: 'pre-wrap',
      }}
    >
      {JSON.stringify(record.details, null, 2)}
    </Box>
  );
};
