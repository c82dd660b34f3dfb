import type { ProposalStatus } from '@accord/contracts';
import CheckIcon from '@mui/icons-material/CheckCircleOutlineOutlined';
import EditIcon from '@mui/icons-material/EditOutlined';
import SendIcon from '@mui/icons-material/SendOutlined';
import { Box, Button, Chip, CircularProgress, Stack, Typography, type ChipProps } from '@mui/material';
import { useId, type ReactNode } from 'react';
import { useLocaleState, useTranslate } from 'react-admin';
import { formatFirmInstant } from '../../common/firm';
import { proposalActions, type ProposalAction, type ProposalRecord } from './proposal';
import { ProposalTerms } from './ProposalTerms';

/** Being written grey, with the creditor blue, their counter amber, their yes green, ended plain. */
export const PROPOSAL_STATUS_LOOKS: Record<ProposalStatus, Pick<ChipProps, 'color' | 'variant'>> = {
  draft: { color: 'default', variant: 'outlined' },
  submitted: { color: 'info', variant: 'filled' },
  countered: { color: 'warning', variant: 'filled' },
  accepted: { color: 'success', variant: 'filled' },
  rejected: { color: 'error', variant: 'outlined' },
  withdrawn: { color: 'default', variant: 'outlined' },
};

export const ProposalStatusChip = ({ status }: { status: ProposalStatus }) => {
  const translate = useTranslate();
  return (
    <Chip
      size="small"
      {...PROPOSAL_STATUS_LOOKS[status]}
      label={translate(`accord.proposal_statuses.${status}`)}
      data-testid="proposal-status"
      data-status={status}
    />
  );
};

const ICONS: Partial<Record<ProposalAction, ReactNode>> = {
  edit: <EditIcon />,
  submit: <SendIcon />,
  accept: <CheckIcon />,
};

interface ProposalCardProps {
  proposal: ProposalRecord;
  readOnly: boolean;
  /** The action being sent, if any: its button spins and the others wait. */
  pending: ProposalAction | null;
  onAction: (action: ProposalAction, proposal: ProposalRecord) => void;
}

/** One proposal: its kind and status, its terms, the creditor's answer, and what may be done next. */
export const ProposalCard = ({ proposal, readOnly, pending, onAction }: ProposalCardProps) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const titleId = useId();
  const actions = readOnly ? [] : proposalActions(proposal.status);
  const kind = translate(`accord.proposal_kinds.${proposal.kind}`);
  return (
    <Box
      component="article"
      aria-labelledby={titleId}
      data-testid="proposal"
      data-status={proposal.status}
      sx={{
        border: '1px solid',
        borderColor: proposal.status === 'accepted' ? 'success.light' : 'divider',
        borderRadius: 1,
        p: 1.5,
      }}
    >
      <Stack
        direction={{ xs: 'column', md: 'row' }}
        spacing={1.5}
        sx={{ justifyContent: 'space-between', alignItems: { md: 'flex-start' } }}
      >
        <Box sx={{ minWidth: 0 }}>
          <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap', rowGap: 0.5 }}>
            <Typography id={titleId} variant="subtitle2" component="h5" sx={{ fontWeight: 600 }}>
              {kind}
            </Typography>
            <ProposalStatusChip status={proposal.status} />
            <Typography variant="caption" color="text.secondary">
              {translate('accord.proposals.drafted_at', {
                time: formatFirmInstant(proposal.createdAt, locale),
              })}
            </Typography>
          </Stack>
          <Box sx={{ mt: 0.5 }}>
            <ProposalTerms proposal={proposal} />
          </Box>
          {proposal.creditorAnswer ? (
            <Typography variant="body2" color="text.secondary" sx={{ mt: 0.5, whiteSpace: 'pre-line' }}>
              {translate('accord.labelled', {
                label: translate('resources.proposals.fields.creditorAnswer'),
                value: proposal.creditorAnswer,
              })}
            </Typography>
          ) : null}
          {proposal.contactIds.length ? (
            <Typography variant="caption" color="text.secondary">
              {translate('accord.proposals.contacts_linked', { smart_count: proposal.contactIds.length })}
            </Typography>
          ) : null}
        </Box>
        {actions.length ? (
          <Stack
            direction="row"
            spacing={1}
            role="group"
            aria-label={translate('accord.proposals.actions_label', { kind })}
            sx={{ flexShrink: 0, flexWrap: 'wrap', rowGap: 1 }}
          >
            {actions.map((action) => (
              <Button
                key={action}
                size="small"
                variant={action === 'submit' || action === 'accept' ? 'contained' : 'outlined'}
                color={
                  action === 'accept'
                    ? 'success'
                    : action === 'rejected' || action === 'withdrawn'
                      ? 'warning'
                      : 'primary'
                }
                startIcon={
                  pending === action ? <CircularProgress size={16} color="inherit" /> : ICONS[action]
                }
                disabled={pending !== null}
                onClick={() => onAction(action, proposal)}
              >
                {translate(`accord.proposals.actions.${action}`)}
              </Button>
            ))}
          </Stack>
        ) : null}
      </Stack>
    </Box>
  );
};
