import type { CaseStage } from '@accord/contracts';
import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import ArrowForwardIcon from '@mui/icons-material/ArrowForward';
import LockIcon from '@mui/icons-material/LockOutlined';
import LockOpenIcon from '@mui/icons-material/LockOpenOutlined';
import { Alert, Box, Button, Card, CardContent, Divider, Stack, Typography } from '@mui/material';
import { useState, type ReactNode } from 'react';
import { EditButton, Link, useCreatePath, useRecordContext, useTranslate } from 'react-admin';
import { CalendarDateField } from '../../common/CalendarDateField';
import { useCanAssignOfficers } from '../../common/useCanAssignOfficers';
import type { CaseRecord } from './case';
import { LitigationRiskField, OutcomeField, StageField } from './CaseFields';
import { ReassignButton } from './ReassignDialog';
import { ReopenDialog } from './ReopenDialog';
import { StageStepper } from './StageStepper';
import { MOVE_LABELS, moveDirection } from './transition';
import { useTransitionDialog } from './TransitionDialog';

const Fact = ({ label, children }: { label: string; children: ReactNode }) => (
  <Box sx={{ minWidth: 120 }}>
    <Typography variant="caption" color="text.secondary" component="div">
      {label}
    </Typography>
    <Box sx={{ typography: 'body2' }}>{children}</Box>
  </Box>
);

const MOVE_ICONS = { forward: <ArrowForwardIcon />, back: <ArrowBackIcon />, close: <LockIcon /> };

/** The case's identity, where it stands on the spine, and the moves it may make from there. */
export const CaseHeader = () => {
  const record = useRecordContext<CaseRecord>();
  const translate = useTranslate();
  const createPath = useCreatePath();
  const canAssign = useCanAssignOfficers();
  const { open, dialog } = useTransitionDialog();
  const [reopening, setReopening] = useState(false);
  if (!record) return null;
  const closed = record.stage === 'closed';
  // Opened from a list, the page first shows the list's copy of the case, which has no moves yet.
  const moves = record.allowedMoves ?? [];
  const field = (name: string) => translate(`resources.cases.fields.${name}`);
  const moveLabel = (to: CaseStage) =>
    translate(MOVE_LABELS[moveDirection(record.stage, to)], { stage: translate(`accord.stages.${to}`) });

  return (
    <Card>
      <CardContent sx={{ pb: 1 }}>
        <Stack
          direction={{ xs: 'column', md: 'row' }}
          spacing={2}
          sx={{ justifyContent: 'space-between', alignItems: { md: 'flex-start' } }}
        >
          <Box>
            <Stack direction="row" spacing={1.5} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
              <Typography variant="h5" component="h1" sx={{ fontFamily: 'monospace', fontWeight: 600 }}>
                {record.reference}
              </Typography>
              <StageField source="stage" />
              <LitigationRiskField source="litigationRisk" />
              {record.outcome ? <OutcomeField source="outcome" /> : null}
            </Stack>
            <Stack direction="row" spacing={4} sx={{ mt: 1.5, flexWrap: 'wrap', rowGap: 1 }}>
              <Fact label={field('clientName')}>
                <Link to={createPath({ resource: 'clients', id: record.clientId, type: 'show' })}>
                  {record.clientName ?? record.client?.fullName ?? '—'}
                </Link>
              </Fact>
              <Fact label={field('officerName')}>{record.officerName ?? '—'}</Fact>
              <Fact label={field('openedOn')}>
                <CalendarDateField source="openedOn" />
              </Fact>
              <Fact label={field('overdueReason')}>
                {translate(`accord.overdue_reasons.${record.overdueReason}`)}
                {record.overdueReasonText ? (
                  <Typography variant="body2" color="text.secondary" component="div" sx={{ maxWidth: 420 }}>
                    {record.overdueReasonText}
                  </Typography>
                ) : null}
              </Fact>
            </Stack>
          </Box>
          <Stack direction="row" spacing={1} sx={{ flexShrink: 0 }}>
            {canAssign && closed ? (
              <Button
                size="small"
                variant="outlined"
                startIcon={<LockOpenIcon />}
                onClick={() => setReopening(true)}
              >
                {translate('accord.cases.reopen')}
              </Button>
            ) : null}
            {canAssign && !closed ? <ReassignButton /> : null}
            {closed ? null : <EditButton />}
          </Stack>
        </Stack>
      </CardContent>
      {record.consentWithdrawn ? (
        <Alert severity="error" square data-testid="consent-withdrawn">
          {translate('accord.cases.consent_withdrawn')}
        </Alert>
      ) : null}
      <Divider />
      <CardContent>
        <StageStepper stage={record.stage} closedFrom={record.closedFrom} />
        {moves.length ? (
          <Stack
            direction="row"
            spacing={1}
            sx={{ mt: 2, justifyContent: 'flex-end', flexWrap: 'wrap', rowGap: 1 }}
            aria-label={translate('accord.cases.moves')}
          >
            {moves.map((to) => {
              const direction = moveDirection(record.stage, to);
              return (
                <Button
                  key={to}
                  size="small"
                  variant={direction === 'forward' ? 'contained' : 'outlined'}
                  color={direction === 'close' ? 'error' : 'primary'}
                  startIcon={MOVE_ICONS[direction]}
                  onClick={() => open(record, to)}
                >
                  {moveLabel(to)}
                </Button>
              );
            })}
          </Stack>
        ) : null}
        {closed && record.closingNote ? (
          <Typography variant="body2" color="text.secondary" sx={{ mt: 2, whiteSpace: 'pre-line' }}>
            {translate('accord.labelled', { label: field('closingNote'), value: record.closingNote })}
          </Typography>
        ) : null}
      </CardContent>
      {dialog}
      {reopening ? <ReopenDialog record={record} onClose={() => setReopening(false)} /> : null}
    </Card>
  );
};
