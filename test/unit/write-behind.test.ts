import fc from 'fast-check';
import { WriteBehind } from '../../src/seed/bulk-load';

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('a write made while the next batch is generated', () => {
  it('runs the writes one at a time, in order, and stops at the first that fails', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.record({ ms: fc.integer({ min: 0, max: 3 }), fails: fc.boolean() }), { maxLength: 8 }),
        async (writes) => {
          const behind = new WriteBehind();
          const started: number[] = [];
          let running = 0;
          let mostAtOnce = 0;
          let refused: unknown = null;
          for (const [i, { ms, fails }] of writes.entries()) {
            try {
              await behind.start(async () => {
                started.push(i);
                mostAtOnce = Math.max(mostAtOnce, ++running);
                await pause(ms);
                running -= 1;
                if (fails) throw new Error(`write ${i}`);
              });
            } catch (error) {
              refused = error;
              break;
            }
          }
          if (!refused) await behind.flush().catch((error) => (refused = error));
          const firstFailing = writes.findIndex((w) => w.fails);
          // Every write up to the first failing one started, in order, and none after it.
          const expected =
            firstFailing < 0 ? writes.map((_, i) => i) : writes.slice(0, firstFailing + 1).map((_, i) => i);
          expect(started).toEqual(expected);
          expect(mostAtOnce).toBeLessThanOrEqual(1);
          expect(refused === null ? null : (refused as Error).message).toBe(
            firstFailing < 0 ? null : `write ${firstFailing}`,
          );
        },
      ),
      { numRuns: 60 },
    );
  });
});
