import type { InstallmentStatus, PlanStatus } from '@accord/domain';
import { Chip, type ChipProps } from '@mui/material';
import { useTranslate } from 'react-admin';

type Look = Pick<ChipProps, 'color' | 'variant'>;

const PLAN_LOOKS: Record<PlanStatus, Look> = {
  on_track: { color: 'success', variant: 'outlined' },
  late: { color: 'warning', variant: 'filled' },
  defaulted: { color: 'error', variant: 'filled' },
  completed: { color: 'success', variant: 'filled' },
  ended: { color: 'default', variant: 'filled' },
};

const INSTALLMENT_LOOKS: Record<InstallmentStatus, Look> = {
  due: { color: 'default', variant: 'outlined' },
  paid: { color: 'success', variant: 'filled' },
  paid_late: { color: 'success', variant: 'outlined' },
  partially_paid: { color: 'info', variant: 'outlined' },
  late: { color: 'warning', variant: 'filled' },
  missed: { color: 'error', variant: 'filled' },
  ended: { color: 'default', variant: 'outlined' },
};

/**
 * Where a plan stands: on track, late, defaulted (the creditor may cancel it), paid in full, or ended when
 * its case closed.
 */
export const PlanStatusChip = ({ status }: { status: PlanStatus }) => {
  const translate = useTranslate();
  return (
    <Chip
      size="small"
      {...PLAN_LOOKS[status]}
      label={translate(`accord.plan_statuses.${status}`)}
      data-testid="plan-status"
      data-status={status}
    />
  );
};

/** An installment's status; one paid late says by how many days, so the lateness stays on the record. */
export const InstallmentStatusChip = ({
  status,
  daysLate,
}: {
  status: InstallmentStatus;
  daysLate?: number;
}) => {
  const translate = useTranslate();
  return (
    <Chip
      size="small"
      {...INSTALLMENT_LOOKS[status]}
      label={
        status === 'paid_late' && daysLate
          ? translate('accord.repayment.paid_late_days', { smart_count: daysLate })
          : translate(`accord.installment_statuses.${status}`)
      }
      data-testid="installment-status"
      data-status={status}
    />
  );
};
