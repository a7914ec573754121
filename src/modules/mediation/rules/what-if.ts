import { DEFAULT_MODES } from '../../matching/rules/commute';
import {
  AccessibilityFeature,
  PhysicalDemand,
  Shift,
  TransportMode,
} from '../../work-conditions/work-conditions.enums';
import { ContractType } from '../../openings/opening.enums';
import { CONTRACTS_COUNTING_TOWARD_QUOTA } from '../../quotas/rules/counting-contracts';
import { change, Change, ChangeCode, changeKey, combinable, COMMUTE_STEPS, WEEKLY_HOURS_ALTERNATIVES } from './changes';

/* Which changes to try, and how their results are ordered and compared: pure. */

/** What the what-if of an opening needs to know of it to list the changes. */
export interface OpeningFacts {
  weeklyHours: number;
  shifts: Shift[];
  physicalDemands: PhysicalDemand[];
  accessibilityFeatures: AccessibilityFeature[];
  accommodationsArrangeable: boolean;
  indispensableSkills: Array<{ skillId: string; bitPosition: number }>;
  /** Every skill the opening asks for, with its level. */
  skillLevels: Array<{ skillId: string; bitPosition: number; minimumLevel: number }>;
  contractType: ContractType;
  countsTowardQuota: boolean;
}

/**
 * Everything the employer could relax or arrange: each indispensable skill, each skill's level one step down, weekly
 * hours, each shift, each physical demand (driving apart), each accessibility feature not offered, accommodations in
 * general, and, for an opening whose hiring would not count toward the Law 68/99 quota, each contract that would.
 */
export function openingChanges(o: OpeningFacts): Change[] {
  const changes: Change[] = [];
  for (const s of o.indispensableSkills)
    changes.push(change(ChangeCode.SKILL_NOT_INDISPENSABLE, { skillId: s.skillId, skillBit: s.bitPosition }));
  for (const s of o.skillLevels)
    if (s.minimumLevel > 1)
      changes.push(
        change(ChangeCode.LOWER_LEVEL, { skillId: s.skillId, skillBit: s.bitPosition, level: s.minimumLevel - 1 }),
      );
  if (!o.countsTowardQuota)
    for (const contractType of CONTRACTS_COUNTING_TOWARD_QUOTA)
      if (contractType !== o.contractType || contractType === ContractType.FIXED_TERM)
        changes.push(change(ChangeCode.CONTRACT, { contractType }));
  for (const hours of WEEKLY_HOURS_ALTERNATIVES)
    if (hours !== o.weeklyHours) changes.push(change(ChangeCode.WEEKLY_HOURS, { weeklyHours: hours }));
  for (const shift of o.shifts) changes.push(change(ChangeCode.DROP_SHIFT, { shift }));
  for (const demand of o.physicalDemands)
    changes.push(
      demand === PhysicalDemand.DRIVING
        ? change(ChangeCode.DROP_DRIVING)
        : change(ChangeCode.DROP_PHYSICAL_DEMAND, { demand }),
    );
  if (!o.accommodationsArrangeable) {
    for (const feature of Object.values(AccessibilityFeature))
      if (!o.accessibilityFeatures.includes(feature)) changes.push(change(ChangeCode.OFFER_FEATURE, { feature }));
    changes.push(change(ChangeCode.ARRANGE_ACCOMMODATIONS));
  }
  return changes;
}

/** Every pair of changes that can be made together, as index pairs into `changes`. */
export function pairsOf(changes: Change[]): Array<[number, number]> {
  const pairs: Array<[number, number]> = [];
  for (let i = 0; i < changes.length; i++)
    for (let j = i + 1; j < changes.length; j++) if (combinable(changes[i], changes[j])) pairs.push([i, j]);
  return pairs;
}

export interface Gain {
  gained: number;
  lost: number;
}

/** Most brought in first; then fewest lost; then a stable order of the changes. */
export function byGain<T extends Gain & { changes: Change[] }>(a: T, b: T): number {
  return (
    b.gained - a.gained ||
    a.lost - b.lost ||
    a.changes.map(changeKey).join('|').localeCompare(b.changes.map(changeKey).join('|'))
  );
}

/** The pair that brings in most, when it brings in anyone. */
export function bestOf<T extends Gain & { changes: Change[] }>(pairs: T[]): T | null {
  const sorted = [...pairs].sort(byGain);
  return sorted.length && sorted[0].gained > 0 ? sorted[0] : null;
}

export interface Ranked {
  id: string;
  score: number;
}

/**
 * Who enters the top `size` once a change is made: the current best (those it would lose removed) with the newly
 * eligible added, re-sorted by score then ID as the rankings sort; the newcomers among the first `size`, each with
 * their new rank.
 */
