import fc from 'fast-check';
import { Art11Convention, nextConventionSteps } from '../../src/modules/mediation/rules/convention-steps';

const day = fc
  .integer({ min: 0, max: 3000 })
  .map((n) => new Date(Date.UTC(2024, 0, 1) + n * 86_400_000).toISOString().slice(0, 10));
const convention: fc.Arbitrary<Art11Convention> = fc.record({
  reference: fc.string({ minLength: 1, maxLength: 8 }),
  validFrom: day,
  schedule: fc.array(fc.record({ dueBy: day, units: fc.integer({ min: 1, max: 5 }) }), { maxLength: 5 }),
});

describe('the next step of an art. 11 programme', () => {
  it('asks for every unit scheduled up to the next date and counts the hirings since the start', () => {
    const steps = nextConventionSteps(
      [
        {
          reference: 'A',
          validFrom: '2025-01-01',
          schedule: [
            { dueBy: '2025-06-30', units: 1 },
            { dueBy: '2026-06-30', units: 2 },
            { dueBy: '2027-06-30', units: 1 },
          ],
        },
      ],
      '2026-01-15',
      (from) => ['2024-12-01', '2025-03-01', '2025-09-01'].filter((d) => d >= from).length,
    );
    expect(steps).toEqual([
      {
        reference: 'A',
        dueBy: '2026-06-30',
        unitsDueByThen: 3,
        hiredSinceStart: 2,
        metBefore: false,
        metWithThisHire: true,
      },
    ]);
  });

  it('has no step for a programme whose dates are all past', () => {
    const past = { reference: 'B', validFrom: '2020-01-01', schedule: [{ dueBy: '2021-01-01', units: 2 }] };
    expect(nextConventionSteps([past], '2026-01-01', () => 0)).toEqual([]);
  });

  it('never says a step met before the hiring is unmet with it, and counts exactly one hiring more (property)', () => {
    fc.assert(
      fc.property(fc.array(convention, { maxLength: 4 }), day, fc.nat(10), (conventions, today, hired) => {
        for (const step of nextConventionSteps(conventions, today, () => hired)) {
          expect(step.dueBy >= today).toBe(true);
          expect(step.metBefore).toBe(hired >= step.unitsDueByThen);
          expect(step.metWithThisHire).toBe(hired + 1 >= step.unitsDueByThen);
          if (step.metBefore) expect(step.metWithThisHire).toBe(true);
        }
      }),
    );
  });
});
