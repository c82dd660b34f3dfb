import {
  Alert,
  Box,
  Card,
  CardContent,
  FormControlLabel,
  FormHelperText,
  LinearProgress,
  Switch,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import { Title, useNotify, useTranslate } from 'react-admin';
import { useNotifyError } from '../../common/useNotifyError';
import { answer as dataOf, useApi, type Schema } from '../../providers/api';
import { useApiAnswer } from '../negotiation/useApiAnswer';

export const CASE_SETTINGS_PATH = '/case-settings';

type CaseSettingsRecord = Schema<'CaseSettings'>;

/**
 * The firm's case rules (managers and admins): whether an officer's close waits for a manager. The case
 * policy reads it on every close; a save carries the version read, and a colleague's save in between is
 * refused and said so.
 */
export const CaseSettingsPage = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const notifyError = useNotifyError();
  const api = useApi();
  const [saved, setSaved] = useState<CaseSettingsRecord | null>(null);
  const [pending, setPending] = useState(false);
  const answer = useApiAnswer(async () => dataOf(await api.GET('/api/case-settings')), 'case-settings');
  const settings = saved ?? answer.data;

  const toggle = async (value: boolean) => {
    if (!settings || pending) return;
    setPending(true);
    try {
      const data = dataOf(
        await api.PUT('/api/case-settings', {
          body: { officerClosesNeedManager: value, version: settings.version },
        }),
      );
      setSaved(data);
      notify('accord.case_settings.saved', { type: 'success' });
    } catch (error) {
      notifyError(error);
      setSaved(null);
      answer.reload();
    } finally {
      setPending(false);
    }
  };

  return (
    <Box sx={{ mt: 2, mb: 4, maxWidth: 880 }}>
      <Title title="accord.case_settings.title" />
      <Card>
        <CardContent>
          <Typography variant="h6" component="h2" sx={{ mb: 2 }}>
            {translate('accord.case_settings.title')}
          </Typography>
          {answer.error ? (
            <Alert severity="error">{answer.error}</Alert>
          ) : !settings ? (
            <LinearProgress />
          ) : (
            <>
              <FormControlLabel
                control={
                  <Switch
                    checked={settings.officerClosesNeedManager}
                    disabled={pending}
                    onChange={(event) => toggle(event.target.checked)}
                  />
                }
                label={translate('accord.case_settings.officer_closes_need_manager')}
              />
              <FormHelperText>
                {translate('accord.case_settings.officer_closes_need_manager_help')}
              </FormHelperText>
            </>
          )}
        </CardContent>
      </Card>
    </Box>
  );
};
