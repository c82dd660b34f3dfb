import { Alert, Box, Card, CardContent, LinearProgress, Stack, Typography } from '@mui/material';
import { useState } from 'react';
import {
  CheckboxGroupInput,
  Form,
  SaveButton,
  Title,
  useGetIdentity,
  useNotify,
  useTranslate,
  type Validator,
} from 'react-admin';
import { answer as dataOf, useApi, type Schema } from '../providers/api';
import { useApiAnswer } from '../resources/negotiation/useApiAnswer';
import { STAFF_CHANNELS, type StaffChannel } from '../resources/reminders/reminder';
import { useNotifyError } from '../common/useNotifyError';
import { CalendarFeedCard } from './CalendarFeedCard';
import { OwnPasswordForm } from './OwnPasswordForm';
import { MySessionsCard } from './MySessionsCard';
import { SecondFactorCard } from './SecondFactorCard';

export const MY_SETTINGS_PATH = '/my-settings';

type MyChannels = Schema<'ReminderChannels'>;

/** A reminder that reaches no one is a deadline missed: at least one way is kept. */
const atLeastOne: Validator = (value) =>
  Array.isArray(value) && value.length > 0 ? undefined : 'accord.my_settings.need_one';

/**
 * The signed-in person's own settings: how their reminders reach them (in the app's bell, by e-mail, or
 * both), `GET|PUT /me/reminder-channels`, their calendar subscription of hearings and court deadlines, their
 * password, second factor and where they are signed in.
 */
export const MySettingsPage = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const notifyError = useNotifyError();
  const api = useApi();
  const { identity } = useGetIdentity();
  const [saved, setSaved] = useState<MyChannels | null>(null);
  const answer = useApiAnswer(
    async () => dataOf(await api.GET('/api/me/reminder-channels')),
    'me/reminder-channels',
  );
  const current = saved ?? answer.data;
  const email = typeof identity?.email === 'string' ? identity.email : '';
  const channelLabel = (choice: { id: StaffChannel }) => (
    <Box component="span">
      {translate(`accord.notification_channels.${choice.id}`)}
      <Typography component="span" variant="body2" color="text.secondary" sx={{ ml: 1 }}>
        {choice.id === 'email'
          ? translate('accord.my_settings.email_help', { email })
          : translate('accord.my_settings.in_app_help')}
      </Typography>
    </Box>
  );

  const save = async (values: Partial<MyChannels>) => {
    try {
      // Kept in a fixed order, so the same choice always reads the same.
      const channels = STAFF_CHANNELS.filter((c) => values.channels?.includes(c));
      setSaved(dataOf(await api.PUT('/api/me/reminder-channels', { body: { channels } })));
      notify('accord.my_settings.saved', { type: 'success' });
    } catch (error) {
      notifyError(error);
    }
  };

  return (
    <Box sx={{ mt: 2, mb: 4, maxWidth: 720 }}>
      <Title title="accord.my_settings.title" />
      <Card>
        <CardContent>
          <Typography variant="h6" component="h2">
            {translate('accord.my_settings.channels')}
          </Typography>
          <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
            {translate('accord.my_settings.channels_help')}
          </Typography>
          {answer.error ? (
            <Alert severity="error">{answer.error}</Alert>
          ) : !current ? (
            <LinearProgress />
          ) : (
            <Form key={current.channels.join()} record={{ ...current }} onSubmit={save} noValidate>
              <Stack spacing={1}>
                <CheckboxGroupInput
                  source="channels"
                  label={false}
                  row={false}
                  choices={STAFF_CHANNELS.map((id) => ({ id }))}
                  optionText={channelLabel}
                  translateChoice={false}
                  validate={atLeastOne}
                />
                <Box>
                  <SaveButton label="accord.my_settings.save" />
                </Box>
              </Stack>
            </Form>
          )}
        </CardContent>
      </Card>
      <CalendarFeedCard />
      <Card sx={{ mt: 2 }}>
        <CardContent>
          <Typography variant="h6" component="h2" sx={{ mb: 1 }}>
            {translate('accord.own_password.title')}
          </Typography>
          <OwnPasswordForm />
        </CardContent>
      </Card>
      <SecondFactorCard />
      <MySessionsCard />
    </Box>
  );
};
