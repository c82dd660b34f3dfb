import SwapIcon from '@mui/icons-material/SwapHorizOutlined';
import { Button, Dialog, DialogActions, DialogContent, DialogTitle } from '@mui/material';
import { useId, useState } from 'react';
import {
  Form,
  SaveButton,
  TextInput,
  maxLength,
  required,
  useDataProvider,
  useNotify,
  useRecordContext,
  useRefresh,
  useTranslate,
} from 'react-admin';
import { OfficerInput } from '../../common/OfficerInput';
import type { AccordDataProvider } from '../../providers/dataProvider';
import type { CaseRecord } from './case';
import { useNotifyError } from '../../common/useNotifyError';

/** Hands the case to another officer (managers and admins), with the reason the timeline keeps. */
export const ReassignButton = () => {
  const record = useRecordContext<CaseRecord>();
  const translate = useTranslate();
  const dataProvider = useDataProvider<AccordDataProvider>();
  const notify = useNotify();
  const notifyError = useNotifyError();
  const refresh = useRefresh();
  const titleId = useId();
  const [open, setOpen] = useState(false);
  if (!record) return null;

  const submit = async (values: Record<string, unknown>) => {
    try {
      await dataProvider.command('cases', {
        id: record.id,
        action: 'reassign',
        data: { officerId: values.officerId, reason: String(values.reason ?? '').trim() },
      });
      notify('accord.cases.reassigned', { type: 'success' });
      setOpen(false);
      refresh();
    } catch (error) {
      notifyError(error);
    }
  };

  return (
    <>
      <Button size="small" startIcon={<SwapIcon />} onClick={() => setOpen(true)}>
        {translate('accord.cases.reassign')}
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} aria-labelledby={titleId} fullWidth maxWidth="sm">
        <Form onSubmit={submit} record={{ officerId: record.officerId }} resource="cases">
          <DialogTitle id={titleId}>
            {translate('accord.cases.reassign_title', { reference: record.reference })}
          </DialogTitle>
          <DialogContent>
            <OfficerInput />
            <TextInput
              source="reason"
              label="accord.cases.move_reason"
              multiline
              minRows={2}
              validate={[required(), maxLength(2000)]}
            />
          </DialogContent>
          <DialogActions>
            <Button onClick={() => setOpen(false)}>{translate('ra.action.cancel')}</Button>
            <SaveButton label="accord.cases.reassign_confirm" icon={<SwapIcon />} alwaysEnable />
          </DialogActions>
        </Form>
      </Dialog>
    </>
  );
};
