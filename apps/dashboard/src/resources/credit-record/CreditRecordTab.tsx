import { formatMoney } from '@accord/domain';
import AddIcon from '@mui/icons-material/Add';
import {
  Alert,
  Box,
  Button,
  Card,
  CardContent,
  Chip,
  LinearProgress,
  Stack,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import { Confirm, useLocaleState, useNotify, useRecordContext, useTranslate } from 'react-admin';
import { formatCalendarDate } from '../../common/firm';
import { useNotifyError } from '../../common/useNotifyError';
import { answer, useApi, type Schema } from '../../providers/api';
import type { CaseRecord } from '../cases/case';
import { useCaseFiles } from '../documents/useCaseFiles';
import { debtChoices } from '../negotiation/debt-names';
import { useApiAnswer } from '../negotiation/useApiAnswer';
import { CreditEntryDialog } from './CreditEntryDialog';
import { DisputeDialog, NothingToDisputeDialog } from './DisputeDialogs';

type Entry = Schema<'CreditEntryView'>;
type Dispute = Schema<'CreditDisputeView'>;
type Open =
  | { kind: 'entry'; entry: Entry | null }
  | {
      kind: 'dispute';
      move: 'prepare' | 'file' | 'answer' | 'withdraw';
      entryId: string;
      dispute: Dispute | null;
    }
  | { kind: 'nothing' }
  | { kind: 'delete'; entry: Entry };

/**
 * The case's credit record (信用紀錄): the accounts the client's report shows, until when each is shown and
 * whether the 2025 relief applies, in words; the disputes of wrong records with their filing, due day and
 * answer as given; and "nothing to dispute" with its reason. Nothing here promises to erase a true record.
 */
export const CreditRecordTab = () => {
  const record = useRecordContext<CaseRecord>();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const api = useApi();
  const notify = useNotify();
  const notifyError = useNotifyError();
  const [open, setOpen] = useState<Open | null>(null);
  const [reloads, setReloads] = useState(0);
  const caseId = record?.id;
  const credit = useApiAnswer(
    async () =>
      answer(
        await api.GET('/api/cases/{caseId}/credit-record', { params: { path: { caseId: caseId ?? '' } } }),
      ),
    caseId ? `${caseId}:${record?.lastActivityAt}:${reloads}` : null,
  );
  const rules = useApiAnswer(
    async () => answer(await api.GET('/api/credit-display-rules')),
    'credit-display-rules',
  );
  const files = useCaseFiles(caseId);
  const reload = () => setReloads((n) => n + 1);
  const t = (key: string, options?: Record<string, unknown>) =>
    translate(`accord.credit_record.${key}`, options);
  const date = (value: string) => formatCalendarDate(value, locale);

  if (!record) return null;
  const readOnly = record.stage === 'closed';
  const data = credit.data;
  const fileName = new Map(files.map((f) => [f.id, f.name]));
  const canSayNothing =
    !readOnly &&
    data !== undefined &&
    data.disputes.length === 0 &&
    !data.nothingToDispute &&
    (record.stage === 'repaying' || record.stage === 'credit_repair');

  const remove = async (entry: Entry) => {
    try {
      answer(await api.DELETE('/api/credit-report-entries/{id}', { params: { path: { id: entry.id } } }));
      notify('accord.credit_record.deleted', { type: 'success' });
      reload();
    } catch (error) {
      notifyError(error);
    }
    setOpen(null);
  };

  const shown = (entry: Entry) =>
    !entry.shownUntil
      ? t('not_negative')
      : entry.shownUntil.kind === 'date' && entry.shownUntil.until
        ? t('shown_until', { date: date(entry.shownUntil.until) })
        : t('shown_until_repaid', { years: entry.shownUntil.years ?? 5 });

  const relief = (entry: Entry) => {
    if (!entry.relief) return null;
    if (entry.relief.applies)
      return (
        <Alert severity="success" sx={{ py: 0 }} data-testid="relief-applies">
          {t('relief_applies')}
        </Alert>
      );
    return (
      <Typography variant="body2" color="text.secondary">
        {t('relief_not', { reasons: entry.relief.reasons.map((r) => t(`relief_reasons.${r}`)).join('、') })}
        {entry.relief.stillPossibleUntil
          ? ` ${t('relief_possible', { date: date(entry.relief.stillPossibleUntil) })}`
          : ''}
      </Typography>
    );
  };

  const disputeLine = (dispute: Dispute) => (
    <Box
      key={dispute.id}
      data-testid="credit-dispute"
      sx={{ borderLeft: 3, borderColor: 'divider', pl: 1.5, py: 0.5 }}
    >
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
        <Chip
          size="small"
          label={t(`dispute_statuses.${dispute.status}`)}
          color={dispute.overdue ? 'error' : dispute.status === 'answered' ? 'success' : 'default'}
        />
        <Typography variant="body2">
          {dispute.grounds.map((g) => t(`grounds.${g}`)).join('、')} · {t(`venues.${dispute.venue}`)}
        </Typography>
      </Stack>
      <Typography variant="body2" sx={{ mt: 0.5 }}>
        {dispute.explanation}
      </Typography>
      <Typography variant="body2" color="text.secondary">
        {dispute.evidenceFileIds.length
          ? t('evidence', { files: dispute.evidenceFileIds.map((id) => fileName.get(id) ?? '…').join('、') })
          : t('no_evidence')}
      </Typography>
      {dispute.filedOn ? (
        <Typography variant="body2" color={dispute.overdue ? 'error' : 'text.secondary'}>
          {t('filed_on', { date: date(dispute.filedOn) })}
          {dispute.status === 'filed' && dispute.answerDueOn
            ? ` · ${t(dispute.overdue ? 'overdue' : 'due', { date: date(dispute.answerDueOn) })}`
            : ''}
        </Typography>
      ) : null}
      {dispute.outcome ? (
        <Typography variant="body2" sx={{ fontWeight: 500 }} data-testid="dispute-outcome">
          {t(`outcomes.${dispute.outcome}`)}
          {dispute.answerNote ? `：${dispute.answerNote}` : ''}
        </Typography>
      ) : null}
      {readOnly ? null : (
        <Stack direction="row" spacing={1} sx={{ mt: 0.5 }}>
          {dispute.status === 'draft' ? (
            <Button
              size="small"
              onClick={() => setOpen({ kind: 'dispute', move: 'file', entryId: dispute.entryId, dispute })}
            >
              {t('file')}
            </Button>
          ) : null}
          {dispute.status === 'filed' ? (
            <Button
              size="small"
              onClick={() => setOpen({ kind: 'dispute', move: 'answer', entryId: dispute.entryId, dispute })}
            >
              {t('answer')}
            </Button>
          ) : null}
          {dispute.status === 'draft' || dispute.status === 'filed' ? (
            <Button
              size="small"
              color="inherit"
              onClick={() =>
                setOpen({ kind: 'dispute', move: 'withdraw', entryId: dispute.entryId, dispute })
              }
            >
              {t('withdraw')}
            </Button>
          ) : null}
        </Stack>
      )}
    </Box>
  );

  return (
    <Stack spacing={2} data-testid="credit-record-tab">
      <Stack direction="row" spacing={1} sx={{ justifyContent: 'space-between', alignItems: 'center' }}>
        <Typography variant="body2" color="text.secondary" sx={{ maxWidth: 720 }}>
          {t('help')}
        </Typography>
        {readOnly ? null : (
          <Stack direction="row" spacing={1}>
            {canSayNothing ? (
              <Button onClick={() => setOpen({ kind: 'nothing' })}>{t('nothing_to_dispute')}</Button>
            ) : null}
            <Button
              variant="contained"
              startIcon={<AddIcon />}
              onClick={() => setOpen({ kind: 'entry', entry: null })}
            >
              {t('add')}
            </Button>
          </Stack>
        )}
      </Stack>
      {data?.nothingToDispute ? (
        <Alert severity="info">{t('nothing_said', { reason: data.nothingToDispute.reason })}</Alert>
      ) : null}
      {credit.error ? (
        <Alert severity="error">{credit.error}</Alert>
      ) : !data ? (
        <LinearProgress />
      ) : data.entries.length === 0 ? (
        <Typography variant="body2" color="text.secondary">
          {t('none')}
        </Typography>
      ) : (
        data.entries.map((entry) => {
          const disputes = data.disputes.filter((d) => d.entryId === entry.id);
          const disputing = disputes.some((d) => d.status === 'draft' || d.status === 'filed');
          return (
            <Card key={entry.id} variant="outlined" data-testid="credit-entry">
              <CardContent sx={{ '&:last-child': { pb: 2 } }}>
                <Stack direction="row" spacing={1} sx={{ alignItems: 'baseline', flexWrap: 'wrap' }}>
                  <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 600 }}>
                    {entry.institution}
                    {entry.accountLast4 ? ` ••${entry.accountLast4}` : ''}
                  </Typography>
                  <Typography variant="body2" color="text.secondary">
                    {translate(`accord.products.${entry.product}`)} · {t(`markets.${entry.market}`)}
                  </Typography>
                  <Chip
                    size="small"
                    label={t(`statuses.${entry.status}`)}
                    color={
                      entry.status === 'normal' ? 'default' : entry.status === 'overdue' ? 'warning' : 'info'
                    }
                  />
                </Stack>
                <Typography variant="body2" sx={{ mt: 0.5 }}>
                  {t('fields.overdueFen')} {formatMoney(entry.overdueFen, entry.currency)}
                  {entry.defaultStartedOn
                    ? ` · ${t('fields.defaultStartedOn')} ${date(entry.defaultStartedOn)}`
                    : ''}
                  {entry.repaidOn ? ` · ${t('fields.repaidOn')} ${date(entry.repaidOn)}` : ''}
                </Typography>
                {/* Under the 2025 relief it is no longer shown: a date it would have shown until would mislead. */}
                {entry.relief?.applies ? null : (
                  <Typography variant="body2" sx={{ fontWeight: 500 }} data-testid="shown-until">
                    {shown(entry)}
                  </Typography>
                )}
                {relief(entry)}
                {disputes.length ? (
                  <Stack spacing={1} sx={{ mt: 1 }}>
                    <Typography variant="subtitle2">{t('disputes')}</Typography>
                    {disputes.map(disputeLine)}
                  </Stack>
                ) : null}
                {readOnly ? null : (
                  <Stack direction="row" spacing={1} sx={{ mt: 1 }}>
                    {entry.status !== 'normal' && !disputing ? (
                      <Button
                        size="small"
                        variant="outlined"
                        onClick={() =>
                          setOpen({ kind: 'dispute', move: 'prepare', entryId: entry.id, dispute: null })
                        }
                      >
                        {t('dispute')}
                      </Button>
                    ) : null}
                    <Button size="small" onClick={() => setOpen({ kind: 'entry', entry })}>
                      {t('edit')}
                    </Button>
                    {disputes.length === 0 ? (
                      <Button size="small" color="error" onClick={() => setOpen({ kind: 'delete', entry })}>
                        {t('delete')}
                      </Button>
                    ) : null}
                  </Stack>
                )}
              </CardContent>
            </Card>
          );
        })
      )}
      {open?.kind === 'entry' ? (
        <CreditEntryDialog
          caseId={record.id}
          entry={open.entry}
          rules={rules.data ?? []}
          debts={debtChoices(record.debts, open.entry?.debtId)}
          files={files}
          onClose={() => setOpen(null)}
          onSaved={reload}
        />
      ) : null}
      {open?.kind === 'dispute' ? (
        <DisputeDialog
          move={open.move}
          entryId={open.entryId}
          dispute={open.dispute}
          files={files}
          onClose={() => setOpen(null)}
          onDone={reload}
        />
      ) : null}
      {open?.kind === 'nothing' ? (
        <NothingToDisputeDialog caseId={record.id} onClose={() => setOpen(null)} onDone={reload} />
      ) : null}
      <Confirm
        isOpen={open?.kind === 'delete'}
        title="accord.credit_record.delete"
        content="accord.credit_record.delete_confirm"
        onConfirm={() => open?.kind === 'delete' && void remove(open.entry)}
        onClose={() => setOpen(null)}
      />
    </Stack>
  );
};
