import AddIcon from '@mui/icons-material/Add';
import DeleteIcon from '@mui/icons-material/DeleteOutlined';
import EditIcon from '@mui/icons-material/EditOutlined';
import BlockIcon from '@mui/icons-material/BlockOutlined';
import { Box, Button, IconButton, Stack, Tooltip, Typography } from '@mui/material';
import { useState, type ReactNode } from 'react';
import {
  ArrayField,
  Confirm,
  DataTable,
  ResourceContextProvider,
  TextField,
  useDelete,
  useNotify,
  useRecordContext,
  useRefresh,
  useTranslate,
} from 'react-admin';
import { CalendarDateField } from '../../../common/CalendarDateField';
import { ChoiceChip, type ChipLook } from '../../../common/ChoiceChip';
import { useMoney } from '../../../common/currency';
import { MoneyField } from '../../../common/MoneyField';
import { AddDebtDialog, EditDebtDialog, ExcludeDebtDialog } from '../../debts/DebtDialogs';
import { LprCheckNotes } from '../../debts/LprCheckNotes';
import type { DebtRecord } from '../../debts/debt';
import { ProductField } from '../../creditors/CreditorFields';
import type { CaseRecord } from '../case';
import { useNotifyError } from '../../../common/useNotifyError';

type Action = { kind: 'add' } | { kind: 'edit' | 'exclude' | 'delete'; debt: DebtRecord };

const STATUS_LOOKS: Partial<Record<string, ChipLook>> = {
  open: { color: 'primary' },
  excluded: { color: 'warning' },
  settled: { color: 'success' },
  paid_off: { color: 'success', variant: 'filled' },
};

/** The status, with the reason of an exclusion on hover. */
const StatusField = (_props: { source?: string; label?: string }) => {
  const debt = useRecordContext<DebtRecord>();
  if (!debt) return null;
  const chip = <ChoiceChip source="status" group="debt_statuses" looks={STATUS_LOOKS} />;
  return debt.excludedReason ? (
    <Tooltip title={debt.excludedReason}>
      <span>{chip}</span>
    </Tooltip>
  ) : (
    chip
  );
};

const CreditorCell = (_props: { source?: string; label?: string }) => {
  const debt = useRecordContext<DebtRecord>();
  if (!debt) return null;
  return (
    <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
      <Typography variant="body2">{debt.creditorName}</Typography>
      <ProductField source="product" />
    </Stack>
  );
};

/**
 * The penalty so far and, beside it, a card's late fees when there are any: two charges named apart, since
 * late fees bear no interest and a creditor may waive one and not the other. In the debt's currency.
 */
/** Days overdue with the industry's bucket (M1…M3+), and a mainland card's risk class under it. */
const DaysOverdueField = (_props: { source?: string; label?: string }) => {
  const debt = useRecordContext<DebtRecord>();
  const translate = useTranslate();
  if (!debt) return null;
  return (
    <Stack sx={{ alignItems: 'flex-end' }}>
      <span>
        {debt.daysOverdue}
        {debt.overdueBucket ? (
          <Typography
            component="abbr"
            variant="caption"
            title={translate(`accord.overdue_buckets.${debt.overdueBucket}`)}
            sx={{ ml: 0.75, color: 'text.secondary', textDecoration: 'none' }}
          >
            {debt.overdueBucket}
          </Typography>
        ) : null}
      </span>
      {debt.cardRiskClass && debt.cardRiskClass !== 'normal' ? (
        <Typography variant="caption" color="text.secondary" data-testid="card-risk-class">
          {translate(`accord.card_risk_classes.${debt.cardRiskClass}`)}
        </Typography>
      ) : null}
    </Stack>
  );
};

const ChargesField = (_props: { source?: string; label?: string }) => {
  const debt = useRecordContext<DebtRecord>();
  const translate = useTranslate();
  const money = useMoney(debt?.currency);
  if (!debt) return null;
  return (
    <Stack sx={{ alignItems: 'flex-end' }}>
      <MoneyField source="penaltyAccruedFen" />
      {debt.lateFeeAccruedFen ? (
        <Typography
          variant="caption"
          color="text.secondary"
          data-testid="debt-late-fee"
          // Wraps, when the table is narrow, at the space between the label and the amount only.
          sx={{ fontVariantNumeric: 'tabular-nums', wordBreak: 'keep-all', textAlign: 'right' }}
        >
          {translate('accord.debts.late_fee', { amount: money(debt.lateFeeAccruedFen) })}
        </Typography>
      ) : null}
    </Stack>
  );
};

interface RowActionsProps {
  debt: DebtRecord;
  /** Debts are deleted only at intake; later they are excluded with a reason. */
  deletable: boolean;
  onAction: (action: Action) => void;
}

