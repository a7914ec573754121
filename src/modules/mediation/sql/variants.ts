import { PhysicalDemand } from '../../work-conditions/work-conditions.enums';
import { sqlValue } from '../../../db/sql-values';
import { HardConstraintCode } from '../../matching/rules/factors';
import {
  missesIndispensableSql,
  PROFILE_HARD_CONSTRAINTS,
  PROFILE_MISSES_INDISPENSABLE_SQL,
  RankedSkill,
} from '../../matching/sql/match-profile-sql';
import { Change, ChangeCode } from '../rules/changes';

/*
 * A change as a rewrite of match-profile columns: `o.<column>` of the opening as match-profile-sql.ts reads it,
 * `p.<column>` of `match_profile`. The hard constraints are matching's PROFILE_HARD_CONSTRAINTS with the rewritten
 * columns put in place, so a what-if is judged by exactly the rules that rank (one home for every rule).
 */

/** Column reference (`o.shift_bits`) → SQL expression of its new value; the expression may read the old value. */
export type Overrides = Readonly<Record<string, string>>;

const COLUMN = /\b([op])\.([a-z_][a-z_0-9]*)\b/g;

/** `sql` with every overridden column replaced by its new value, in one pass (an override may read the old value). */
export function withOverrides(sql: string, overrides: Overrides): string {
  return sql.replace(COLUMN, (whole) => (overrides[whole] !== undefined ? `(${overrides[whole]})` : whole));
}

/** Whether `sql` reads any overridden column. */
export function readsAny(sql: string, overrides: Overrides): boolean {
  for (const match of sql.matchAll(COLUMN)) if (overrides[match[0]] !== undefined) return true;
  return false;
}

/** Two changes applied one after the other: the second's expressions read the first's values. */
export function composeOverrides(first: Overrides, second: Overrides): Overrides {
  const composed: Record<string, string> = { ...first };
  for (const [column, expression] of Object.entries(second)) composed[column] = withOverrides(expression, first);
  return composed;
}

const literal = (value: string) => `'${value.replace(/'/g, "''")}'`;

/**
 * The rewrite each change makes. Enum values reach SQL only as members of their TypeScript enums, checked by the
 * API before a change is built; integers are truncated.
 */
export function overridesOf(c: Change): Overrides {
  const p = c.params;
  switch (c.code) {
    case ChangeCode.WEEKLY_HOURS:
      return { 'o.weekly_hours': `${Math.trunc(p.weeklyHours!)}::smallint` };
    case ChangeCode.DROP_SHIFT:
      return { 'o.shift_bits': `o.shift_bits & ~shift_bits(ARRAY[${literal(p.shift!)}])` };
    case ChangeCode.DROP_PHYSICAL_DEMAND:
      return { 'o.demand_bits': `o.demand_bits & ~physical_demand_bits(ARRAY[${literal(p.demand!)}])` };
    case ChangeCode.DROP_DRIVING:
      return {
        'o.demand_bits': `o.demand_bits & ~physical_demand_bits(ARRAY[${sqlValue(PhysicalDemand.DRIVING)}])`,
        'o.needs_driving': 'false',
      };
    case ChangeCode.OFFER_FEATURE:
      return { 'o.feature_bits': `o.feature_bits | accessibility_bits(ARRAY[${literal(p.feature!)}])` };
    case ChangeCode.ARRANGE_ACCOMMODATIONS:
      return { 'o.accommodations_arrangeable': 'true' };
    case ChangeCode.SKILL_NOT_INDISPENSABLE:
    case ChangeCode.LOWER_LEVEL:
      // The opening's skills are a list, rewritten by `variantOf`.
      return {};
    case ChangeCode.CONTRACT:
      return { 'o.counts_toward_quota': 'true' };
    case ChangeCode.TRAIN_SKILL:
      return { 'p.held_skills': `p.held_skills || ARRAY[${Math.trunc(p.skillBit!)}]` };
    case ChangeCode.DRIVING_LICENCE:
      return { 'p.has_driving_licence': 'true' };
    case ChangeCode.ADD_TRANSPORT_MODE:
      // No modes recorded means the default ones; a new mode adds to what the person already uses.
      return {
        'p.transport_modes': `(CASE WHEN p.transport_modes = 0 THEN o.default_modes ELSE p.transport_modes END) | transport_mode_bits(ARRAY[${literal(p.transportMode!)}])`,
      };
    case ChangeCode.LONGER_COMMUTE:
      return {
        'p.max_commute_km': `p.max_commute_km + ${Math.trunc(p.extraKm!)}`,
        'p.max_commute_minutes': `p.max_commute_minutes + ${Math.trunc(p.extraMinutes!)}`,
      };
    case ChangeCode.ACCEPT_SHIFT:
      return { 'p.available_shifts': `p.available_shifts | shift_bits(ARRAY[${literal(p.shift!)}])` };
    case ChangeCode.NEED_ARRANGED:
      return { 'p.accessibility_needs': `p.accessibility_needs & ~accessibility_bits(ARRAY[${literal(p.feature!)}])` };
  }
}

/** One hard constraint as a condition true when the pair fails it. */
export interface Constraint {
  code: HardConstraintCode;
  fails: string;
}

const shared = (): Constraint[] =>
  Object.entries(PROFILE_HARD_CONSTRAINTS).map(([code, fails]) => ({ code: code as HardConstraintCode, fails }));

/** Ranking people for an opening: the profile constraints and the opening's indispensable skills. */
export function openingConstraints(skills: RankedSkill[]): Constraint[] {
  return [...shared(), { code: HardConstraintCode.INDISPENSABLE_SKILL, fails: missesIndispensableSql(skills) }];
}

/** Ranking openings for a person: the profile constraints and the skills each opening cannot do without. */
export function personConstraints(): Constraint[] {
  return [...shared(), { code: HardConstraintCode.INDISPENSABLE_SKILL, fails: PROFILE_MISSES_INDISPENSABLE_SQL }];
}

/** A modified opening or person: the columns rewritten, and for an opening the skills it would still require. */
export interface Variant {
  changes: Change[];
  overrides: Overrides;
  /** The opening's skills under the change (opening side only). */
  skills?: RankedSkill[];
}

/** The variant of one or two changes, applied in order. */
export function variantOf(changes: Change[], baseSkills?: RankedSkill[]): Variant {
  let overrides: Overrides = {};
  let skills = baseSkills;
  for (const c of changes) {
    overrides = composeOverrides(overrides, overridesOf(c));
    if (c.code === ChangeCode.SKILL_NOT_INDISPENSABLE && skills)
      skills = skills.map((s) => (s.bitPosition === c.params.skillBit ? { ...s, indispensable: false } : s));
    if (c.code === ChangeCode.LOWER_LEVEL && skills)
      skills = skills.map((s) => (s.bitPosition === c.params.skillBit ? { ...s, minimumLevel: c.params.level! } : s));
  }
  return { changes, overrides, skills };
}

/**
 * The constraint as the variant changes it, or null when the variant leaves it alone: a constraint reading a
 * rewritten column, or the indispensable skills when the variant changes which they are.
 */
export function rewrittenConstraint(c: Constraint, v: Variant): string | null {
  if (c.code === HardConstraintCode.INDISPENSABLE_SKILL && v.skills) {
    const fails = missesIndispensableSql(v.skills);
    if (fails !== c.fails) return fails;
  }
  return readsAny(c.fails, v.overrides) ? withOverrides(c.fails, v.overrides) : null;
}
