import type { Suggestion } from '@accord/domain';
import AddIcon from '@mui/icons-material/Add';
import { Alert, Box, Button, LinearProgress, Stack, Typography } from '@mui/material';
import { useId, useState } from 'react';
import { useDataProvider, useNotify, useTranslate } from 'react-admin';
import { firmToday } from '../../common/firm';
import { answer, useApi } from '../../providers/api';
import type { AccordDataProvider } from '../../providers/dataProvider';
import type { DebtRecord } from '../debts/debt';
import { AcceptDialog } from './AcceptDialog';
import { AnswerDialog } from './AnswerDialog';
import type { ContactRecord } from './contact';
import { debtName } from './debt-names';
import {
  blankProposal,
  proposalFromSuggestion,
  type Answer,
  type ProposalAction,
  type ProposalDraft,
  type ProposalRecord,
  type SuggestionsAnswer,
} from './proposal';
import { ProposalCard } from './ProposalCard';
import { ProposalFormDialog } from './ProposalFormDialog';
import { SuggestionTable } from './SuggestionTable';
import { useApiAnswer } from './useApiAnswer';
import { useNotifyError } from '../../common/useNotifyError';
import { CurrencyProvider, useMoney } from '../../common/currency';

type Open =
  | { kind: 'new'; draft: ProposalDraft }
  | { kind: 'edit' | 'accept'; proposal: ProposalRecord }
  | { kind: 'answer'; answer: Answer; proposal: ProposalRecord };

interface DebtProposalsProps {
  debt: DebtRecord;
  /** This debt's proposals, newest first. */
  proposals: readonly ProposalRecord[];
  contacts: readonly ContactRecord[];
  readOnly: boolean;
  /** Changes whenever the case does: the suggestions are read again then. */
  changedAt: string;
  onChanged: () => void;
}

/**
 * The negotiation of one debt: what the client can put towards it, the plans that fit, and the proposals
 * made to its creditor with their answers.
 */