const RowActions = ({ debt, deletable, onAction }: RowActionsProps) => {
  const translate = useTranslate();
  const named = { creditor: debt.creditorName };
  const button = (kind: 'edit' | 'exclude' | 'delete', label: string, icon: ReactNode) => (
    <Tooltip title={label}>
      <IconButton size="small" aria-label={label} onClick={() => onAction({ kind, debt })}>
        {icon}
      </IconButton>
    </Tooltip>
  );
  return (
    <Stack direction="row" spacing={0.5} sx={{ justifyContent: 'flex-end' }}>
      {button('edit', translate('accord.debts.edit', named), <EditIcon fontSize="small" />)}
      {debt.status === 'open'
        ? button('exclude', translate('accord.debts.exclude_title', named), <BlockIcon fontSize="small" />)
        : null}
      {deletable
        ? button('delete', translate('accord.debts.delete_title', named), <DeleteIcon fontSize="small" />)
        : null}
    </Stack>
  );
};

/**
 * The case's debts: what is owed to whom, how long overdue, and the penalty and late fees so far. Debts are added and
 * corrected here; after intake a debt is excluded with a reason instead of deleted (the API's rule).
 */
export const DebtsTab = () => {
  const record = useRecordContext<CaseRecord>();
  const translate = useTranslate();
  const notify = useNotify();
  const notifyError = useNotifyError();
  const refresh = useRefresh();
  const [action, setAction] = useState<Action | null>(null);
  const [remove, { isPending: removing }] = useDelete<DebtRecord>();
  if (!record) return null;
  const closed = record.stage === 'closed';
  const deletable = record.stage === 'intake';
  const close = () => setAction(null);

  return (
    <Box>
      <Stack direction="row" sx={{ justifyContent: 'space-between', alignItems: 'center', mb: 1 }}>
        <Typography variant="body2" color="text.secondary">
          {translate('accord.debts.summary', { smart_count: record.openDebtCount })}
        </Typography>
        {closed ? null : (
          <Button
            variant="contained"
            size="small"
            startIcon={<AddIcon />}
            onClick={() => setAction({ kind: 'add' })}
          >
            {translate('accord.debts.add')}
          </Button>
        )}
      </Stack>
      <ResourceContextProvider value="debts">
        <ArrayField source="debts" record={record}>
          <DataTable
            bulkActionButtons={false}
            rowClick={false}
            // Ten columns of amounts and dates: tighter cells keep them on one laptop screen.
            sx={{ '& .MuiTableCell-root': { px: 1 } }}
            empty={
              <Typography variant="body2" color="text.secondary" sx={{ py: 2 }}>
                {translate('accord.debts.none')}
              </Typography>
            }
          >
            <DataTable.Col source="creditorName" disableSort field={CreditorCell} />
            <DataTable.Col source="accountReferenceMasked" disableSort field={TextField} />
            <DataTable.Col source="principalFen" disableSort field={MoneyField} align="right" />
            <DataTable.Col source="outstandingFen" disableSort field={MoneyField} align="right" />
            <DataTable.Col source="overdueFen" disableSort field={MoneyField} align="right" />
            <DataTable.Col source="overdueSince" disableSort field={CalendarDateField} />
            <DataTable.Col source="daysOverdue" disableSort field={DaysOverdueField} align="right" />
            <DataTable.Col source="penaltyAccruedFen" disableSort field={ChargesField} align="right" />
            <DataTable.Col source="status" disableSort field={StatusField} />
            {closed ? null : (
              <DataTable.Col
                label={false}
                disableSort
                render={(debt: DebtRecord) => (
                  <RowActions debt={debt} deletable={deletable} onAction={setAction} />
                )}
              />
            )}
          </DataTable>
        </ArrayField>
      </ResourceContextProvider>
      <LprCheckNotes debts={record.debts ?? []} />
      {action?.kind === 'add' ? <AddDebtDialog caseId={record.id} onClose={close} /> : null}
      {action?.kind === 'edit' ? <EditDebtDialog debt={action.debt} onClose={close} /> : null}
      {action?.kind === 'exclude' ? <ExcludeDebtDialog debt={action.debt} onClose={close} /> : null}
      {action?.kind === 'delete' ? (
        <Confirm
          isOpen
          loading={removing}
          title={translate('accord.debts.delete_title', { creditor: action.debt.creditorName })}
          content="accord.debts.delete_confirm"
          onClose={close}
          onConfirm={() =>
            remove(
              'debts',
              { id: action.debt.id, previousData: action.debt },
              {
                mutationMode: 'pessimistic',
                onSuccess: () => {
                  notify('ra.notification.deleted', { type: 'info', messageArgs: { smart_count: 1 } });
                  close();
                  refresh();
                },
                onError: (error) => {
                  notifyError(error);
                  close();
                },
              },
            )
          }
        />
      ) : null}
    </Box>
  );
};
