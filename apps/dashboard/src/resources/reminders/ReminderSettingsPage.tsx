import { Alert, Box, Card, CardContent, Divider, LinearProgress, Stack, Typography } from '@mui/material';
import { useId, useState, type ReactNode } from 'react';
import {
  CheckboxGroupInput,
  Form,
  FormDataConsumer,
  NumberInput,
  SaveButton,
  TextInput,
  Title,
  maxValue,
  minValue,
  regex,
  required,
  useLocaleState,
  useNotify,
  useTranslate,
  type Validator,
} from 'react-admin';
import { formatFirmInstant } from '../../common/firm';
import { answer, useApi } from '../../providers/api';
import { useApiAnswer } from '../negotiation/useApiAnswer';
import { CLIENT_CHANNELS } from './reminder';
import {
  inQuietHours,
  quietHoursShape,
  settingsBody,
  type ReminderSettingsRecord,
  type ReminderSettingsValues,
} from './settings';
import { StaleVersionAlert } from '../../common/StaleVersionAlert';
import { useNotifyError } from '../../common/useNotifyError';

export const REMINDER_SETTINGS_PATH = '/reminder-settings';

const TIME = [required(), regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'accord.reminder_settings.time_invalid')];
const wholeDays: Validator = (value) =>
  value === null || value === undefined || value === '' || Number.isInteger(Number(value))
    ? undefined
    : 'accord.reminder_settings.days_invalid';
const DAYS = [
  required(),
  wholeDays,
  minValue(1, 'accord.reminder_settings.days_invalid'),
  maxValue(365, 'accord.reminder_settings.days_invalid'),
];
const channelChoices = CLIENT_CHANNELS.map((id) => ({ id, name: `accord.notification_channels.${id}` }));

const Section = ({ title, help, children }: { title: string; help?: string; children: ReactNode }) => {
  const translate = useTranslate();
  const titleId = useId();
  return (
    <Box component="section" aria-labelledby={titleId} sx={{ minWidth: 0 }}>
      <Typography id={titleId} variant="subtitle1" component="h3" sx={{ fontWeight: 600 }}>
        {translate(title)}
      </Typography>
      {help ? (
        <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
          {translate(help)}
        </Typography>
      ) : (
        <Box sx={{ mb: 2 }} />
      )}
      {children}
    </Box>
  );
};

/** What the quiet hours typed so far mean, and what they do to the time clients are reminded at. */
const QuietHoursHint = ({ values }: { values: Partial<ReminderSettingsValues> }) => {
  const translate = useTranslate();
  const start = values.quietStart ?? '';
  const end = values.quietEnd ?? '';
  const shape = quietHoursShape(start, end);
  if (!shape) return null;
  return (
    <Stack spacing={1} sx={{ mt: 0.5 }}>
      <Typography variant="body2" data-testid="quiet-hours-hint">
        {shape === 'none'
          ? translate('accord.reminder_settings.no_quiet_hours')
          : translate(`accord.reminder_settings.${shape}`, { start, end })}
      </Typography>
      {values.clientTime && inQuietHours(values.clientTime, start, end) ? (
        <Alert severity="warning">{translate('accord.reminder_settings.client_time_quiet', { end })}</Alert>
      ) : null}
    </Stack>
  );
};

/**
 * The firm's reminder settings (administrators): quiet hours for clients, the times of day reminders go
 * out, when a case counts as standing still, and how clients are reached. Saved with the version that
 * was read: a colleague's save in between is refused (409) and said so, in the person's language.
 */