export function entrants(
  current: Ranked[],
  lostIds: string[],
  gained: Ranked[],
  size: number,
): Array<Ranked & { rank: number }> {
  const lost = new Set(lostIds);
  const newcomers = new Set(gained.map((g) => g.id));
  return [...current.filter((c) => !lost.has(c.id)), ...gained]
    .sort((a, b) => b.score - a.score || a.id.localeCompare(b.id))
    .slice(0, size)
    .map((r, i) => ({ ...r, rank: i + 1 }))
    .filter((r) => newcomers.has(r.id));
}

/** The gained pairs that could still reach the top `size`: pre-scores within twice the tolerance of the `size`-th. */
export function worthScoring(ids: string[], preScores: number[], size: number, tolerance: number): string[] {
  if (ids.length <= size) return ids;
  const floor = preScores[size - 1] - 2 * tolerance;
  return ids.filter((_, i) => preScores[i] >= floor);
}

/** What the what-if of a person needs to know of them to list the changes. */
export interface PersonFacts {
  hasDrivingLicence: boolean;
  /** Null when no limit is recorded (a longer commute then changes nothing). */
  maxCommuteKm: number | null;
  maxCommuteMinutes: number | null;
  /** As recorded; empty means the default modes. */
  transportModes: TransportMode[];
  /** As recorded; empty means any shift. */
  availableShifts: Shift[];
  accessibilityNeeds: AccessibilityFeature[];
  /** Skills open openings cannot do without that the person does not hold, with the level they ask. */
  skillsAsked: Array<{ skillId: string; bitPosition: number; level: number }>;
}

/**
 * Everything that could be worked on with the person: training in a skill openings cannot do without, a driving
 * licence, another way to travel, and (the person's choice only) a longer commute or a shift they had not accepted;
 * and each accessibility need an employer could arrange.
 */
export function personChanges(f: PersonFacts, withNeeds: boolean): Change[] {
  const changes: Change[] = f.skillsAsked.map((s) =>
    change(ChangeCode.TRAIN_SKILL, { skillId: s.skillId, skillBit: s.bitPosition, level: s.level }),
  );
  if (!f.hasDrivingLicence) changes.push(change(ChangeCode.DRIVING_LICENCE));
  const modes = f.transportModes.length ? f.transportModes : DEFAULT_MODES;
  for (const mode of Object.values(TransportMode))
    if (!modes.includes(mode)) changes.push(change(ChangeCode.ADD_TRANSPORT_MODE, { transportMode: mode }));
  if (f.maxCommuteKm !== null || f.maxCommuteMinutes !== null)
    changes.push(change(ChangeCode.LONGER_COMMUTE, { ...COMMUTE_STEPS }));
  if (f.availableShifts.length)
    for (const shift of Object.values(Shift))
      if (!f.availableShifts.includes(shift)) changes.push(change(ChangeCode.ACCEPT_SHIFT, { shift }));
  if (withNeeds)
    for (const feature of f.accessibilityNeeds) changes.push(change(ChangeCode.NEED_ARRANGED, { feature }));
  return changes;
}

/** A pair as the score reads it, once the change is made: training raises the level held. */
export function pairAfter<P extends { skills: Array<{ skillId: string; heldLevel: number }> }>(pair: P, c: Change): P {
  if (c.code !== ChangeCode.TRAIN_SKILL) return pair;
  return {
    ...pair,
    skills: pair.skills.map((s) =>
      s.skillId === c.params.skillId ? { ...s, heldLevel: Math.max(s.heldLevel, c.params.level!) } : s,
    ),
  };
}

/** Whether a change alters the score of the pairs it brings in (then the pre-score as things are cannot trim them). */
export const changesScore = (c: Change): boolean => c.code === ChangeCode.TRAIN_SKILL;

/** A pair of the opening as the score reads it once a score-only change is made to the opening. */
export function openingPairAfter<
  P extends { law68Applies: boolean; law68Eligible: boolean; skills: Array<{ skillId: string; minimumLevel: number }> },
>(pair: P, c: Change): P {
  switch (c.code) {
    case ChangeCode.LOWER_LEVEL:
      return {
        ...pair,
        skills: pair.skills.map((s) => (s.skillId === c.params.skillId ? { ...s, minimumLevel: c.params.level! } : s)),
      };
    case ChangeCode.CONTRACT:
      return { ...pair, law68Applies: pair.law68Eligible };
    default:
      return pair;
  }
}

/** Who is in the new top `size` and was not in the old one, with their new score and rank. */
export function newcomers(before: Ranked[], after: Ranked[], size: number): Array<Ranked & { rank: number }> {
  const was = new Set(before.slice(0, size).map((r) => r.id));
  return after
    .slice(0, size)
    .map((r, i) => ({ ...r, rank: i + 1 }))
    .filter((r) => !was.has(r.id));
}
