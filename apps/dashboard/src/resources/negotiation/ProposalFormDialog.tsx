import { DialogContent } from '@mui/material';
import { useState } from 'react';
import { Form, useDataProvider, useNotify, useTranslate } from 'react-admin';
import { DialogButtons, FormDialog } from '../../common/FormDialog';
import type { AccordDataProvider } from '../../providers/dataProvider';
import type { ContactRecord } from './contact';
import { withChargeSettled, type ProposalDraft, type ProposalRecord } from './proposal';
import { ProposalInputs } from './ProposalInputs';
import { useNotifyError } from '../../common/useNotifyError';

type ProposalFormDialogProps = {
  creditor: string;
  contacts: readonly ContactRecord[];
  onClose: () => void;
  onSaved: () => void;
} & ({ draft: ProposalDraft; proposal?: undefined } | { proposal: ProposalRecord; draft?: undefined });

/**
 * A new proposal (blank, or the terms of a suggested plan), saved as a draft; or the terms of a draft or
 * countered proposal, changed with the version that was read.
 */
export const ProposalFormDialog = ({
  creditor,
  contacts,
  draft,
  proposal,
  onClose,
  onSaved,
}: ProposalFormDialogProps) => {
  const translate = useTranslate();
  const notify = useNotify();
  const notifyError = useNotifyError();
  const dataProvider = useDataProvider<AccordDataProvider>();
  const [saving, setSaving] = useState(false);
  // Read once: the form starts over whenever its starting values change (a list read again behind it).
  const [start] = useState(() => proposal ?? draft);

  const save = async (typed: Partial<ProposalDraft>) => {
    const values = withChargeSettled(typed);
    setSaving(true);
    try {
      if (proposal) {
        await dataProvider.update('proposals', { id: proposal.id, data: values, previousData: proposal });
        notify('accord.proposals.updated', { type: 'success' });
      } else {
        await dataProvider.create('proposals', { data: values });
        notify('accord.proposals.created', { type: 'success' });
      }
      onSaved();
      onClose();
    } catch (error) {
      notifyError(error);
    } finally {
      setSaving(false);
    }
  };

  return (
    <FormDialog
      open
      onClose={onClose}
      maxWidth="md"
      title={translate(proposal ? 'accord.proposals.edit_title' : 'accord.proposals.new_title', { creditor })}
    >
      <Form record={start} onSubmit={save}>
        <DialogContent>
          <ProposalInputs contacts={contacts} />
        </DialogContent>
        <DialogButtons onClose={onClose} ready={!proposal && !saving} />
      </Form>
    </FormDialog>
  );
};
