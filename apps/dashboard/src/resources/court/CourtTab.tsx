import AddIcon from '@mui/icons-material/Add';
import { Alert, Button, LinearProgress, Stack, Typography } from '@mui/material';
import { useState } from 'react';
import { useRecordContext, useTranslate } from 'react-admin';
import { answer, useApi } from '../../providers/api';
import type { CaseRecord } from '../cases/case';
import { useCaseFiles } from '../documents/useCaseFiles';
import { debtChoices, debtName } from '../negotiation/debt-names';
import { useApiAnswer } from '../negotiation/useApiAnswer';
import type { CourtEvent, CourtMatter } from './court';
import { CompleteDeadlineDialog, MoveDeadlineDialog } from './DeadlineDialogs';
import { DemandDialog } from './DemandDialog';
import { AddEventDialog } from './EventDialog';
import { MatterCard } from './MatterCard';
import { AddMatterDialog, ConcludeMatterDialog } from './MatterDialogs';
import { RiskCard } from './RiskCard';

type Open =
  | { kind: 'matter' }
  | { kind: 'demand' }
  | { kind: 'event'; matter: CourtMatter }
  | { kind: 'conclude'; matter: CourtMatter }
  | { kind: 'move' | 'complete'; event: CourtEvent };

/**
 * The case's court side (法院): the litigation risk with its reasons in words, the creditors' demands it
 * counts from, and the court matters with their events and deadlines. What is recorded here is what
 * reminds the officer, the manager and the client before each sitting and deadline.
 */
export const CourtTab = () => {
  const record = useRecordContext<CaseRecord>();
  const translate = useTranslate();
  const api = useApi();
  const [open, setOpen] = useState<Open | null>(null);
  const [reloads, setReloads] = useState(0);
  const caseId = record?.id;
  const court = useApiAnswer(
    async () =>
      answer(await api.GET('/api/cases/{caseId}/court', { params: { path: { caseId: caseId ?? '' } } })),
    caseId ? `${caseId}:${record?.lastActivityAt}:${reloads}` : null,
  );
  const files = useCaseFiles(caseId);
  const reload = () => setReloads((n) => n + 1);
  const close = () => setOpen(null);
  const t = (key: string) => translate(`accord.court.${key}`);

  if (!record) return null;
  const readOnly = record.stage === 'closed';
  const debts = record.debts ?? [];
  const openDebts = debts.filter((d) => d.status === 'open');
  const debtNames = new Map(debts.map((d) => [d.id, debtName(d)]));
  const fileNames = new Map(files.map((f) => [f.id, f.name]));
  const data = court.data;

  return (
    <Stack spacing={2} data-testid="court-tab">
      <Stack
        direction={{ xs: 'column', md: 'row' }}
        spacing={1}
        sx={{ justifyContent: 'space-between', alignItems: { md: 'center' } }}
      >
        <Typography variant="body2" color="text.secondary" sx={{ maxWidth: 720 }}>
          {t('help')}
        </Typography>
        {readOnly ? null : (
          <Button
            variant="contained"
            startIcon={<AddIcon />}
            onClick={() => setOpen({ kind: 'matter' })}
            sx={{ flexShrink: 0, alignSelf: { xs: 'flex-start', md: 'center' } }}
          >
            {t('matters.add')}
          </Button>
        )}
      </Stack>
      {court.error ? (
        <Alert severity="error">{court.error}</Alert>
      ) : !data ? (
        <LinearProgress />
      ) : (
        <>
          <Typography variant="h6" component="h2">
            {t('matters.title')}
          </Typography>
          {data.matters.length === 0 ? (
            <Typography variant="body2" color="text.secondary">
              {t('matters.none')}
            </Typography>
          ) : (
            data.matters.map((matter) => (
              <MatterCard
                key={matter.id}
                matter={matter}
                debtNames={debtNames}
                fileNames={fileNames}
                onAddEvent={readOnly ? undefined : () => setOpen({ kind: 'event', matter })}
                onConclude={readOnly ? undefined : () => setOpen({ kind: 'conclude', matter })}
                onDeadline={readOnly ? undefined : (kind, event) => setOpen({ kind, event })}
              />
            ))
          )}
          <RiskCard
            court={data}
            debtNames={debtNames}
            onAddDemand={readOnly || openDebts.length === 0 ? undefined : () => setOpen({ kind: 'demand' })}
          />
        </>
      )}
      {open?.kind === 'matter' ? (
        <AddMatterDialog caseId={record.id} debts={openDebts} onClose={close} onDone={reload} />
      ) : null}
      {open?.kind === 'demand' ? (
        <DemandDialog debts={debtChoices(debts)} onClose={close} onDone={reload} />
      ) : null}
      {open?.kind === 'event' ? (
        <AddEventDialog matter={open.matter} files={files} onClose={close} onDone={reload} />
      ) : null}
      {open?.kind === 'conclude' ? (
        <ConcludeMatterDialog matter={open.matter} onClose={close} onDone={reload} />
      ) : null}
      {open?.kind === 'move' ? (
        <MoveDeadlineDialog deadline={open.event} onClose={close} onDone={reload} />
      ) : null}
      {open?.kind === 'complete' ? (
        <CompleteDeadlineDialog deadline={open.event} onClose={close} onDone={reload} />
      ) : null}
    </Stack>
  );
};
