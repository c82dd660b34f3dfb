import { CASE_STAGES, type CaseStage } from '@accord/contracts';
import {
  Alert,
  Box,
  Button,
  Checkbox,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  FormControlLabel,
  FormGroup,
  FormLabel,
  LinearProgress,
  MenuItem,
  Stack,
  TextField,
  Typography,
} from '@mui/material';
import { useId, useState, type FormEvent } from 'react';
import { useDataProvider, useLocaleState, useNotify, useRefresh, useTranslate } from 'react-admin';
import { formatMoney } from '@accord/domain';
import { formatCalendarDate } from '../../common/firm';
import type { AccordDataProvider } from '../../providers/dataProvider';
import { useApiAnswer } from '../negotiation/useApiAnswer';
import type { CaseRecord } from './case';

const REOPEN_STAGES = CASE_STAGES.filter((s) => s !== 'closed');

/** A plan the closing ended, as the reopening lists it. */
interface EndedPlan {
  id: string;
  totalFen: number;
  months: number;
  debtId: string;
  endedOn: string | null;
}

/**
 * Reopening a closed case (managers): the stage it returns to, why, and which of the plans the closing
 * ended are resumed. Nothing comes back by itself: an unticked plan stays ended, its reminders too.
 */
export const ReopenDialog = ({ record, onClose }: { record: CaseRecord; onClose: () => void }) => {
  const translate = useTranslate();
  const dataProvider = useDataProvider<AccordDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const titleId = useId();
  const [to, setTo] = useState<CaseStage>(record.closedFrom ?? 'negotiating');
  const [reason, setReason] = useState('');
  const [resume, setResume] = useState<string[]>([]);
  const [failure, setFailure] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const plans = useApiAnswer(async (provider) => {
    const listed = await provider.getNestedList<EndedPlan>('cases', {
      id: record.id,
      list: 'repayment-plans',
      pagination: { page: 1, perPage: 100 },
    });
    return listed.data.filter((p) => p.endedOn);
  }, record.id);
  const debtCurrency = (debtId: string) => record.debts?.find((d) => d.id === debtId)?.currency;
  const [locale] = useLocaleState();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!reason.trim() || pending) return;
    setPending(true);
    setFailure(null);
    try {
      await dataProvider.command('cases', {
        id: record.id,
        action: 'reopen',
        data: { to, reason: reason.trim(), resumePlanIds: resume },
      });
      notify('accord.cases.reopened', {
        type: 'success',
        messageArgs: { reference: record.reference, stage: translate(`accord.stages.${to}`) },
      });
      onClose();
      refresh();
    } catch (error) {
      setFailure(error instanceof Error ? error.message : String(error));
    } finally {
      setPending(false);
    }
  };

  return (
    <Dialog open onClose={pending ? undefined : onClose} aria-labelledby={titleId} fullWidth maxWidth="sm">
      <Box component="form" onSubmit={submit} noValidate>
        <DialogTitle id={titleId}>
          {translate('accord.cases.reopen_title', { reference: record.reference })}
        </DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ pt: 1 }}>
            {failure ? <Alert severity="error">{failure}</Alert> : null}
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
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose} disabled={pending}>
            {translate('ra.action.cancel')}
          </Button>
          <Button type="submit" variant="contained" disabled={!reason.trim() || pending}>
            {translate('accord.cases.reopen_confirm')}
          </Button>
        </DialogActions>
      </Box>
    </Dialog>
  );
};
