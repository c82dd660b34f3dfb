import SwapIcon from '@mui/icons-material/SwapHorizOutlined';
import {
  Alert,
  DialogActions,
  DialogContent,
  LinearProgress,
  Button as MuiButton,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import {
  Button,
  Form,
  maxLength,
  required,
  TextInput,
  useListContext,
  useNotify,
  useRefresh,
  useTranslate,
  type Identifier,
  type RaRecord,
} from 'react-admin';
import { DialogButtons, FormDialog } from '../../common/FormDialog';
import { OfficerInput } from '../../common/OfficerInput';
import { answer, useApi, type Schema } from '../../providers/api';
import type { CaseListRecord } from './case';
import { MAX_REASSIGN } from './reassign';
import { useReassignSuggestion } from './useReassignSuggestion';
import { useNotifyError } from '../../common/useNotifyError';

/** The case list's bulk action for managers and admins: the selected cases to one officer, all or none. */
export const BulkReassignButton = () => {
  const { selectedIds, data } = useListContext<CaseListRecord>();
  const [open, setOpen] = useState(false);
  // The officers the cases are taken from, as far as this page shows them (a selection may span pages).
  const owners = [...new Set((data ?? []).filter((c) => selectedIds.includes(c.id)).map((c) => c.officerId))];
  return (
    <>
      <Button label="accord.cases.reassign" onClick={() => setOpen(true)} data-testid="bulk-reassign">
        <SwapIcon />
      </Button>
      {open ? (
        <BulkReassignDialog caseIds={selectedIds} owners={owners} onClose={() => setOpen(false)} />
      ) : null}
    </>
  );
};

type ReassignValues = Pick<Schema<'BulkReassignDto'>, 'officerId' | 'reason'>;

const BulkReassignDialog = ({
  caseIds,
  owners,
  onClose,
}: {
  caseIds: Identifier[];
  owners: string[];
  onClose: () => void;
}) => {
  const translate = useTranslate();
  const api = useApi();
  const notify = useNotify();
  const notifyError = useNotifyError();
  const refresh = useRefresh();
  const { onUnselectItems } = useListContext();
  const { settled, suggestion, target } = useReassignSuggestion(owners);
  const [saving, setSaving] = useState(false);
  const tooMany = caseIds.length > MAX_REASSIGN;

  const loads = new Map(suggestion?.officers.map((o) => [o.officerId, o.openCases]));
  const officerText = (officer: RaRecord) => {
    const open = loads.get(String(officer.id));
    return open === undefined
      ? String(officer.fullName)
      : translate('accord.cases.officer_load', { name: officer.fullName, smart_count: open });
  };
  const suggested = suggestion?.officers.find((o) => o.officerId === target);

  const save = async (values: Partial<ReassignValues>) => {
    setSaving(true);
    try {
      // The officer is a required input: the form is not sent without one.
      const { moved } = answer(
        await api.POST('/api/cases/reassign', {
          body: {
            caseIds: caseIds.map(String),
            officerId: values.officerId ?? '',
            reason: String(values.reason ?? '').trim(),
          },
        }),
      );
      notify('accord.cases.bulk_reassigned', { type: 'success', messageArgs: { smart_count: moved } });
      onUnselectItems();
      onClose();
      refresh();
    } catch (error) {
      // Already in the reader's language: the API client translates the error's code. Nothing moved.
      notifyError(error);
    } finally {
      setSaving(false);
    }
  };

  return (
    <FormDialog
      open
      onClose={onClose}
      title={translate('accord.cases.bulk_reassign_title', { smart_count: caseIds.length })}
    >
      {tooMany ? (
        <>
          <DialogContent>
            <Alert severity="error">
              {translate('accord.cases.bulk_reassign_too_many', { max: MAX_REASSIGN })}
            </Alert>
          </DialogContent>
          <DialogActions>
            <MuiButton onClick={onClose}>{translate('ra.action.close')}</MuiButton>
          </DialogActions>
        </>
      ) : settled ? (
        <Form<ReassignValues>
          record={{ officerId: target ?? '', reason: '' }}
          onSubmit={save}
          resource="cases"
        >
          <DialogContent>
            <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
              {translate('accord.cases.bulk_reassign_help')}
            </Typography>
            <OfficerInput
              optionText={officerText}
              helperText={
                suggested ? translate('accord.cases.suggested_officer', { name: suggested.name }) : undefined
              }
            />
            <TextInput
              source="reason"
              label="accord.cases.move_reason"
              helperText="accord.cases.bulk_reassign_reason_help"
              multiline
              minRows={2}
              validate={[required(), maxLength(2000)]}
            />
          </DialogContent>
          <DialogButtons onClose={onClose} label="accord.cases.reassign_confirm" ready={!saving} />
        </Form>
      ) : (
        <DialogContent>
          <LinearProgress aria-label={translate('ra.page.loading')} />
        </DialogContent>
      )}
    </FormDialog>
  );
};
