import fc from 'fast-check';
import { HEAVY_FIELDS, HeavyFieldGate } from '../../src/graphql/heavy-fields';

const PLAN = 'Query.placementPlan';
const STATISTICS = 'Query.serviceStatistics';
const RANKING = 'Query.matchCandidates';

describe('the heavy-field gate', () => {
  it('lets an operator run at most the declared number of each field at once, whatever the order of requests', () => {
    const step = fc.record({
      operator: fc.constantFrom('a', 'b'),
      fields: fc.array(fc.tuple(fc.constantFrom(PLAN, STATISTICS, RANKING), fc.integer({ min: 1, max: 3 })), {
        minLength: 1,
        maxLength: 3,
      }),
      leaveAfter: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(step, { maxLength: 30 }), (steps) => {
        const gate = new HeavyFieldGate();
        const running = new Map<string, number>();
        const open: Array<() => void> = [];
        for (const { operator, fields, leaveAfter } of steps) {
          const wanted = new Map<string, number>();
          for (const [field, count] of fields) wanted.set(field, (wanted.get(field) ?? 0) + count);
          const fits = [...wanted].every(([field, count]) => {
            const limit = HEAVY_FIELDS[field].perOperator;
            return limit === undefined || (running.get(`${operator} ${field}`) ?? 0) + count <= limit;
          });
          let leave: (() => void) | null = null;
          try {
            leave = gate.enter(operator, wanted);
          } catch (error) {
            expect((error as { extensions: { code: string } }).extensions.code).toBe('RATE_LIMITED');
          }
          expect(leave !== null).toBe(fits);
          if (!leave) continue;
          const taken = [...wanted].filter(([field]) => HEAVY_FIELDS[field].perOperator !== undefined);
          for (const [field, count] of taken)
            running.set(`${operator} ${field}`, (running.get(`${operator} ${field}`) ?? 0) + count);
          const release = () => {
            leave!();
            for (const [field, count] of taken)
              running.set(`${operator} ${field}`, running.get(`${operator} ${field}`)! - count);
          };
          if (leaveAfter) release();
          else open.push(release);
        }
        for (const release of open) release();
        // Everything given back: each operator may start a plan again.
        gate.enter('a', new Map([[PLAN, 1]]))();
        gate.enter('b', new Map([[PLAN, 1]]))();
      }),
    );
  });
});
