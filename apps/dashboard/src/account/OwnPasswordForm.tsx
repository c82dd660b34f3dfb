import { ErrorCode } from '@accord/contracts';
import type { PasswordProblem } from '@accord/domain';
import { Alert, Stack, Typography } from '@mui/material';
import { useState } from 'react';
import { Form, HttpError, PasswordInput, required, SaveButton, useNotify, useTranslate } from 'react-admin';
import { answer, useApi } from '../providers/api';
import { writeSession } from '../providers/session';

interface Values {
  currentPassword: string;
  newPassword: string;
  repeated: string;
}

/**
 * Choosing one's own password with the one in use. The API holds it to the rules and ends every other
 * session; this one goes on with the token the answer carries. A refusal shows beside the field it is
 * about, the broken rules named one by one.
 */
export const OwnPasswordForm = ({ onChanged }: { onChanged?: () => void }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const api = useApi();
  const [refusal, setRefusal] = useState<string | null>(null);
  // A new form after each change, so no password stays typed in the page.
  const [round, setRound] = useState(0);

  const submit = async (values: Partial<Values>) => {
    setRefusal(null);
    if (values.newPassword !== values.repeated)
      return { repeated: translate('accord.own_password.not_the_same') };
    try {
      const result = answer(
        await api.POST('/api/auth/password', {
          body: { currentPassword: values.currentPassword ?? '', newPassword: values.newPassword ?? '' },
        }),
      );
      writeSession(result);
      notify('accord.own_password.saved', { type: 'success' });
      setRound((r) => r + 1);
      onChanged?.();
      return undefined;
    } catch (error) {
      const body = error instanceof HttpError ? (error.body as Refusal | undefined) : undefined;
      if (body?.code === ErrorCode.PasswordRejected)
        return {
          newPassword: (body.details?.problems ?? [])
            .map((p) => translate(`accord.own_password.problems.${p}`))
            .join(' '),
        };
      if (body?.code === ErrorCode.CurrentPasswordWrong) return { currentPassword: (error as Error).message };
      setRefusal(error instanceof Error ? error.message : translate('ra.notification.http_error'));
      return undefined;
    }
  };

  return (
    <Form key={round} onSubmit={submit}>
      <Stack spacing={1} sx={{ maxWidth: 420 }}>
        <Typography variant="body2" color="text.secondary">
          {translate('accord.own_password.help')}
        </Typography>
        <PasswordInput
          source="currentPassword"
          label="accord.own_password.current"
          autoComplete="current-password"
          validate={required()}
        />
        <PasswordInput
          source="newPassword"
          label="accord.own_password.new"
          autoComplete="new-password"
          validate={required()}
        />
        <PasswordInput
          source="repeated"
          label="accord.own_password.repeat"
          autoComplete="new-password"
          validate={required()}
        />
        {refusal ? <Alert severity="error">{refusal}</Alert> : null}
        <div>
          <SaveButton label="accord.own_password.save" />
        </div>
      </Stack>
    </Form>
  );
};

interface Refusal {
  code?: string;
  details?: { problems?: PasswordProblem[] };
}
