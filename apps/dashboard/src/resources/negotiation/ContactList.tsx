import {
  Box,
  Chip,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { useLocaleState, useTranslate } from 'react-admin';
import { formatFirmInstant } from '../../common/firm';
import type { DebtRecord } from '../debts/debt';
import type { ContactRecord } from './contact';
import { debtName } from './debt-names';

/** The log, newest first: who was reached how and when, what was said, and when to call again. */
export const ContactList = ({
  contacts,
  debts,
  now,
}: {
  contacts: readonly ContactRecord[];
  debts: readonly DebtRecord[] | undefined;
  /** Follow-ups before this instant are due: they show as such. */
  now: Date;
}) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const field = (name: string) => translate(`resources.contacts.fields.${name}`);
  const nameOf = (debtId: string | null) => {
    const debt = debtId ? debts?.find((d) => d.id === debtId) : undefined;
    return debt ? debtName(debt) : '—';
  };
  return (
    <TableContainer sx={{ border: '1px solid', borderColor: 'divider', borderRadius: 1 }}>
      <Table size="small" aria-label={translate('accord.contacts.list')}>
        <TableHead>
          <TableRow sx={{ '& th': { whiteSpace: 'nowrap' } }}>
            <TableCell>{field('occurredAt')}</TableCell>
            <TableCell>
              {field('party')} · {field('channel')}
            </TableCell>
            <TableCell>{field('debtId')}</TableCell>
            <TableCell>{field('person')}</TableCell>
            <TableCell sx={{ width: '40%' }}>{field('summary')}</TableCell>
            <TableCell>{field('nextFollowUpAt')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {contacts.map((contact) => {
            const due = contact.nextFollowUpAt !== null && new Date(contact.nextFollowUpAt) <= now;
            return (
              <TableRow key={contact.id} data-testid="contact" sx={{ verticalAlign: 'top' }}>
                <TableCell sx={{ whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' }}>
                  {formatFirmInstant(contact.occurredAt, locale)}
                </TableCell>
                <TableCell sx={{ minWidth: 150 }}>
                  <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 0.5 }}>
                    <Chip
                      size="small"
                      color={contact.party === 'creditor' ? 'primary' : 'default'}
                      variant="outlined"
                      label={translate(`accord.contact_parties.${contact.party}`)}
                    />
                    <Chip
                      size="small"
                      variant="outlined"
                      label={translate(`accord.contact_channels.${contact.channel}`, { _: contact.channel })}
                    />
                  </Box>
                </TableCell>
                <TableCell sx={{ minWidth: 120 }}>{nameOf(contact.debtId)}</TableCell>
                <TableCell sx={{ minWidth: 120 }}>{contact.person ?? '—'}</TableCell>
                <TableCell>
                  <Typography variant="body2" sx={{ whiteSpace: 'pre-line' }}>
                    {contact.summary}
                  </Typography>
                  {contact.outcome ? (
                    <Typography variant="body2" color="text.secondary" sx={{ mt: 0.5 }}>
                      {translate('accord.labelled', { label: field('outcome'), value: contact.outcome })}
                    </Typography>
                  ) : null}
                </TableCell>
                <TableCell
                  sx={{
                    whiteSpace: 'nowrap',
                    fontVariantNumeric: 'tabular-nums',
                    color: due ? 'warning.dark' : undefined,
                    fontWeight: due ? 600 : undefined,
                  }}
                >
                  {contact.nextFollowUpAt ? formatFirmInstant(contact.nextFollowUpAt, locale) : '—'}
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </TableContainer>
  );
};
