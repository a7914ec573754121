import { PlanOpening, PlanPair, solvePlacementPlan } from '../../src/modules/matching/rules/plan-solver';

/** Every feasible assignment, tried one by one: the reference the solver must match on small instances. */
function bruteForceBest(openings: PlanOpening[], pairs: PlanPair[]): number {
  const people = [...new Set(pairs.map((p) => p.beneficiaryId))];
  const value = new Map(pairs.map((p) => [`${p.openingId}|${p.beneficiaryId}`, p.value]));
  let best = 0;
  const left = new Map(openings.map((o) => [o.openingId, o.positions]));
  const visit = (i: number, total: number) => {
    if (i === people.length) {
      best = Math.max(best, total);
      return;
    }
    visit(i + 1, total);
    for (const opening of openings) {
      const v = value.get(`${opening.openingId}|${people[i]}`);
      if (v === undefined || left.get(opening.openingId)! === 0) continue;
      left.set(opening.openingId, left.get(opening.openingId)! - 1);
      visit(i + 1, total + v);
      left.set(opening.openingId, left.get(opening.openingId)! + 1);
    }
  };
  visit(0, 0);
  return best;
}

function randomInstance(seed: number) {
  let state = seed;
  const random = () => (state = (state * 48271) % 2147483647) / 2147483647;
  const openings = Array.from({ length: 1 + Math.floor(random() * 4) }, (_, i) => ({
    openingId: `o${i}`,
    positions: 1 + Math.floor(random() * 2),
  }));
  const pairs: PlanPair[] = [];
  for (let p = 0; p < 2 + Math.floor(random() * 5); p++) {
    for (const o of openings) {
      if (random() < 0.6)
        pairs.push({ openingId: o.openingId, beneficiaryId: `p${p}`, value: Math.round(random() * 10000) / 100 });
    }
  }
  return { openings, pairs };
}

describe('placement plan solver', () => {
  it('finds the best total, not the greedy one', () => {
    // Greedy would give Anna (90) to the first opening and leave the second empty: 90. Best is 80 + 70 = 150.
    const pairs = [
      { openingId: 'warehouse', beneficiaryId: 'anna', value: 90 },
      { openingId: 'warehouse', beneficiaryId: 'bruno', value: 80 },
      { openingId: 'canteen', beneficiaryId: 'anna', value: 70 },
    ];
    const plan = solvePlacementPlan(
      [
        { openingId: 'warehouse', positions: 1 },
        { openingId: 'canteen', positions: 1 },
      ],
      pairs,
    );
    expect(plan).toEqual([
      { openingId: 'canteen', beneficiaryId: 'anna', value: 70 },
      { openingId: 'warehouse', beneficiaryId: 'bruno', value: 80 },
    ]);
  });

  it('respects the number of positions and gives each person at most one', () => {
    const pairs = ['a', 'b', 'c'].map((p) => ({ openingId: 'o', beneficiaryId: p, value: 50 }));
    const plan = solvePlacementPlan([{ openingId: 'o', positions: 2 }], pairs);
    expect(plan).toHaveLength(2);
    expect(new Set(plan.map((a) => a.beneficiaryId)).size).toBe(2);
  });

  it('never assigns a pair that is not allowed, and leaves a position empty instead', () => {
    const plan = solvePlacementPlan(
      [
        { openingId: 'o1', positions: 1 },
        { openingId: 'o2', positions: 1 },
      ],
      [{ openingId: 'o1', beneficiaryId: 'a', value: 10 }],
    );
    expect(plan).toEqual([{ openingId: 'o1', beneficiaryId: 'a', value: 10 }]);
  });

  it.each(Array.from({ length: 60 }, (_, i) => i + 1))('matches brute force on random instance %i', (seed) => {
    const { openings, pairs } = randomInstance(seed * 7919);
    const plan = solvePlacementPlan(openings, pairs);
    const total = plan.reduce((sum, a) => sum + a.value, 0);
    expect(total).toBeCloseTo(bruteForceBest(openings, pairs), 6);
    for (const opening of openings) {
      expect(plan.filter((a) => a.openingId === opening.openingId).length).toBeLessThanOrEqual(opening.positions);
    }
    expect(new Set(plan.map((a) => a.beneficiaryId)).size).toBe(plan.length);
  });
});