export const DebtProposals = ({
  debt,
  proposals,
  contacts,
  readOnly,
  changedAt,
  onChanged,
}: DebtProposalsProps) => {
  const money = useMoney(debt.currency);
  // The client's statement in the other currency says nothing of what this debt can be paid with.
  const otherCurrency = (suggested: SuggestionsAnswer) =>
    suggested.statementCurrency !== null && suggested.statementCurrency !== debt.currency;
  const translate = useTranslate();
  const notify = useNotify();
  const notifyError = useNotifyError();
  const dataProvider = useDataProvider<AccordDataProvider>();
  const api = useApi();
  const titleId = useId();
  const [open, setOpen] = useState<Open | null>(null);
  const [pending, setPending] = useState<{ id: string; action: ProposalAction } | null>(null);
  const agreed = proposals.some((p) => p.status === 'accepted');
  const suggestions = useApiAnswer(
    async () =>
      answer(await api.GET('/api/debts/{id}/proposal-suggestions', { params: { path: { id: debt.id } } })),
    agreed ? null : `${debt.id}:${changedAt}`,
  );
  const creditor = debtName(debt);
  const close = () => setOpen(null);

  const submit = async (proposal: ProposalRecord) => {
    setPending({ id: proposal.id, action: 'submit' });
    try {
      await dataProvider.update('proposals', {
        id: proposal.id,
        data: { status: 'submitted' },
        previousData: proposal,
      });
      notify('accord.proposals.submitted', { type: 'success' });
      onChanged();
    } catch (error) {
      notifyError(error);
    } finally {
      setPending(null);
    }
  };

  const act = (action: ProposalAction, proposal: ProposalRecord) => {
    if (action === 'submit') void submit(proposal);
    else if (action === 'edit' || action === 'accept') setOpen({ kind: action, proposal });
    else setOpen({ kind: 'answer', answer: action, proposal });
  };
  const use = (suggestion: Suggestion) =>
    setOpen({ kind: 'new', draft: proposalFromSuggestion(debt.id, suggestion, firmToday()) });

  return (
    <CurrencyProvider value={debt.currency}>
      <Box
        component="section"
        aria-labelledby={titleId}
        data-testid="debt-proposals"
        sx={{ border: '1px solid', borderColor: 'divider', borderRadius: 1, p: 2 }}
      >
        <Stack
          direction={{ xs: 'column', sm: 'row' }}
          spacing={1}
          sx={{ justifyContent: 'space-between', alignItems: { sm: 'center' }, mb: 1.5 }}
        >
          <Box>
            <Typography id={titleId} variant="subtitle1" component="h3" sx={{ fontWeight: 600 }}>
              {creditor}
            </Typography>
            <Typography variant="body2" color="text.secondary" sx={{ fontVariantNumeric: 'tabular-nums' }}>
              {translate('accord.labelled', {
                label: translate('resources.debts.fields.outstandingFen'),
                value: money(debt.outstandingFen),
              })}
              {suggestions.data && !agreed && !otherCurrency(suggestions.data)
                ? ` · ${translate('accord.proposals.capacity', { amount: money(suggestions.data.capacityFen) })}`
                : ''}
            </Typography>
          </Box>
          {readOnly || agreed ? null : (
            <Button
              size="small"
              startIcon={<AddIcon />}
              onClick={() => setOpen({ kind: 'new', draft: blankProposal(debt.id, firmToday()) })}
              sx={{ alignSelf: { xs: 'flex-start', sm: 'center' } }}
            >
              {translate('accord.proposals.new')}
            </Button>
          )}
        </Stack>

        {agreed ? (
          <Alert severity="success" sx={{ mb: 1.5 }}>
            {translate('accord.proposals.agreed')}
          </Alert>
        ) : (
          <Box component="section" aria-label={translate('accord.proposals.suggestions')} sx={{ mb: 2 }}>
            <Typography variant="subtitle2" component="h4" sx={{ fontWeight: 600 }}>
              {translate('accord.proposals.suggestions')}
            </Typography>
            {suggestions.error ? (
              <Alert severity="warning">{suggestions.error}</Alert>
            ) : !suggestions.data ? (
              <LinearProgress />
            ) : !suggestions.data.hasFinancialStatement ? (
              <Typography variant="body2" color="text.secondary">
                {translate('accord.proposals.no_statement')}
              </Typography>
            ) : otherCurrency(suggestions.data) ? (
              <Typography variant="body2" color="text.secondary">
                {translate('accord.proposals.statement_other_currency', {
                  currency: translate(`accord.debts.currencies.${suggestions.data.statementCurrency}`),
                })}
              </Typography>
            ) : suggestions.data.suggestions.length === 0 ? (
              <Typography variant="body2" color="text.secondary">
                {translate('accord.proposals.no_suggestions')}
              </Typography>
            ) : (
              <>
                <Typography variant="caption" color="text.secondary" component="p" sx={{ mb: 1 }}>
                  {translate('accord.proposals.suggestions_help', {
                    months: suggestions.data.creditorMaxMonths
                      ? translate('accord.proposals.months_count', {
                          smart_count: suggestions.data.creditorMaxMonths,
                        })
                      : translate('accord.creditors.no_plan_limit'),
                  })}
                </Typography>
                <SuggestionTable suggestions={suggestions.data.suggestions} readOnly={readOnly} onUse={use} />
              </>
            )}
          </Box>
        )}

        <Typography variant="subtitle2" component="h4" sx={{ fontWeight: 600, mb: 0.5 }}>
          {translate('accord.proposals.list')}
        </Typography>
        {proposals.length ? (
          <Stack spacing={1}>
            {proposals.map((proposal) => (
              <ProposalCard
                key={proposal.id}
                proposal={proposal}
                readOnly={readOnly}
                pending={pending?.id === proposal.id ? pending.action : null}
                onAction={act}
              />
            ))}
          </Stack>
        ) : (
          <Typography variant="body2" color="text.secondary">
            {translate('accord.proposals.none')}
          </Typography>
        )}

        {open?.kind === 'new' ? (
          <ProposalFormDialog
            creditor={creditor}
            contacts={contacts}
            draft={open.draft}
            onClose={close}
            onSaved={onChanged}
          />
        ) : null}
        {open?.kind === 'edit' ? (
          <ProposalFormDialog
            creditor={creditor}
            contacts={contacts}
            proposal={open.proposal}
            onClose={close}
            onSaved={onChanged}
          />
        ) : null}
        {open?.kind === 'answer' ? (
          <AnswerDialog
            answer={open.answer}
            proposal={open.proposal}
            creditor={creditor}
            onClose={close}
            onDone={onChanged}
          />
        ) : null}
        {open?.kind === 'accept' ? (
          <AcceptDialog proposal={open.proposal} creditor={creditor} onClose={close} onDone={onChanged} />
        ) : null}
      </Box>
    </CurrencyProvider>
  );
};