export const ReminderSettingsPage = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const notifyError = useNotifyError();
  const api = useApi();
  const [locale] = useLocaleState();
  const [stale, setStale] = useState(false);
  const [saved, setSaved] = useState<ReminderSettingsRecord | null>(null);
  const read = useApiAnswer(async () => answer(await api.GET('/api/reminder-settings')), 'reminder-settings');
  const settings = saved ?? read.data;

  const reload = () => {
    setSaved(null);
    setStale(false);
    read.reload();
  };

  const save = async (values: Partial<ReminderSettingsValues>) => {
    if (!settings) return;
    try {
      const data = answer(
        await api.PUT('/api/reminder-settings', {
          body: settingsBody(values as ReminderSettingsValues, settings.version),
        }),
      );
      setSaved(data);
      setStale(false);
      notify('accord.reminder_settings.saved', { type: 'success' });
    } catch (error) {
      const status = (error as { status?: number }).status;
      if (status === 409) setStale(true);
      notifyError(error);
    }
  };

  return (
    <Box sx={{ mt: 2, mb: 4, maxWidth: 880 }}>
      <Title title="accord.reminder_settings.title" />
      <Card>
        <CardContent>
          <Typography variant="h6" component="h2">
            {translate('accord.reminder_settings.title')}
          </Typography>
          {read.error ? (
            <Alert severity="error" sx={{ mt: 2 }}>
              {read.error}
            </Alert>
          ) : !settings ? (
            <LinearProgress sx={{ mt: 2 }} />
          ) : (
            <>
              <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
                {translate('accord.reminder_settings.help', { timeZone: settings.timeZone })}
              </Typography>
              {stale ? (
                <StaleVersionAlert onReload={reload} reloadLabel="accord.reminder_settings.reload" />
              ) : null}
              {/* A new version is a new form: what was saved is the starting point of the next change. */}
              <Form key={settings.version} record={settings} onSubmit={save} noValidate>
                <Stack spacing={3} divider={<Divider flexItem />}>
                  <Section
                    title="accord.reminder_settings.quiet_hours"
                    help="accord.reminder_settings.quiet_help"
                  >
                    <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
                      <TextInput
                        source="quietStart"
                        label="accord.reminder_settings.quietStart"
                        type="time"
                        validate={TIME}
                        helperText={false}
                        sx={{ width: { sm: 160 } }}
                      />
                      <TextInput
                        source="quietEnd"
                        label="accord.reminder_settings.quietEnd"
                        type="time"
                        validate={TIME}
                        helperText={false}
                        sx={{ width: { sm: 160 } }}
                      />
                    </Stack>
                    <FormDataConsumer<ReminderSettingsValues>>
                      {({ formData }) => <QuietHoursHint values={formData} />}
                    </FormDataConsumer>
                  </Section>
                  <Section title="accord.reminder_settings.times">
                    <Stack direction={{ xs: 'column', md: 'row' }} spacing={2}>
                      {(['staffTime', 'clientTime', 'digestTime'] as const).map((source) => (
                        <TextInput
                          key={source}
                          source={source}
                          label={`accord.reminder_settings.${source}`}
                          helperText={`accord.reminder_settings.${source}_help`}
                          type="time"
                          validate={TIME}
                          sx={{ flex: 1 }}
                        />
                      ))}
                    </Stack>
                  </Section>
                  <Section
                    title="accord.reminder_settings.stale"
                    help="accord.reminder_settings.staleAfterDays_help"
                  >
                    <NumberInput
                      source="staleAfterDays"
                      label="accord.reminder_settings.staleAfterDays"
                      min={1}
                      max={365}
                      step={1}
                      validate={DAYS}
                      helperText={false}
                      sx={{ width: { xs: '100%', sm: 240 } }}
                    />
                  </Section>
                  <Section
                    title="accord.reminder_settings.clientChannels"
                    help="accord.reminder_settings.clientChannels_help"
                  >
                    <CheckboxGroupInput
                      source="clientChannels"
                      label={false}
                      choices={channelChoices}
                      helperText={false}
                    />
                    <FormDataConsumer<ReminderSettingsValues>>
                      {({ formData }) =>
                        formData.clientChannels?.length ? null : (
                          <Alert severity="warning">
                            {translate('accord.reminder_settings.no_client_channel')}
                          </Alert>
                        )
                      }
                    </FormDataConsumer>
                  </Section>
                  <Stack
                    direction={{ xs: 'column', sm: 'row' }}
                    spacing={2}
                    sx={{ alignItems: { sm: 'center' }, justifyContent: 'space-between' }}
                  >
                    <SaveButton label="accord.reminder_settings.save" />
                    <Typography variant="body2" color="text.secondary" data-testid="settings-version">
                      {translate('accord.reminder_settings.version', {
                        version: settings.version,
                        time: formatFirmInstant(settings.updatedAt, locale),
                      })}
                    </Typography>
                  </Stack>
                </Stack>
              </Form>
            </>
          )}
        </CardContent>
      </Card>
    </Box>
  );
};
