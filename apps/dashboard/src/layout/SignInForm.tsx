import { ErrorCode } from '@accord/contracts';
import { Alert, Button, CardContent, CircularProgress, Link } from '@mui/material';
import { useState } from 'react';
import {
  Form,
  HttpError,
  PasswordInput,
  TextInput,
  email,
  required,
  useLocaleState,
  useLogin,
  useNotify,
  useTranslate,
} from 'react-admin';
import { isLocale } from '../providers/i18nProvider';
import { readSession } from '../providers/session';

interface Credentials {
  username: string;
  password: string;
  code?: string;
  recoveryCode?: string;
}

/** After the right password, a person with a second factor is asked for its code (or a recovery code). */
type Step = 'password' | 'code' | 'recovery';

/**
 * React-admin's LoginForm, asking for an email, and switching the interface to the language in the
 * person's profile once they are signed in. Signing in again over an open page (the session ended) keeps
 * the person (`email`) and the page (`signIn` without the redirect of React-admin's login).
 */
export const SignInForm = ({
  email: fixedEmail,
  signIn,
}: {
  email?: string;
  signIn?: (credentials: Omit<Credentials, 'username'> & { username: string }) => Promise<unknown>;
} = {}) => {
  const [loading, setLoading] = useState(false);
  const [step, setStep] = useState<Step>('password');
  const redirectingLogin = useLogin();
  const login = signIn ?? redirectingLogin;
  const notify = useNotify();
  const translate = useTranslate();
  const [, setLocale] = useLocaleState();

  const submit = async (values: Record<string, unknown>) => {
    const { username, password, code, recoveryCode } = values as unknown as Credentials;
    setLoading(true);
    try {
      await login({
        username,
        password,
        ...(step === 'code' ? { code } : {}),
        ...(step === 'recovery' ? { recoveryCode } : {}),
      });
      const locale = readSession()?.user.locale;
      if (isLocale(locale)) setLocale(locale);
    } catch (error) {
      if (
        error instanceof HttpError &&
        (error.body as { code?: string })?.code === ErrorCode.SecondFactorRequired
      ) {
        setStep((current) => (current === 'password' ? 'code' : current));
        return;
      }
      const message = error instanceof Error && error.message ? error.message : 'ra.auth.sign_in_error';
      notify(message, { type: 'error', messageArgs: { _: message } });
    } finally {
      setLoading(false);
    }
  };

  return (
    <Form
      onSubmit={submit}
      mode="onChange"
      noValidate
      defaultValues={fixedEmail ? { username: fixedEmail } : undefined}
    >
      <CardContent sx={{ width: 320, pb: 2, px: fixedEmail ? 0 : undefined }}>
        <TextInput
          autoFocus={!fixedEmail}
          source="username"
          type="email"
          label="ra.auth.email"
          autoComplete="email"
          validate={[required(), email()]}
          readOnly={step !== 'password' || Boolean(fixedEmail)}
        />
        <PasswordInput
          autoFocus={Boolean(fixedEmail)}
          source="password"
          label="ra.auth.password"
          autoComplete="current-password"
          validate={required()}
          readOnly={step !== 'password'}
        />
        {step === 'code' ? (
          <>
            <Alert severity="info" sx={{ mb: 1 }}>
              {translate('accord.second_factor.sign_in_help')}
            </Alert>
            <TextInput
              autoFocus
              source="code"
              label="accord.second_factor.code"
              autoComplete="one-time-code"
              slotProps={{ htmlInput: { inputMode: 'numeric', maxLength: 7 } }}
              validate={required()}
            />
            <Link component="button" type="button" variant="body2" onClick={() => setStep('recovery')}>
              {translate('accord.second_factor.use_recovery_code')}
            </Link>
          </>
        ) : null}
        {step === 'recovery' ? (
          <TextInput
            autoFocus
            source="recoveryCode"
            label="accord.second_factor.recovery_code"
            autoComplete="off"
            validate={required()}
          />
        ) : null}
        <Button variant="contained" type="submit" color="primary" disabled={loading} fullWidth sx={{ mt: 2 }}>
          {loading ? <CircularProgress size={19} thickness={3} /> : translate('ra.auth.sign_in')}
        </Button>
      </CardContent>
    </Form>
  );
};
