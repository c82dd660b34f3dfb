import { Button, CardContent, CircularProgress } from '@mui/material';
import { useState } from 'react';
import {
  Form,
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
}

/**
 * React-admin's LoginForm, asking for an email, and switching the interface to the language in the
 * person's profile once they are signed in.
 */
export const SignInForm = () => {
  const [loading, setLoading] = useState(false);
  const login = useLogin();
  const notify = useNotify();
  const translate = useTranslate();
  const [, setLocale] = useLocaleState();

  const submit = async (values: Record<string, unknown>) => {
    const { username, password } = values as unknown as Credentials;
    setLoading(true);
    try {
      await login({ username, password });
      const locale = readSession()?.user.locale;
      if (isLocale(locale)) setLocale(locale);
    } catch (error) {
      const message = error instanceof Error && error.message ? error.message : 'ra.auth.sign_in_error';
      notify(message, { type: 'error', messageArgs: { _: message } });
    } finally {
      setLoading(false);
    }
  };

  return (
    <Form onSubmit={submit} mode="onChange" noValidate>
      <CardContent sx={{ width: 320, pb: 2 }}>
        <TextInput
          autoFocus
          source="username"
          type="email"
          label="ra.auth.email"
          autoComplete="email"
          validate={[required(), email()]}
        />
        <PasswordInput
          source="password"
          label="ra.auth.password"
          autoComplete="current-password"
          validate={required()}
        />
        <Button variant="contained" type="submit" color="primary" disabled={loading} fullWidth sx={{ mt: 2 }}>
          {loading ? <CircularProgress size={19} thickness={3} /> : translate('ra.auth.sign_in')}
        </Button>
      </CardContent>
    </Form>
  );
};
