import { CASE_OUTCOMES, type CasePolicyReason, type CaseStage } from '@accord/contracts';
import {
  Alert,
  AlertTitle,
  Box,
  LinearProgress,
  MenuItem,
  Stack,
  TextField,
  Typography,
} from '@mui/material';
import { useCallback, useState, type ReactNode } from 'react';
import { Link, useCreatePath, useTranslate } from 'react-admin';
import { CommandDialog } from '../../common/CommandDialog';
import { answer as dataOf, useApi } from '../../providers/api';
import type { CaseListRecord } from './case';
import { useApiAnswer } from '../negotiation/useApiAnswer';
import { answerMove, REASON_FIXES, type MoveInput } from './move-answer';
import { moveDirection, readRefusal, type Refusal } from './transition';

export interface TransitionRequest {
  caseRecord: Pick<CaseListRecord, 'id' | 'reference' | 'stage' | 'version' | 'outcome' | 'clientId'>;
  to: CaseStage;
}

interface TransitionDialogProps {
  request: TransitionRequest;
  onClose: () => void;
}

/**
 * A move of a case: first what the case policy still needs (each unmet condition with a link to where
 * it is fixed), answered as the person types by the same policy the API asks; a reason only for a
 * move back, the outcome and closing note (its reason) when closing, and a manager's approval where
 * one is needed. Nothing moves on screen until the API has said yes; a refusal stays in the dialog.
 * Render it for one request at a time (keyed by it), so what was typed for one move is never sent with
 * another.
 */
export const TransitionDialog = ({ request, onClose }: TransitionDialogProps) => {
  const translate = useTranslate();
  const api = useApi();
  const { caseRecord, to } = request;
  const policy = useApiAnswer(
    async () => dataOf(await api.GET('/api/cases/{id}/actions', { params: { path: { id: caseRecord.id } } })),
    caseRecord.id,
  );
  const [input, setInput] = useState<MoveInput>({
    reason: '',
    outcome: caseRecord.outcome ?? '',
    closingNote: '',
    approvalReason: '',
  });

  const closing = to === 'closed';
  const direction = moveDirection(caseRecord.stage, to);
  const stageName = (stage: CaseStage) => translate(`accord.stages.${stage}`);
  const answer = policy.data ? answerMove(policy.data.facts, to, input) : null;
  const set = (field: keyof MoveInput) => (event: { target: { value: string } }) =>
    setInput((current) => ({ ...current, [field]: event.target.value }));

  return (
    <CommandDialog
      title={translate(closing ? 'accord.cases.close_title' : 'accord.cases.move_title', {
        reference: caseRecord.reference,
        stage: stageName(to),
      })}
      onClose={onClose}
      command={() => ({
        resource: 'cases',
        id: caseRecord.id,
        action: 'transition',
        data: {
          to,
          version: caseRecord.version,
          ...(input.reason.trim() ? { reason: input.reason.trim() } : {}),
          ...(closing ? { outcome: input.outcome, closingNote: input.closingNote.trim() } : {}),
          ...(answer?.asksApproval ? { approvalReason: input.approvalReason.trim() } : {}),
        },
      })}
      success="accord.cases.moved"
      successArgs={{ reference: caseRecord.reference, stage: stageName(to) }}
      confirm={{
        label: closing ? 'accord.cases.close_confirm' : 'accord.cases.move_confirm',
        color: closing ? 'error' : 'primary',
      }}
      ready={answer?.allowed === true}
      showRefusal="dialog"
      // The case may have changed since the policy was read: ask it again what the move still needs.
      onRefused={() => policy.reload()}
    >
      {(refused) => (
        <Stack spacing={2}>
          <Typography variant="body2" color="text.secondary">
            {translate('accord.cases.move_from_to', {
              from: stageName(caseRecord.stage),
              to: stageName(to),
            })}
          </Typography>
          {policy.error ? <Alert severity="error">{policy.error}</Alert> : null}
          {!answer && !policy.error ? <LinearProgress /> : null}
          {answer?.caseReasons.length ? (
            <UnmetConditions
              reasons={answer.caseReasons}
              caseId={caseRecord.id}
              clientId={caseRecord.clientId}
              onLeave={onClose}
            />
          ) : null}
          {refused ? (
            <RefusalAlert
              refusal={readRefusal(refused, translate('ra.notification.http_error'))}
              stageName={stageName}
            />
          ) : null}
          {closing ? null : (
            <TextField
              autoFocus
              required={direction === 'back'}
              multiline
              minRows={2}
              label={translate(
                direction === 'back' ? 'accord.cases.move_reason_back' : 'accord.cases.move_reason_optional',
              )}
              helperText={translate('accord.cases.move_reason_help')}
              value={input.reason}
              onChange={set('reason')}
              slotProps={{ htmlInput: { maxLength: 2000 } }}
            />
          )}
          {closing ? (
            <>
              <TextField
                select
                required
                label={translate('resources.cases.fields.outcome')}
                value={input.outcome}
                onChange={set('outcome')}
              >
                {CASE_OUTCOMES.map((value) => (
                  <MenuItem key={value} value={value}>
                    {translate(`accord.outcomes.${value}`)}
                  </MenuItem>
                ))}
              </TextField>
              <TextField
                required
                multiline
                minRows={3}
                label={translate('resources.cases.fields.closingNote')}
                helperText={translate('accord.cases.closing_note_help')}
                value={input.closingNote}
                onChange={set('closingNote')}
                slotProps={{ htmlInput: { maxLength: 4000 } }}
              />
              {answer?.asksApproval ? (
                <TextField
                  required
                  multiline
                  minRows={2}
                  label={translate('accord.cases.approval_reason')}
                  value={input.approvalReason}
                  onChange={set('approvalReason')}
                  slotProps={{ htmlInput: { maxLength: 2000 } }}
                />
              ) : null}
            </>
          ) : null}
        </Stack>
      )}
    </CommandDialog>
  );
};

