import { Alert, Box, Card, CardContent, LinearProgress, Stack, Typography } from '@mui/material';
import { useState } from 'react';
import {
  BooleanInput,
  Form,
  NumberInput,
  SaveButton,
  Title,
  maxValue,
  minValue,
  number,
  required,
  useNotify,
  useTranslate,
} from 'react-admin';
import { StaleVersionAlert } from '../../common/StaleVersionAlert';
import { useNotifyError } from '../../common/useNotifyError';
import { answer, useApi, type Schema } from '../../providers/api';
import { useApiAnswer } from '../negotiation/useApiAnswer';

export const SECURITY_SETTINGS_PATH = '/security-settings';

type SecuritySettings = Schema<'SecuritySettingsView'>;

const IDLE = [required(), number(), minValue(5), maxValue(240)];
const LIFETIME = [required(), number(), minValue(1), maxValue(24)];

/**
 * The firm's sign-in rules (administrators): how long an unattended session stays open, how long any
 * session lasts, and whether officers need a second factor too. They apply from the next sign-in or
 * refresh; a colleague's save in between is refused (409) and said so.
 */
export const SecuritySettingsPage = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const notifyError = useNotifyError();
  const api = useApi();
  const [saved, setSaved] = useState<SecuritySettings | null>(null);
  const [stale, setStale] = useState(false);
  const read = useApiAnswer(async () => answer(await api.GET('/api/security-settings')), 'security-settings');
  const settings = saved ?? read.data;

  const save = async (values: Partial<SecuritySettings>) => {
    if (!settings) return;
    try {
      const data = answer(
        await api.PUT('/api/security-settings', {
          body: {
            idleTimeoutMinutes: Number(values.idleTimeoutMinutes),
            absoluteLifetimeHours: Number(values.absoluteLifetimeHours),
            secondFactorForOfficers: values.secondFactorForOfficers === true,
            version: settings.version,
          },
        }),
      );
      setSaved(data);
      setStale(false);
      notify('accord.security_settings.saved', { type: 'success' });
    } catch (error) {
      if ((error as { status?: number }).status === 409) setStale(true);
      notifyError(error);
    }
  };

  const reload = () => {
    setSaved(null);
    setStale(false);
    read.reload();
  };

  return (
    <Box sx={{ mt: 2, mb: 4, maxWidth: 720 }}>
      <Title title="accord.security_settings.title" />
      <Card>
        <CardContent>
          <Typography variant="h6" component="h2">
            {translate('accord.security_settings.title')}
          </Typography>
          <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
            {translate('accord.security_settings.help')}
          </Typography>
          {stale ? (
            <StaleVersionAlert onReload={reload} reloadLabel="accord.security_settings.reload" />
          ) : null}
          {read.error ? (
            <Alert severity="error">{read.error}</Alert>
          ) : !settings ? (
            <LinearProgress />
          ) : (
            <Form key={settings.version} record={settings} onSubmit={save} noValidate>
              <Stack spacing={1}>
                <NumberInput
                  source="idleTimeoutMinutes"
                  label="accord.security_settings.idle"
                  helperText="accord.security_settings.idle_help"
                  validate={IDLE}
                  min={5}
                  max={240}
                  step={1}
                  sx={{ maxWidth: 420 }}
                />
                <NumberInput
                  source="absoluteLifetimeHours"
                  label="accord.security_settings.lifetime"
                  helperText="accord.security_settings.lifetime_help"
                  validate={LIFETIME}
                  min={1}
                  max={24}
                  step={1}
                  sx={{ maxWidth: 420 }}
                />
                <BooleanInput
                  source="secondFactorForOfficers"
                  label="accord.security_settings.officers"
                  helperText="accord.security_settings.officers_help"
                />
                <Box>
                  <SaveButton label="accord.security_settings.save" />
                </Box>
              </Stack>
            </Form>
          )}
        </CardContent>
      </Card>
    </Box>
  );
};
