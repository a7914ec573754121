import { munkres } from 'munkres';

export interface PlanOpening {
  openingId: string;
  /** Positions still to fill. */
  positions: number;
}

export interface PlanPair {
  openingId: string;
  beneficiaryId: string;
  /** What the plan maximises for this pair: its score, plus any priority. Pairs not listed cannot be assigned. */
  value: number;
}

export interface PlanAssignment {
  openingId: string;
  beneficiaryId: string;
  value: number;
}

/**
 * The assignment of people to positions with the greatest total value: each person at most once, each opening at
 * most its positions. Openings are expanded into one row per position and solved exactly with the Hungarian method;
 * impossible pairs cost nothing, so leaving a position empty is always allowed and never beats a real assignment
 * of positive value.
 */
export function solvePlacementPlan(openings: PlanOpening[], pairs: PlanPair[]): PlanAssignment[] {
  const slots = openings.flatMap((o) => Array.from({ length: Math.max(o.positions, 0) }, () => o.openingId));
  const people = [...new Set(pairs.map((p) => p.beneficiaryId))].sort();
  if (!slots.length || !people.length) return [];

  const column = new Map(people.map((id, i) => [id, i]));
  const values = new Map<string, number>();
  const rowsByOpening = new Map<string, Float64Array>();
  for (const pair of pairs) {
    values.set(`${pair.openingId}|${pair.beneficiaryId}`, pair.value);
    let row = rowsByOpening.get(pair.openingId);
    if (!row) rowsByOpening.set(pair.openingId, (row = new Float64Array(people.length)));
    if (pair.value > 0) row[column.get(pair.beneficiaryId)!] = -pair.value;
  }
  const empty = new Float64Array(people.length);
  const costs = slots.map((openingId) => rowsByOpening.get(openingId) ?? empty);

  return munkres(costs)
    .filter(([slot, person]) => costs[slot][person] < 0)
    .map(([slot, person]) => {
      const openingId = slots[slot];
      const beneficiaryId = people[person];
      return { openingId, beneficiaryId, value: values.get(`${openingId}|${beneficiaryId}`)! };
    })
    .sort((a, b) => a.openingId.localeCompare(b.openingId) || a.beneficiaryId.localeCompare(b.beneficiaryId));
}
