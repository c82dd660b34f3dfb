import { REMINDER_KINDS } from '@accord/contracts';
import { ReminderKindRegistry, RemindersService } from '@accord/server-reminders';
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { useReminderRig } from './support/reminder-rig';

/**
 * Each feature words the kinds of the facts it owns and registers them from its reminders module; the API
 * (which writes reminders) and the worker (which words and sends them) must know the same kinds.
 */
const rig = useReminderRig('reminder-kinds', 'redis');

describe('the reminder kinds', () => {
  it('are the same in the API and the worker, every kind of the vocabulary', async () => {
    const worker = await rig.startWorker();
    const inApi = rig.api.app.get(ReminderKindRegistry).names();
    const inWorker = worker.get(ReminderKindRegistry).names();
    expect(inApi).toEqual([...REMINDER_KINDS].sort());
    expect(inWorker).toEqual(inApi);
  });

  it('word every kind in every language for staff and clients', () => {
    const kinds = rig.api.app.get(ReminderKindRegistry);
    const payload = { reference: 'AC-2026-0001', number: 2, dueDate: '2026-12-08', amountFen: 150000 };
    for (const name of REMINDER_KINDS)
      for (const locale of ['zh-TW', 'zh-CN', 'en'] as const)
        for (const recipient of ['officer', 'client'] as const) {
          const message = kinds.get(name).render(payload, locale, recipient);
          expect([name, locale, message.title.length > 0, message.body.length > 0]).toEqual([
            name,
            locale,
            true,
            true,
          ]);
        }
  });

  it('refuses to write a reminder of a kind nobody registered, and writes nothing', async () => {
    const reminders = rig.api.app.get(RemindersService);
    const subject = { type: 'case', id: randomUUID(), caseId: null, payload: {} };
    const planned = [
      { kind: 'court_hearing', recipient: 'officer' as const, slot: 'd-1', dueAt: rig.clock.now() },
    ];
    await expect(
      rig.db().transaction((manager) => reminders.sync(manager, subject, planned, rig.clock.now())),
    ).rejects.toThrow(/unknown reminder kind court_hearing/);
    const [{ count }] = await rig
      .db()
      .query(`SELECT count(*)::int AS count FROM reminders WHERE subject_id = $1`, [subject.id]);
    expect(count).toBe(0);
  });
});
