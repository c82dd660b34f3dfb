import { Alert, LinearProgress, Stack, Typography } from '@mui/material';
import { useRecordContext, useRefresh, useTranslate } from 'react-admin';
import type { ContactRecord } from '../../negotiation/contact';
import { DebtProposals } from '../../negotiation/DebtProposals';
import type { ProposalRecord } from '../../negotiation/proposal';
import { useApiAnswer } from '../../negotiation/useApiAnswer';
import type { CaseRecord } from '../case';

/** Enough of the contact log to link a proposal to the calls it was made in. */
const CONTACTS_OFFERED = 100;

/**
 * The proposals (方案) to each creditor: per debt, the plans that fit the client's capacity, the proposals
 * made with their status and the creditor's answers, and the moves from draft to acceptance.
 */
export const ProposalsTab = () => {
  const record = useRecordContext<CaseRecord>();
  const translate = useTranslate();
  const refresh = useRefresh();
  const caseId = record?.id;
  const changedAt = record ? `${record.lastActivityAt}` : '';
  const key = caseId ? `${caseId}:${changedAt}` : null;

  // The API lists a case's proposals whole, and refuses paging parameters it does not take.
  const proposals = useApiAnswer(
    (dataProvider) =>
      dataProvider.getList<ProposalRecord>('proposals', { filter: { caseId } }).then((answer) => answer.data),
    key,
  );
  const contacts = useApiAnswer(
    (dataProvider) =>
      dataProvider
        .getList<ContactRecord>('contacts', {
          filter: { caseId },
          pagination: { page: 1, perPage: CONTACTS_OFFERED },
          sort: { field: 'occurredAt', order: 'DESC' },
        })
        .then((answer) => answer.data),
    key,
  );

  if (!record) return null;
  if (proposals.error) return <Alert severity="error">{proposals.error}</Alert>;
  if (!proposals.data) return <LinearProgress />;
  const all = proposals.data;
  // Open debts are negotiated; a debt closed since keeps its proposals on show.
  const debts = (record.debts ?? []).filter((d) => d.status === 'open' || all.some((p) => p.debtId === d.id));
  const changed = () => {
    proposals.reload();
    refresh();
  };

  if (!debts.length)
    return (
      <Typography variant="body2" color="text.secondary">
        {translate('accord.debts.none')}
      </Typography>
    );
  return (
    <Stack spacing={2}>
      {debts.map((debt) => (
        <DebtProposals
          key={debt.id}
          debt={debt}
          proposals={all.filter((p) => p.debtId === debt.id)}
          contacts={contacts.data ?? []}
          readOnly={record.stage === 'closed'}
          changedAt={changedAt}
          onChanged={changed}
        />
      ))}
    </Stack>
  );
};
