import { Box, Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { SessionTable } from '../../account/SessionTable';
import { answer, useApi, type Schema } from '../../providers/api';
import { useApiAnswer } from '../negotiation/useApiAnswer';

/** An admin sees where a person is signed in and ends a session (a lost laptop, someone who left). */
export const UserSessions = () => {
  const record = useRecordContext<Schema<'UserView'>>();
  const translate = useTranslate();
  const api = useApi();
  const sessions = useApiAnswer(
    async () =>
      answer(await api.GET('/api/users/{id}/sessions', { params: { path: { id: record?.id ?? '' } } })),
    record ? `users/${record.id}/sessions` : null,
  );
  if (!record) return null;
  const end = async (sessionId: string) => {
    answer(
      await api.DELETE('/api/users/{id}/sessions/{sessionId}', {
        params: { path: { id: record.id, sessionId } },
      }),
    );
  };
  return (
    <Box sx={{ mt: 2 }}>
      <Typography variant="subtitle1" component="h2">
        {translate('accord.sessions.of_user')}
      </Typography>
      <SessionTable sessions={sessions} end={end} markCurrent={false} />
    </Box>
  );
};
