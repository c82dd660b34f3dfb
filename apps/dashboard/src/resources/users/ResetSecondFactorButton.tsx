import { Button } from '@mui/material';
import { useState } from 'react';
import { Confirm, useNotify, useRecordContext, useTranslate } from 'react-admin';
import { useNotifyError } from '../../common/useNotifyError';
import { answer, useApi, type Schema } from '../../providers/api';

/** An admin removes a person's second factor (a lost phone): their sessions end and they set it up again. */
export const ResetSecondFactorButton = () => {
  const record = useRecordContext<Schema<'UserView'>>();
  const translate = useTranslate();
  const notify = useNotify();
  const notifyError = useNotifyError();
  const api = useApi();
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  if (!record) return null;

  const reset = async () => {
    setBusy(true);
    try {
      answer(await api.POST('/api/users/{id}/second-factor/reset', { params: { path: { id: record.id } } }));
      notify('accord.second_factor.reset_done', { type: 'success' });
      setAsking(false);
    } catch (error) {
      notifyError(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Button onClick={() => setAsking(true)}>{translate('accord.second_factor.reset')}</Button>
      <Confirm
        isOpen={asking}
        loading={busy}
        title="accord.second_factor.reset"
        content="accord.second_factor.reset_confirm"
        onConfirm={() => void reset()}
        onClose={() => setAsking(false)}
      />
    </>
  );
};
