import { Alert, AlertTitle, Box } from '@mui/material';
import { useState } from 'react';
import { HttpError, useNotify, useRefresh, useTranslate } from 'react-admin';

/** What was refused, in words: the case policy's reasons each on its line, or the translated message. */
export interface Refusal {
  message: string;
  reasons: string[];
}

function refusalOf(error: unknown, translate: (key: string, options?: object) => string): Refusal {
  const body = error instanceof HttpError ? (error.body as { code?: unknown; details?: unknown }) : null;
  const reasons = (body?.details as { reasons?: unknown } | undefined)?.reasons;
  if (body?.code === 'ACTION_REFUSED' && Array.isArray(reasons) && reasons.length)
    return {
      message: translate('accord.court.refused'),
      reasons: reasons.map((r) => translate(`accord.case_policy.${String(r)}`, { _: String(r) })),
    };
  return {
    message: error instanceof Error ? error.message : translate('ra.notification.http_error'),
    reasons: [],
  };
}

/**
 * Sends one court change from a dialog: on success it says so and hands over; a refusal stays in the
 * dialog beside what was typed, its reasons in the case policy's words, until sent again.
 */
export function useCourtSend(success: string, onDone: () => void) {
  const translate = useTranslate();
  const notify = useNotify();
  // A suit recorded raises the case's litigation flag: the header above the tabs reads it again.
  const refresh = useRefresh();
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const send = async (call: () => Promise<unknown>) => {
    setRefusal(null);
    try {
      await call();
      notify(success, { type: 'success' });
      onDone();
      refresh();
    } catch (error) {
      setRefusal(refusalOf(error, translate));
    }
  };
  return { refusal, send };
}

export const RefusalAlert = ({ refusal }: { refusal: Refusal | null }) => {
  if (!refusal) return null;
  return (
    <Alert severity="error" data-testid="court-refusal" sx={{ mb: 1 }}>
      <AlertTitle>{refusal.message}</AlertTitle>
      {refusal.reasons.length ? (
        <Box component="ul" sx={{ m: 0, pl: 2.5 }}>
          {refusal.reasons.map((reason) => (
            <li key={reason}>{reason}</li>
          ))}
        </Box>
      ) : null}
    </Alert>
  );
};
