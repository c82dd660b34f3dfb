import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Slots } from '../slots';

describe('Slots', () => {
  it('never has more than its size at work, and finishes every piece of work once', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 6 }),
        fc.array(fc.tuple(fc.integer({ min: 0, max: 3 }), fc.boolean()), { minLength: 1, maxLength: 40 }),
        async (size, works) => {
          const slots = new Slots(size);
          let active = 0;
          let most = 0;
          const done: number[] = [];
          const results = await Promise.allSettled(
            works.map(([ticks, fails], i) =>
              slots.run(async () => {
                active++;
                most = Math.max(most, active);
                for (let t = 0; t < ticks; t++) await Promise.resolve();
                active--;
                done.push(i);
                if (fails) throw new Error(`work ${i} failed`);
                return i;
              }),
            ),
          );
          expect(most).toBeLessThanOrEqual(size);
          expect([...done].sort((a, b) => a - b)).toEqual(works.map((_, i) => i));
          results.forEach((r, i) => expect(r.status).toBe(works[i][1] ? 'rejected' : 'fulfilled'));
          // A failure gives its slot back: the slots are free again afterwards.
          let after = 0;
          await Promise.all(Array.from({ length: size }, () => slots.run(async () => void after++)));
          expect(after).toBe(size);
        },
      ),
    );
  });
});
