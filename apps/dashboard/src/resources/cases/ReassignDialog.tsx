import SwapIcon from '@mui/icons-material/SwapHorizOutlined';
import { Button } from '@mui/material';
import { useState } from 'react';
import { TextInput, maxLength, required, useRecordContext, useTranslate } from 'react-admin';
import { CommandDialog } from '../../common/CommandDialog';
import { OfficerInput } from '../../common/OfficerInput';
import type { CaseRecord } from './case';

/** Hands the case to another officer (managers and admins), with the reason the timeline keeps. */
export const ReassignButton = () => {
  const record = useRecordContext<CaseRecord>();
  const translate = useTranslate();
  const [open, setOpen] = useState(false);
  if (!record) return null;

  return (
    <>
      <Button size="small" startIcon={<SwapIcon />} onClick={() => setOpen(true)}>
        {translate('accord.cases.reassign')}
      </Button>
      <CommandDialog
        open={open}
        onClose={() => setOpen(false)}
        title={translate('accord.cases.reassign_title', { reference: record.reference })}
        record={{ officerId: record.officerId }}
        resource="cases"
        command={(values) => ({
          resource: 'cases',
          id: record.id,
          action: 'reassign',
          data: { officerId: values.officerId, reason: String(values.reason ?? '').trim() },
        })}
        success="accord.cases.reassigned"
        confirm={{ label: 'accord.cases.reassign_confirm', icon: <SwapIcon /> }}
      >
        <OfficerInput />
        <TextInput
          source="reason"
          label="accord.cases.move_reason"
          multiline
          minRows={2}
          validate={[required(), maxLength(2000)]}
        />
      </CommandDialog>
    </>
  );
};