/** The case's unmet conditions, each with a link to the tab or record where it is fixed. */
const UnmetConditions = ({
  reasons,
  caseId,
  clientId,
  onLeave,
}: {
  reasons: CasePolicyReason[];
  caseId: string;
  clientId: string;
  onLeave: () => void;
}) => {
  const translate = useTranslate();
  const createPath = useCreatePath();
  const where = (reason: CasePolicyReason): string | null => {
    const fix = REASON_FIXES[reason];
    if (!fix) return null;
    if (fix === 'client') return createPath({ resource: 'clients', id: clientId, type: 'edit' });
    const show = createPath({ resource: 'cases', id: caseId, type: 'show' });
    return fix.tab ? `${show}/${fix.tab}` : show;
  };
  return (
    <Alert severity="warning" data-testid="unmet-conditions">
      <AlertTitle>{translate('accord.cases.still_missing')}</AlertTitle>
      <Box component="ul" sx={{ m: 0, pl: 2.5 }}>
        {reasons.map((code) => {
          const path = where(code);
          return (
            <li key={code}>
              {translate(`accord.case_policy.${code}`, { _: code })}
              {path ? (
                <>
                  {' '}
                  <Link to={path} onClick={onLeave}>
                    {translate('accord.cases.fix_it')}
                  </Link>
                </>
              ) : null}
            </li>
          );
        })}
      </Box>
    </Alert>
  );
};

const RefusalAlert = ({
  refusal,
  stageName,
}: {
  refusal: Refusal;
  stageName: (stage: CaseStage) => string;
}) => {
  const translate = useTranslate();
  if (refusal.kind === 'other') {
    return (
      <Alert severity="error" role="alert">
        {refusal.message}
      </Alert>
    );
  }
  if (refusal.kind === 'not_allowed') {
    return (
      <Alert severity="warning" role="alert">
        <AlertTitle>{translate('accord.cases.refused_title')}</AlertTitle>
        {translate('accord.cases.allowed_moves', {
          stages: refusal.allowedMoves.map(stageName).join(translate('accord.list_separator')) || '—',
        })}
      </Alert>
    );
  }
  return (
    <Alert severity="warning" role="alert" data-testid="unmet-conditions">
      <AlertTitle>{translate('accord.cases.refused_title')}</AlertTitle>
      <Box component="ul" sx={{ m: 0, pl: 2.5 }}>
        {refusal.unmet.map((code) => (
          // A condition a later feature adds shows its code until its message is written.
          <li key={code}>{translate(`accord.case_policy.${code}`, { _: code })}</li>
        ))}
      </Box>
    </Alert>
  );
};

/** One transition dialog for a page or board: `open(case, to)` shows it for that move. */
export function useTransitionDialog(): {
  open: (caseRecord: TransitionRequest['caseRecord'], to: CaseStage) => void;
  dialog: ReactNode;
} {
  const [request, setRequest] = useState<(TransitionRequest & { serial: number }) | null>(null);
  const open = useCallback(
    (caseRecord: TransitionRequest['caseRecord'], to: CaseStage) =>
      setRequest((previous) => ({ caseRecord, to, serial: (previous?.serial ?? 0) + 1 })),
    [],
  );
  const dialog = request ? (
    <TransitionDialog key={request.serial} request={request} onClose={() => setRequest(null)} />
  ) : null;
  return { open, dialog };
}
