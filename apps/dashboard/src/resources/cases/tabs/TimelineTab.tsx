import type { CaseStage, Currency } from '@accord/contracts';
import { Alert, Box, Button, Stack, Typography } from '@mui/material';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { ReferenceField, useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import { formatCalendarDate, formatFirmInstant } from '../../../common/firm';
import { useCanAssignOfficers } from '../../../common/useCanAssignOfficers';
import { answer as dataOf, useApi, type AccordApi } from '../../../providers/api';
import type { CaseRecord } from '../case';
import {
  changedResource,
  changesOf,
  entryCurrency,
  eventKind,
  shownValue,
  sideCurrency,
  type TimelineEntry,
} from '../timeline';

const PAGE_SIZE = 20;

/** One page of the case's timeline, newest first. */
const readPage = async (api: AccordApi, caseId: string, page: number) =>
  dataOf(
    await api.GET('/api/cases/{id}/timeline', {
      params: { path: { id: caseId }, query: { page, perPage: PAGE_SIZE } },
    }),
  );

/** What happened to the case, newest first: who, when on the firm's clock, what, why, and what changed. */
export const TimelineTab = () => {
  const record = useRecordContext<CaseRecord>();
  const api = useApi();
  // The client follows the language (its errors are translated); a new language is no reason to read again.
  const latestApi = useRef(api);
  latestApi.current = api;
  const translate = useTranslate();
  const [entries, setEntries] = useState<TimelineEntry[]>([]);
  const [total, setTotal] = useState(0);
  const [page, setPage] = useState(1);
  const [failed, setFailed] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);

  // Every change to the case (a move, a debt) bumps its activity time: read the timeline afresh then.
  const caseId = record?.id;
  const changedAt = record ? `${record.version}:${record.lastActivityAt}` : '';
  useEffect(() => {
    if (!caseId) return;
    let current = true;
    setLoading(true);
    readPage(latestApi.current, caseId, 1)
      .then(
        (answer) => {
          if (!current) return;
          setEntries(answer.data);
          setTotal(answer.total);
          setPage(1);
          setFailed(null);
        },
        (error: unknown) => current && setFailed(error instanceof Error ? error.message : String(error)),
      )
      .finally(() => current && setLoading(false));
    return () => {
      current = false;
    };
  }, [caseId, changedAt]);

  const more = async () => {
    if (!caseId) return;
    setLoading(true);
    try {
      const answer = await readPage(api, caseId, page + 1);
      setEntries((shown) => [...shown, ...answer.data.filter((e) => !shown.some((s) => s.id === e.id))]);
      setTotal(answer.total);
      setPage(page + 1);
    } catch (error) {
      setFailed(error instanceof Error ? error.message : String(error));
    } finally {
      setLoading(false);
    }
  };

  // Entries written before the API said their currency fall back on the case's, when it has one only.
  const currencies = (record?.debts ?? record?.totalsByCurrency ?? []).map((d) => d.currency);
  if (failed) return <Alert severity="error">{failed}</Alert>;
  if (!loading && entries.length === 0)
    return (
      <Typography variant="body2" color="text.secondary">
        {translate('accord.timeline.empty')}
      </Typography>
    );
  return (
    <Box>
      <Box
        component="ol"
        sx={{ listStyle: 'none', m: 0, p: 0 }}
        aria-label={translate('accord.cases.tabs.timeline')}
      >
        {entries.map((entry) => (
          <TimelineItem key={entry.id} entry={entry} currencies={currencies} />
        ))}
      </Box>
      {entries.length < total ? (
        <Button onClick={more} disabled={loading} sx={{ mt: 1 }}>
          {translate('accord.timeline.more', { smart_count: total - entries.length })}
        </Button>
      ) : null}
    </Box>
  );
};

const TimelineItem = ({ entry, currencies }: { entry: TimelineEntry; currencies: Currency[] }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const reason = typeof entry.details.reason === 'string' ? entry.details.reason : null;
  return (
    <Box
      component="li"
      data-kind={entry.kind}
      sx={{ position: 'relative', pl: 3, pb: 2, borderLeft: '2px solid #e1e5eb', ml: 1 }}
    >
      <Box
        sx={{
          position: 'absolute',
          left: -7,
          top: 4,
          width: 12,
          height: 12,
          borderRadius: '50%',
          bgcolor: entry.kind === 'case.stage_changed' ? 'primary.main' : '#c3cad5',
        }}
      />
      <Stack direction="row" spacing={1.5} sx={{ alignItems: 'baseline', flexWrap: 'wrap' }}>
        <Typography variant="body2" sx={{ fontWeight: 600 }}>
          {translate(`accord.timeline.kinds.${entry.kind}`, { _: entry.kind })}
        </Typography>
        <Typography variant="caption" color="text.secondary">
          {entry.actorName ?? translate('accord.audit.system_actor')} · {formatFirmInstant(entry.at, locale)}
        </Typography>
      </Stack>
      <EntryBody entry={entry} currency={entryCurrency(entry.details, currencies)} />
      {reason ? (
        <Typography variant="body2" sx={{ mt: 0.5, whiteSpace: 'pre-line' }}>
          {translate('accord.timeline.reason', { reason })}
        </Typography>
      ) : null}
    </Box>
  );
};

