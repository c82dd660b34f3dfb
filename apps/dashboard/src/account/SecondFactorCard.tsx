import { Alert, Box, Button, Card, CardContent, LinearProgress, Stack, Typography } from '@mui/material';
import { useState } from 'react';
import {
  Form,
  HttpError,
  required,
  SaveButton,
  TextInput,
  useGetIdentity,
  useLocaleState,
  useTranslate,
} from 'react-admin';
import { formatFirmInstant } from '../common/firm';
import { answer, useApi, type Schema } from '../providers/api';
import { updateSession } from '../providers/session';
import { useApiAnswer } from '../resources/negotiation/useApiAnswer';

/**
 * One's second factor: whether it is on, and setting up an authenticator app — a QR code (or its key),
 * confirmed by a first code, then the ten recovery codes shown this once.
 */
export const SecondFactorCard = ({ onEnrolled }: { onEnrolled?: () => void } = {}) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const api = useApi();
  const { identity } = useGetIdentity();
  const status = useApiAnswer(async () => answer(await api.GET('/api/auth/second-factor')), 'second-factor');
  const [enrolment, setEnrolment] = useState<Schema<'SecondFactorEnrolment'> | null>(null);
  const [codes, setCodes] = useState<string[] | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  const overseesOthers = identity?.role === 'manager' || identity?.role === 'admin';

  const start = async () => {
    setRefusal(null);
    try {
      setEnrolment(answer(await api.POST('/api/auth/second-factor/enrolment')));
    } catch (error) {
      setRefusal(error instanceof Error ? error.message : translate('ra.notification.http_error'));
    }
  };

  const confirm = async (values: { code?: string }) => {
    try {
      const result = answer(
        await api.POST('/api/auth/second-factor/enrolment/confirm', {
          body: { code: (values.code ?? '').replace(/\s+/g, '') },
        }),
      );
      setEnrolment(null);
      setCodes(result.recoveryCodes);
      return undefined;
    } catch (error) {
      return { code: error instanceof HttpError ? error.message : translate('ra.notification.http_error') };
    }
  };

  const done = () => {
    setCodes(null);
    updateSession({ mustEnrolSecondFactor: false, secondFactorEnrolled: true });
    status.reload();
    onEnrolled?.();
  };

  return (
    <Card sx={{ mt: 2 }}>
      <CardContent>
        <Typography variant="h6" component="h2">
          {translate('accord.second_factor.title')}
        </Typography>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
          {translate('accord.second_factor.help')}
        </Typography>
        {status.error ? <Alert severity="error">{status.error}</Alert> : null}
        {refusal ? <Alert severity="error">{refusal}</Alert> : null}
        {!status.data ? (
          <LinearProgress />
        ) : codes ? (
          <Stack spacing={1}>
            <Alert severity="success">{translate('accord.second_factor.enrolled')}</Alert>
            <Typography variant="subtitle1" component="h3">
              {translate('accord.second_factor.recovery_title')}
            </Typography>
            <Typography variant="body2">{translate('accord.second_factor.recovery_help')}</Typography>
            <Box
              component="ol"
              aria-label={translate('accord.second_factor.recovery_title')}
              sx={{ fontFamily: 'monospace', fontSize: '1.1rem', columns: 2, m: 0 }}
            >
              {codes.map((code) => (
                <li key={code}>{code}</li>
              ))}
            </Box>
            <Box>
              <Button variant="contained" onClick={done}>
                {translate('accord.second_factor.done')}
              </Button>
            </Box>
          </Stack>
        ) : status.data.enrolled ? (
          <Typography>
            {translate('accord.second_factor.enrolled_since', {
              date: status.data.enrolledAt ? formatFirmInstant(status.data.enrolledAt, locale) : '',
              count: status.data.recoveryCodesLeft,
            })}
          </Typography>
        ) : enrolment ? (
          <Stack spacing={1}>
            <Typography variant="body2">{translate('accord.second_factor.scan')}</Typography>
            <Box
              component="img"
              src={enrolment.qrCode}
              alt={enrolment.otpauthUri}
              sx={{ width: 200, height: 200 }}
            />
            <Typography variant="body2">
              {translate('accord.second_factor.secret')}:{' '}
              <Box component="code" data-testid="second-factor-secret" sx={{ fontSize: '1rem' }}>
                {enrolment.secret}
              </Box>
            </Typography>
            <Form onSubmit={confirm}>
              <Stack direction="row" spacing={1} sx={{ alignItems: 'flex-start' }}>
                <TextInput
                  source="code"
                  label="accord.second_factor.code"
                  autoComplete="one-time-code"
                  slotProps={{ htmlInput: { inputMode: 'numeric', maxLength: 7 } }}
                  validate={required()}
                />
                <Box sx={{ pt: 1 }}>
                  <SaveButton label="accord.second_factor.confirm" alwaysEnable />
                </Box>
              </Stack>
            </Form>
          </Stack>
        ) : (
          <Stack spacing={1}>
            {overseesOthers ? (
              <Alert severity="warning">{translate('accord.second_factor.not_enforced')}</Alert>
            ) : (
              <Typography>{translate('accord.second_factor.not_enrolled')}</Typography>
            )}
            <Box>
              <Button variant="contained" onClick={() => void start()}>
                {translate('accord.second_factor.start')}
              </Button>
            </Box>
          </Stack>
        )}
      </CardContent>
    </Card>
  );
};
