import { DialogContent, Stack } from '@mui/material';
import { useState } from 'react';
import {
  DateInput,
  Form,
  maxLength,
  RadioButtonGroupInput,
  regex,
  required,
  SelectInput,
  TextInput,
  useDataProvider,
  useNotify,
  useTranslate,
} from 'react-admin';
import { contactLogChannelChoices, contactPartyChoices } from '../../common/choices';
import { firmNow } from '../../common/firm';
import { DialogButtons, FormDialog } from '../../common/FormDialog';
import type { AccordDataProvider } from '../../providers/dataProvider';
import type { DebtRecord } from '../debts/debt';
import { contactBody, type ContactFormValues } from './contact';
import { debtChoices } from './debt-names';
import { useNotifyError } from '../../common/useNotifyError';

const CLOCK_TIME = regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'accord.contacts.time_invalid');

/** Both inputs of a follow-up or neither: a time alone says nothing. */
const timeNeedsDate = (value: unknown, values: Partial<ContactFormValues>) =>
  value && !values.followUpOn ? 'accord.contacts.time_needs_date' : undefined;

interface ContactDialogProps {
  caseId: string;
  debts: readonly DebtRecord[] | undefined;
  onClose: () => void;
  onLogged: () => void;
}

/**
 * Logs a call (or chat, letter, visit) as it just happened: with the creditor on their hotline, now, unless
 * changed. Times are typed on the firm's clock and sent with its offset.
 */
export const ContactDialog = ({ caseId, debts, onClose, onLogged }: ContactDialogProps) => {
  const translate = useTranslate();
  const notify = useNotify();
  const notifyError = useNotifyError();
  const dataProvider = useDataProvider<AccordDataProvider>();
  const [saving, setSaving] = useState(false);
  // Read once: the form starts over whenever its starting values change.
  const [defaults] = useState((): Partial<ContactFormValues> => {
    const now = firmNow();
    const choices = debtChoices(debts);
    return {
      party: 'creditor',
      channel: 'hotline',
      occurredOn: now.date,
      occurredTime: now.time,
      // With one debt, a call to a creditor is about that debt.
      debtId: choices.length === 1 ? choices[0].id : null,
    };
  });
  const choices = debtChoices(debts);

  const save = async (values: Partial<ContactFormValues>) => {
    setSaving(true);
    try {
      await dataProvider.create('contacts', { data: contactBody(caseId, values as ContactFormValues) });
      notify('accord.contacts.logged', { type: 'success' });
      onLogged();
      onClose();
    } catch (error) {
      notifyError(error);
    } finally {
      setSaving(false);
    }
  };

  return (
    <FormDialog open onClose={onClose} title={translate('accord.contacts.log_title')} maxWidth="md">
      <Form record={defaults} onSubmit={save}>
        <DialogContent>
          <Stack
            direction={{ xs: 'column', sm: 'row' }}
            spacing={2}
            sx={{ alignItems: { sm: 'flex-end' }, mb: 1.5 }}
          >
            <RadioButtonGroupInput
              source="party"
              resource="contacts"
              choices={contactPartyChoices}
              validate={required()}
              helperText={false}
              sx={{ flex: '0 0 auto', width: 'auto', mr: 1 }}
            />
            <SelectInput
              source="channel"
              resource="contacts"
              choices={contactLogChannelChoices}
              validate={required()}
              helperText={false}
              sx={{ flex: 1 }}
            />
            <SelectInput
              source="debtId"
              resource="contacts"
              choices={choices}
              emptyText="accord.contacts.no_debt"
              helperText={false}
              sx={{ flex: 2 }}
            />
          </Stack>
          <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
            <DateInput
              source="occurredOn"
              label="accord.contacts.date"
              validate={required()}
              sx={{ flex: '0 0 180px' }}
            />
            <TextInput
              source="occurredTime"
              label="accord.contacts.time"
              type="time"
              validate={[required(), CLOCK_TIME]}
              sx={{ flex: '0 0 140px' }}
            />
            <TextInput source="person" resource="contacts" validate={maxLength(200)} sx={{ flex: 1 }} />
          </Stack>
          <TextInput
            source="summary"
            resource="contacts"
            multiline
            minRows={3}
            fullWidth
            validate={[required(), maxLength(4000)]}
          />
          <TextInput source="outcome" resource="contacts" multiline fullWidth validate={maxLength(2000)} />
          <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
            <DateInput
              source="followUpOn"
              label="accord.contacts.follow_up_date"
              helperText="accord.contacts.follow_up_help"
              sx={{ flex: 1 }}
            />
            <TextInput
              source="followUpTime"
              label="accord.contacts.follow_up_time"
              type="time"
              validate={[CLOCK_TIME, timeNeedsDate]}
              sx={{ flex: 1 }}
            />
          </Stack>
        </DialogContent>
        <DialogButtons onClose={onClose} ready={!saving} />
      </Form>
    </FormDialog>
  );
};
