import { DialogContent, TextField } from '@mui/material';
import { useState } from 'react';
import { CreateBase, EditBase, Form, useNotify, useRefresh, useTranslate } from 'react-admin';
import { CommandDialog } from '../../common/CommandDialog';
import { DialogButtons, FormDialog } from '../../common/FormDialog';
import type { DebtRecord } from './debt';
import { DebtInputs } from './DebtInputs';

/** Adds a debt to a case; the case page refetches so totals and the timeline follow. */
export const AddDebtDialog = ({ caseId, onClose }: { caseId: string; onClose: () => void }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  return (
    <FormDialog open onClose={onClose} title={translate('accord.debts.add')}>
      <CreateBase
        resource="debts"
        record={{ caseId }}
        redirect={false}
        mutationOptions={{
          onSuccess: () => {
            notify('ra.notification.created', { type: 'info', messageArgs: { smart_count: 1 } });
            onClose();
            refresh();
          },
        }}
      >
        <Form>
          <DialogContent>
            <DebtInputs mode="create" />
          </DialogContent>
          <DialogButtons onClose={onClose} />
        </Form>
      </CreateBase>
    </FormDialog>
  );
};

/** Corrects a debt, pessimistically: a stale version must show before the dialog closes. */
export const EditDebtDialog = ({ debt, onClose }: { debt: DebtRecord; onClose: () => void }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  return (
    <FormDialog
      open
      onClose={onClose}
      title={translate('accord.debts.edit', { creditor: debt.creditorName })}
    >
      <EditBase
        resource="debts"
        id={debt.id}
        redirect={false}
        mutationMode="pessimistic"
        mutationOptions={{
          onSuccess: () => {
            notify('ra.notification.updated', { type: 'info', messageArgs: { smart_count: 1 } });
            onClose();
            refresh();
          },
        }}
      >
        <Form>
          <DialogContent>
            <DebtInputs mode="edit" />
          </DialogContent>
          <DialogButtons onClose={onClose} />
        </Form>
      </EditBase>
    </FormDialog>
  );
};

/**
 * Leaves a debt out of the negotiation, with the reason the API requires (EXCLUSION_NEEDS_REASON): after
 * intake a debt is excluded rather than deleted, so the record of it stays.
 */
export const ExcludeDebtDialog = ({ debt, onClose }: { debt: DebtRecord; onClose: () => void }) => {
  const translate = useTranslate();
  const [reason, setReason] = useState('');
  return (
    <CommandDialog
      title={translate('accord.debts.exclude_title', { creditor: debt.creditorName })}
      onClose={onClose}
      command={() => ({
        resource: 'debts',
        id: debt.id,
        update: { status: 'excluded', excludedReason: reason.trim() },
        previousData: debt,
      })}
      success="accord.debts.excluded"
      confirm={{ label: 'accord.debts.exclude', color: 'warning' }}
      ready={reason.trim() !== ''}
    >
      <TextField
        autoFocus
        required
        fullWidth
        multiline
        minRows={2}
        margin="dense"
        label={translate('resources.debts.fields.excludedReason')}
        helperText={translate('accord.debts.exclude_help')}
        value={reason}
        onChange={(event) => setReason(event.target.value)}
        slotProps={{ htmlInput: { maxLength: 2000 } }}
      />
    </CommandDialog>
  );
};
