import { CASE_STAGES, type CaseStage } from '@accord/contracts';
import {
  Alert,
  Checkbox,
  FormControlLabel,
  FormGroup,
  FormLabel,
  LinearProgress,
  MenuItem,
  Stack,
  TextField,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import { useLocaleState, useTranslate } from 'react-admin';
import { formatMoney } from '@accord/domain';
import { CommandDialog } from '../../common/CommandDialog';
import { formatCalendarDate } from '../../common/firm';
import { answer, useApi } from '../../providers/api';
import { useApiAnswer } from '../negotiation/useApiAnswer';
import type { CaseRecord } from './case';

const REOPEN_STAGES = CASE_STAGES.filter((s) => s !== 'closed');

/**
 * Reopening a closed case (managers): the stage it returns to, why, and which of the plans the closing
 * ended are resumed. Nothing comes back by itself: an unticked plan stays ended, its reminders too.
 */
export const ReopenDialog = ({ record, onClose }: { record: CaseRecord; onClose: () => void }) => {
  const translate = useTranslate();
  const [to, setTo] = useState<CaseStage>(record.closedFrom ?? 'negotiating');
  const [reason, setReason] = useState('');
  const [resume, setResume] = useState<string[]>([]);
  const api = useApi();
  // The case's plans, of which those the closing ended are offered.
  const plans = useApiAnswer(async () => {
    const listed = answer(
      await api.GET('/api/cases/{id}/repayment-plans', { params: { path: { id: record.id } } }),
    );
    return listed.data.filter((p) => p.endedOn);
  }, record.id);
  const debtCurrency = (debtId: string) => record.debts?.find((d) => d.id === debtId)?.currency;
  const [locale] = useLocaleState();

  return (
    <CommandDialog
      title={translate('accord.cases.reopen_title', { reference: record.reference })}
      onClose={onClose}
      command={() => ({
        resource: 'cases',
        id: record.id,
        action: 'reopen',
        data: { to, reason: reason.trim(), resumePlanIds: resume },
      })}
      success="accord.cases.reopened"
      successArgs={{ reference: record.reference, stage: translate(`accord.stages.${to}`) }}
      confirm={{ label: 'accord.cases.reopen_confirm' }}
      ready={reason.trim() !== ''}
      showRefusal="dialog"
    >
      {(refusal) => (
        <Stack spacing={2} sx={{ pt: 1 }}>
          {refusal ? (
            <Alert severity="error">{refusal instanceof Error ? refusal.message : String(refusal)}</Alert>
          ) : null}
          <TextField
            select
            required
            label={translate('accord.cases.reopen_to')}
            value={to}
            onChange={(event) => setTo(event.target.value as CaseStage)}
          >
            {REOPEN_STAGES.map((stage) => (
              <MenuItem key={stage} value={stage}>
                {translate(`accord.stages.${stage}`)}
              </MenuItem>
            ))}
          </TextField>
          <TextField
            required
            multiline
            minRows={2}
            label={translate('accord.cases.reopen_reason')}
            value={reason}
            onChange={(event) => setReason(event.target.value)}
            slotProps={{ htmlInput: { maxLength: 2000 } }}
          />
          {plans.error ? <Alert severity="error">{plans.error}</Alert> : null}
          {!plans.data && !plans.error ? <LinearProgress /> : null}
          {plans.data ? (
            plans.data.length ? (
              <FormGroup>
                <FormLabel>{translate('accord.cases.reopen_plans')}</FormLabel>
                {plans.data.map((plan) => (
                  <FormControlLabel
                    key={plan.id}
                    control={
                      <Checkbox
                        checked={resume.includes(plan.id)}
                        onChange={(event) =>
                          setResume((current) =>
                            event.target.checked
                              ? [...current, plan.id]
                              : current.filter((p) => p !== plan.id),
                          )
                        }
                      />
                    }
                    label={translate('accord.cases.reopen_plan', {
                      amount: formatMoney(plan.totalFen, debtCurrency(plan.debtId) ?? 'CNY', locale),
                      smart_count: plan.months,
                      date: plan.endedOn ? formatCalendarDate(plan.endedOn, locale) : '—',
                    })}
                  />
                ))}
              </FormGroup>
            ) : (
              <Typography variant="body2" color="text.secondary">
                {translate('accord.cases.reopen_plans_none')}
              </Typography>
            )
          ) : null}
        </Stack>
      )}
    </CommandDialog>
  );
};
