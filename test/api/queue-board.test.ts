import { QueueName } from '@accord/server-core';
import { describe, expect, it } from 'vitest';
import { signedIn, useApiApp } from './support/api-app';

const api = useApiApp('queue_board');

describe('the queue board at /admin/queues', () => {
  it('opens only for an admin, through a short session cookie that opens nothing else', async () => {
    const refused = await api.http().get('/admin/queues').expect(401);
    expect(refused.text).toContain('administrator');
    const officer = await signedIn(api, 'officer');
    await api
      .http()
      .post('/api/admin/queue-board-session')
      .set('Authorization', `Bearer ${officer.token}`)
      .expect(403);
    const manager = await signedIn(api, 'manager');
    await api
      .http()
      .post('/api/admin/queue-board-session')
      .set('Authorization', `Bearer ${manager.token}`)
      .expect(403);

    const admin = await signedIn(api, 'admin');
    const session = await api
      .http()
      .post('/api/admin/queue-board-session')
      .set('Authorization', `Bearer ${admin.token}`)
      .expect(204);
    const cookie = String(session.headers['set-cookie']);
    expect(cookie).toMatch(/^accord_queue_board=/);
    expect(cookie).toContain('Path=/admin/queues');
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Strict');
    const pair = cookie.split(';')[0];

    const page = await api.http().get('/admin/queues').set('Cookie', pair).expect(200);
    expect(page.text).toContain('__UI_CONFIG__');
    const queues = await api.http().get('/admin/queues/api/queues').set('Cookie', pair).expect(200);
    expect(queues.body.queues.map((q: { name: string }) => q.name).sort()).toEqual(
      Object.values(QueueName).sort(),
    );
    // The board's session is no sign-in for the API.
    const token = decodeURIComponent(pair.split('=')[1]);
    await api.http().get('/api/cases').set('Authorization', `Bearer ${token}`).expect(401);

    // Signing out ends it with every other session of the admin.
    await api.http().post('/api/auth/logout').set('Authorization', `Bearer ${admin.token}`).expect(204);
    await api.http().get('/admin/queues/api/queues').set('Cookie', pair).expect(401);
  });
});
