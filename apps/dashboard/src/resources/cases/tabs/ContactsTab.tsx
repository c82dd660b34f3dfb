import AddCallIcon from '@mui/icons-material/AddIcCallOutlined';
import { Alert, Box, Button, LinearProgress, Stack, Typography } from '@mui/material';
import { useState } from 'react';
import { useGetList, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import { ContactDialog } from '../../negotiation/ContactDialog';
import { ContactList } from '../../negotiation/ContactList';
import type { ContactRecord } from '../../negotiation/contact';
import type { CaseRecord } from '../case';

const PAGE_SIZE = 50;

/** The case's contact log (聯繫紀錄): every call, chat, letter and visit, and the next follow-up of each. */
export const ContactsTab = () => {
  const record = useRecordContext<CaseRecord>();
  const translate = useTranslate();
  const refresh = useRefresh();
  const [logging, setLogging] = useState(false);
  const [shown, setShown] = useState(PAGE_SIZE);
  const caseId = record?.id;
  const contacts = useGetList<ContactRecord>(
    'contacts',
    {
      filter: { caseId },
      pagination: { page: 1, perPage: shown },
      sort: { field: 'occurredAt', order: 'DESC' },
    },
    { enabled: Boolean(caseId), placeholderData: (previous) => previous },
  );

  if (!record) return null;
  const readOnly = record.stage === 'closed';
  const total = contacts.total ?? 0;

  return (
    <Stack spacing={2}>
      <Stack direction="row" sx={{ justifyContent: 'space-between', alignItems: 'center' }}>
        <Typography variant="body2" color="text.secondary">
          {translate('accord.contacts.summary', { smart_count: total })}
        </Typography>
        {readOnly ? null : (
          <Button variant="contained" startIcon={<AddCallIcon />} onClick={() => setLogging(true)}>
            {translate('accord.contacts.log')}
          </Button>
        )}
      </Stack>
      {contacts.error ? (
        <Alert severity="error">{contacts.error.message}</Alert>
      ) : contacts.isPending ? (
        <LinearProgress />
      ) : contacts.data.length === 0 ? (
        <Typography variant="body2" color="text.secondary">
          {translate('accord.contacts.none')}
        </Typography>
      ) : (
        <Box>
          <ContactList contacts={contacts.data} debts={record.debts} now={new Date()} />
          {contacts.data.length < total ? (
            <Button onClick={() => setShown((n) => n + PAGE_SIZE)} sx={{ mt: 1 }}>
              {translate('accord.timeline.more', { smart_count: total - contacts.data.length })}
            </Button>
          ) : null}
        </Box>
      )}
      {logging ? (
        <ContactDialog
          caseId={record.id}
          debts={record.debts}
          onClose={() => setLogging(false)}
          onLogged={refresh}
        />
      ) : null}
    </Stack>
  );
};
