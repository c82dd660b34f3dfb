import { Card, CardContent, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { answer, useApi } from '../providers/api';
import { useApiAnswer } from '../resources/negotiation/useApiAnswer';
import { SessionTable } from './SessionTable';

/** Where I am signed in; a device I do not recognise, or left signed in elsewhere, I end from here. */
export const MySessionsCard = () => {
  const translate = useTranslate();
  const api = useApi();
  const sessions = useApiAnswer(async () => answer(await api.GET('/api/auth/sessions')), 'auth/sessions');
  const end = async (sessionId: string) => {
    answer(await api.DELETE('/api/auth/sessions/{sessionId}', { params: { path: { sessionId } } }));
  };
  return (
    <Card sx={{ mt: 2 }}>
      <CardContent>
        <Typography variant="h6" component="h2">
          {translate('accord.sessions.title')}
        </Typography>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
          {translate('accord.sessions.help')}
        </Typography>
        <SessionTable sessions={sessions} end={end} markCurrent />
      </CardContent>
    </Card>
  );
};
