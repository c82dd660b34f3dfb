import { Alert, Stack, Typography } from '@mui/material';
import { useLocaleState, useTranslate } from 'react-admin';
import { formatCalendarDate } from '../../common/firm';
import type { DebtRecord } from './debt';
import { lprCapCheck, lprCheckText } from './lpr-check';

const SEVERITY = { over: 'warning', within: 'success', unknown: 'info' } as const;

/**
 * Each checked debt's 4 × LPR line in words, under the debts: over it is a warning (the excess is what a
 * court would not protect, a point to negotiate on); unknown says what is missing. Debts of creditors the
 * catalog does not check have no note.
 */
export const LprCheckNotes = ({ debts }: { debts: DebtRecord[] }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const checked = debts.flatMap((debt) => {
    const check = debt.lprCheck && debt.status === 'open' ? lprCapCheck(debt.lprCheck) : null;
    return check ? [{ debt, check }] : [];
  });
  if (!checked.length) return null;
  return (
    <Stack spacing={1} sx={{ mt: 2 }} data-testid="lpr-checks">
      <Typography variant="subtitle2">{translate('accord.lpr.title')}</Typography>
      {checked.map(({ debt, check }) => (
        <Alert
          key={debt.id}
          severity={SEVERITY[check.status]}
          data-testid="lpr-check"
          data-status={check.status}
          title={
            check.status === 'unknown'
              ? undefined
              : translate('accord.lpr.effective_note', {
                  effective: formatCalendarDate(check.lprEffectiveOn, locale),
                })
          }
        >
          <strong>{debt.creditorName}</strong>
          {translate('accord.lpr.creditor_separator')}
          {lprCheckText(check, debt.contractDate, translate, locale)}
        </Alert>
      ))}
    </Stack>
  );
};
