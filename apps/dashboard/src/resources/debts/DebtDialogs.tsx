import { Button, DialogActions, DialogContent, TextField } from '@mui/material';
import { useState } from 'react';
import { CreateBase, EditBase, Form, useNotify, useRefresh, useTranslate, useUpdate } from 'react-admin';
import { DialogButtons, FormDialog } from '../../common/FormDialog';
import type { DebtRecord } from './debt';
import { DebtInputs } from './DebtInputs';
import { useNotifyError } from '../../common/useNotifyError';

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
  const notify = useNotify();
  const notifyError = useNotifyError();
  const refresh = useRefresh();
  const [reason, setReason] = useState('');
  const [update, { isPending }] = useUpdate<DebtRecord>();
  const exclude = () =>
    update(
      'debts',
      { id: debt.id, data: { status: 'excluded', excludedReason: reason.trim() }, previousData: debt },
      {
        mutationMode: 'pessimistic',
        onSuccess: () => {
          notify('accord.debts.excluded', { type: 'success' });
          onClose();
          refresh();
        },
        onError: (error) => {
          notifyError(error);
        },
      },
    );
  return (
    <FormDialog
      open
      onClose={onClose}
      title={translate('accord.debts.exclude_title', { creditor: debt.creditorName })}
    >
      <DialogContent>
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
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{translate('ra.action.cancel')}</Button>
        <Button variant="contained" color="warning" disabled={!reason.trim() || isPending} onClick={exclude}>
          {translate('accord.debts.exclude')}
        </Button>
      </DialogActions>
    </FormDialog>
  );
};