const Line = ({ children }: { children: ReactNode }) => (
  <Typography variant="body2" color="text.secondary" component="div" sx={{ mt: 0.25 }}>
    {children}
  </Typography>
);

/** A count the API wrote as a number or as the list of what it counts. */
const count = (value: unknown): number =>
  Array.isArray(value) ? value.length : typeof value === 'number' && Number.isFinite(value) ? value : 0;

const EntryBody = ({ entry, currency }: { entry: TimelineEntry; currency: Currency | null }) => {
  const translate = useTranslate();
  const money = (field: string, value: unknown) => <Value field={field} value={value} currency={currency} />;
  const canAssign = useCanAssignOfficers();
  const { details } = entry;
  const stage = (value: unknown) => translate(`accord.stages.${value as CaseStage}`, { _: String(value) });
  const word = (group: string, value: unknown) =>
    translate(`accord.${group}.${String(value)}`, { _: String(value) });
  switch (eventKind(entry.kind)) {
    case 'case.stage_changed': {
      const ended = Array.isArray(details.plansEnded) ? details.plansEnded.length : 0;
      return (
        <>
          <Line>
            {stage(details.from)} → {stage(details.to)}
          </Line>
          {ended ? <Line>{translate('accord.timeline.plans_ended', { smart_count: ended })}</Line> : null}
          {count(details.remindersCancelled) ? (
            <Line>
              {translate('accord.timeline.reminders_cancelled', {
                smart_count: count(details.remindersCancelled),
              })}
            </Line>
          ) : null}
          {typeof details.approvalReason === 'string' && details.approvalReason ? (
            <Line>{translate('accord.timeline.approval', { reason: details.approvalReason })}</Line>
          ) : null}
        </>
      );
    }
    case 'case.reopened':
      return (
        <>
          <Line>
            {stage('closed')} → {stage(details.to)}
          </Line>
          {count(details.plansResumed) ? (
            <Line>
              {translate('accord.timeline.plans_resumed', { smart_count: count(details.plansResumed) })}
            </Line>
          ) : null}
          {count(details.plansStillEnded) ? (
            <Line>
              {translate('accord.timeline.plans_still_ended', {
                smart_count: count(details.plansStillEnded),
              })}
            </Line>
          ) : null}
        </>
      );
    case 'client.consent_withdrawn':
      return count(details.clientRemindersCancelled) ? (
        <Line>
          {translate('accord.timeline.reminders_cancelled', {
            smart_count: count(details.clientRemindersCancelled),
          })}
        </Line>
      ) : null;
    case 'case.opened':
      return typeof details.reference === 'string' ? <Line>{details.reference}</Line> : null;
    case 'case.reassigned':
      // Officers may not read other people's records: the names are for managers and admins.
      return canAssign ? (
        <Line>
          <Officer id={details.from} /> → <Officer id={details.to} />
        </Line>
      ) : null;
    case 'debt.added':
      return (
        <Line>
          <Value field="creditorId" value={details.creditorId} /> ·{' '}
          {translate('resources.debts.fields.outstandingFen')}{' '}
          {money('outstandingFen', details.outstandingFen)} · {translate('resources.debts.fields.overdueFen')}{' '}
          {money('overdueFen', details.overdueFen)}
        </Line>
      );
    case 'debt.removed':
      return (
        <Line>
          <Value field="creditorId" value={details.creditorId} />
        </Line>
      );
    case 'documents.checklist_updated': {
      const names = (value: unknown) =>
        (Array.isArray(value) ? value : [])
          .map((kind) => translate(`accord.document_kinds.${String(kind)}`, { _: String(kind) }))
          .join(translate('accord.list_separator'));
      const added = names(details.added);
      const removed = names(details.removed);
      return (
        <>
          {added ? <Line>{translate('accord.timeline.checklist_added', { kinds: added })}</Line> : null}
          {removed ? <Line>{translate('accord.timeline.checklist_removed', { kinds: removed })}</Line> : null}
        </>
      );
    }
    case 'document.receive':
    case 'document.verify':
    case 'document.reject':
    case 'document.waive': {
      const status = (value: unknown) =>
        translate(`accord.requirement_statuses.${String(value)}`, { _: String(value) });
      return (
        <Line>
          {translate(`accord.document_kinds.${String(details.kind)}`, { _: String(details.kind) })} ·{' '}
          {status(details.from)} → {status(details.to)}
        </Line>
      );
    }
    case 'financial_statement.recorded':
      return (
        <Line>
          {translate('accord.statements.figures.disposable')} {money('disposableFen', details.disposableFen)}{' '}
          · {translate('accord.statements.figures.capacity')} {money('capacityFen', details.capacityFen)}
        </Line>
      );
    case 'contact.logged':
      return (
        <Line>
          {word('contact_parties', details.party)} · {word('contact_channels', details.channel)}
          {typeof details.summary === 'string' ? ` · ${details.summary}` : ''}
        </Line>
      );
    case 'proposal.drafted':
      return (
        <Line>
          {word('proposal_kinds', details.kind)} · {money('totalFen', details.totalFen)}
        </Line>
      );
    case 'proposal.submitted':
    case 'proposal.countered':
    case 'proposal.rejected':
    case 'proposal.withdrawn':
      return (
        <>
          <Line>
            {word('proposal_statuses', details.from)} → {word('proposal_statuses', details.to)}
          </Line>
          {typeof details.creditorAnswer === 'string' && details.creditorAnswer ? (
            <Line>{details.creditorAnswer}</Line>
          ) : null}
        </>
      );
    case 'proposal.accepted':
      return (
        <Line>
          {money('totalFen', details.totalFen)} ·{' '}
          {translate('accord.proposals.months_count', { smart_count: Number(details.months) || 1 })} ·{' '}
          {translate('resources.proposals.fields.firstDueDate')}{' '}
          <Value field="firstDueDate" value={details.firstDueDate} />
        </Line>
      );
    case 'payment.recorded':
      return (
        <Line>
          {money('amountFen', details.amountFen)} · <Value field="paidOn" value={details.paidOn} /> ·{' '}
          {word('plan_statuses', details.planStatus)}
        </Line>
      );
    case 'court_matter.recorded':
      return (
        <Line>
          {word('court.matter_kinds', details.matterKind)}
          {typeof details.court === 'string' ? ` · ${details.court}` : ''}
        </Line>
      );
    case 'court_matter.updated':
      return <Line>{word('court.matter_statuses', details.status)}</Line>;
    case 'court_event.recorded':
    case 'court_event.updated':
      return (
        <Line>
          {word('court.event_kinds', details.eventKind)} · <Value field="occursOn" value={details.occursOn} />
          {typeof details.startsAt === 'string' ? ` ${details.startsAt}` : ''}
        </Line>
      );
    case 'court_deadline.completed':
      return (
        <Line>
          {word('court.event_kinds', details.eventKind)} · {word('court.outcomes', details.outcome)} ·{' '}
          <Value field="completedOn" value={details.completedOn} />
        </Line>
      );
    case 'creditor_demand.recorded':
      return (
        <Line>
          {word('court.demand_kinds', details.demandKind)} ·{' '}
          <Value field="receivedOn" value={details.receivedOn} />
        </Line>
      );
    default: {
      const changes = changesOf(details);
      if (changes.length === 0) return null;
      const resource = changedResource(entry.kind);
      return (
        <Box component="ul" sx={{ m: 0, mt: 0.25, pl: 2.5 }}>
          {changes.map((change) => (
            <Typography component="li" variant="body2" color="text.secondary" key={change.field}>
              {translate(`resources.${resource}.fields.${change.field}`, { _: change.field })}
              {translate('accord.label_separator')}
              <Value
                field={change.field}
                value={change.before}
                currency={sideCurrency(details, 'before', currency)}
              />{' '}
              →{' '}
              <Value
                field={change.field}
                value={change.after}
                currency={sideCurrency(details, 'after', currency)}
              />
            </Typography>
          ))}
        </Box>
      );
    }
  }
};

const Value = ({ field, value, currency }: { field: string; value: unknown; currency?: Currency | null }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const shown = shownValue(field, value, currency ?? null);
  switch (shown.kind) {
    case 'empty':
      return <>—</>;
    case 'text':
      return <>{shown.text}</>;
    case 'date':
      return <>{formatCalendarDate(shown.date, locale)}</>;
    case 'message':
      return <>{translate(shown.key, { _: shown.fallback })}</>;
    case 'creditor':
      return (
        <ReferenceField
          record={{ id: shown.id, creditorId: shown.id }}
          source="creditorId"
          reference="creditors"
          link={false}
          sx={{ display: 'inline' }}
        />
      );
  }
};

const Officer = ({ id }: { id: unknown }) =>
  typeof id === 'string' ? (
    <ReferenceField
      record={{ id, officerId: id }}
      source="officerId"
      reference="users"
      link={false}
      sx={{ display: 'inline' }}
    />
  ) : (
    <>—</>
  );
