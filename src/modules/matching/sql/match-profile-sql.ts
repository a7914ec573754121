import { sqlValue, sqlValueArray } from '../../../db/sql-values';
import { PhysicalDemand, TransportMode } from '../../work-conditions/work-conditions.enums';
import { DEFAULT_MODES, MODE_PROFILES } from '../rules/commute';
import { HardConstraintCode, LEGAL_MAX_WEEKLY_HOURS } from '../rules/factors';
import { BELOW_LEVEL_CREDIT, SKILL_WEIGHTS } from '../rules/scoring';
import { ROAD_KM_SQL } from './pair-query';

/**
 * The two rankings read people from `match_profile` (see its migration), aliased `p`, and openings as seen from
 * where the person lives, aliased `o`: one opening over every municipality of residence (`openingByMunicipalitySql`)
 * or every open opening from one person's home (`openingsSeenFromSql`). The hard constraints below are those of
 * hard-constraints.ts restated over the profiles' bit sets; integration tests check that both admit exactly the same
 * pairs. A profile without recorded work constraints has empty sets and no limits, so it passes them, as a person
 * without a `work_constraints` row does there.
 */
const MODE_COLUMNS = (Object.keys(MODE_PROFILES) as TransportMode[]).map((mode) => ({
  mode,
  column: `minutes_${mode.toLowerCase()}`,
}));

/** Each mode's door-to-door minutes over `o.road_km`, as `minutesByMode` computes them. */
const MODE_MINUTES_SQL = MODE_COLUMNS.map(({ mode, column }) => {
  const { kmPerHour, overheadMinutes } = MODE_PROFILES[mode];
  return `o.road_km / ${kmPerHour} * 60 + ${overheadMinutes} AS ${column}`;
}).join(', ');

const DEFAULT_MODES_SQL = `transport_mode_bits(${sqlValueArray(DEFAULT_MODES)}::text[]) AS default_modes`;

/** One row per municipality of residence: the opening's facts, its bit sets, the distance and each mode's minutes. */
export function openingByMunicipalitySql(openingIdParam: string): string {
  return `SELECT o.*, ${MODE_MINUTES_SQL}
  FROM (
    SELECT o.*, m.id AS residence_municipality_id, m.ambito_number AS residence_ambito, ${ROAD_KM_SQL} AS road_km
    FROM (
      SELECT op.id AS opening_id, op.employer_id, op.occupation_id, op.weekly_hours, op.counts_toward_quota, op.accommodations_arrangeable,
             shift_bits(op.shifts) AS shift_bits, physical_demand_bits(op.physical_demands) AS demand_bits,
             ${sqlValue(PhysicalDemand.DRIVING)} = ANY(op.physical_demands) AS needs_driving, accessibility_bits(op.accessibility_features) AS feature_bits,
             sector_bits(ARRAY[op.sector]) AS sector_bit, ${DEFAULT_MODES_SQL},
             s.latitude AS site_latitude, s.longitude AS site_longitude
      FROM opening op JOIN employer_site s ON s.id = op.site_id
      WHERE op.id = ${openingIdParam}
    ) o CROSS JOIN municipality m
  ) o`;
}

/**
 * The open openings (from `opening_match_profile`) that pass `condition` for the person `p`, as seen from the
 * municipality where they live, `home` (both one-row relations the caller defines): the same columns as
 * `openingByMunicipalitySql` plus the profile's own. The condition is tested before any distance is worked out, so
 * it should hold every test that needs none.
 */
export function openingsSeenFromSql(condition: string): string {
  return `SELECT o.*, ${MODE_MINUTES_SQL}
  FROM (
    SELECT o.*, m.ambito_number AS residence_ambito, ${ROAD_KM_SQL} AS road_km
    FROM (
      SELECT o.*, (o.demand_bits & physical_demand_bits(ARRAY[${sqlValue(PhysicalDemand.DRIVING)}])) <> 0 AS needs_driving, ${DEFAULT_MODES_SQL}
      FROM opening_match_profile o
    ) o
    CROSS JOIN p CROSS JOIN home m
    WHERE ${condition}
  ) o`;
}

const MODES_SQL = `(CASE WHEN p.transport_modes = 0 THEN o.default_modes ELSE p.transport_modes END)`;

/** The fastest door-to-door minutes over the person's modes, as `MINUTES_SQL` computes them from the arrays. */
export const PROFILE_MINUTES_SQL = `LEAST(${MODE_COLUMNS.map(
  ({ mode, column }) =>
    `CASE WHEN (${MODES_SQL} & transport_mode_bits(ARRAY[${sqlValue(mode)}])) <> 0 THEN o.${column} END`,
).join(', ')})`;

/**
 * Each hard constraint as a condition that is true when the pair fails it; NULL (no limit recorded) passes. The
 * profile holds only people whose case can take a placement, and indispensable skills are `missesIndispensableSql`.
 */
export const PROFILE_HARD_CONSTRAINTS: Readonly<
  Record<
    Exclude<HardConstraintCode, HardConstraintCode.CASE_NOT_AVAILABLE | HardConstraintCode.INDISPENSABLE_SKILL>,
    string
  >
> = {
  [HardConstraintCode.WEEKLY_HOURS]: `(o.weekly_hours < p.min_weekly_hours OR o.weekly_hours > p.max_weekly_hours)`,
  [HardConstraintCode.SHIFTS]: `(p.available_shifts <> 0 AND (o.shift_bits & ~p.available_shifts) <> 0)`,
  [HardConstraintCode.PHYSICAL_LIMITATION]: `(o.demand_bits & p.physical_limitations) <> 0`,
  [HardConstraintCode.NO_DRIVING_LICENCE]: `(o.needs_driving AND NOT p.has_driving_licence)`,
  [HardConstraintCode.ACCESSIBILITY]: `(NOT o.accommodations_arrangeable AND (p.accessibility_needs & ~o.feature_bits) <> 0)`,
  [HardConstraintCode.COMMUTE]: `(o.road_km > p.max_commute_km OR (p.max_commute_minutes IS NOT NULL AND ${PROFILE_MINUTES_SQL} > p.max_commute_minutes))`,
  [HardConstraintCode.EXCLUDED_SECTOR]: `(p.excluded_sectors & o.sector_bit) <> 0`,
  [HardConstraintCode.RUNNING_PLACEMENT]: `(o.opening_id = ANY(p.running_opening_ids) OR (p.running_weekly_hours > 0
    AND p.running_weekly_hours + o.weekly_hours > coalesce(p.max_weekly_hours, ${LEGAL_MAX_WEEKLY_HOURS})))`,
};

/**
 * Ranking openings for one person: true when the opening (`opening_match_profile`) asks for an indispensable skill
 * the person does not hold at any level.
 */
export const PROFILE_MISSES_INDISPENSABLE_SQL = `NOT (o.indispensable_skills <@ p.held_skills)`;

/** Whether the person holds the skill at bit `position` at `level` or above (bit strings are as long as they need be). */
function holdsSql(position: number, level: number): string {
  const bits = `p.skills_from_level_${Math.trunc(level)}`;
  const n = Math.trunc(position);
  return `(CASE WHEN length(${bits}) > ${n} THEN get_bit(${bits}, ${n}) = 1 ELSE false END)`;
}

export interface RankedSkill {
  bitPosition: number;
  required: boolean;
  minimumLevel: number;
  indispensable: boolean;
}

const skillWeight = (skill: RankedSkill) => (skill.required ? SKILL_WEIGHTS.required : SKILL_WEIGHTS.preferred);

/**
 * The skills factor as `skillsFactor` counts it: required skills twice, full credit at the level asked, half credit
 * scaled by the level held below it, over the opening's full credit. Levels are few, so each is a branch.
 */
export function skillsFactorSql(skills: RankedSkill[]): string {
  if (!skills.length) return '1::float8';
  const credit = skills.map((skill) => {
    const weight = skillWeight(skill);
    const below = [];
    for (let level = skill.minimumLevel - 1; level >= 1; level--) {
      below.push(
        `WHEN ${holdsSql(skill.bitPosition, level)} THEN ${weight * ((BELOW_LEVEL_CREDIT * level) / skill.minimumLevel)}::float8`,
      );
    }
    return `(CASE WHEN ${holdsSql(skill.bitPosition, skill.minimumLevel)} THEN ${weight}::float8 ${below.join(' ')} ELSE 0::float8 END)`;
  });
  const total = skills.reduce((sum, skill) => sum + skillWeight(skill), 0);
  return `((${credit.join(' + ')}) / ${total}::float8)`;
}

/** True when the person lacks one of the opening's indispensable skills. */
export function missesIndispensableSql(skills: RankedSkill[]): string {
  const indispensable = skills.filter((s) => s.indispensable);
  return indispensable.length ? `NOT (${indispensable.map((s) => holdsSql(s.bitPosition, 1)).join(' AND ')})` : 'false';
}

/**
 * True when the person holds every indispensable skill, at any level: what `missesIndispensableSql` rules out, said
 * so that the index of held skills finds those people, rather than reading every holder of any skill and testing
 * each. Without indispensable skills, true.
 */
export function holdsIndispensableSql(skills: RankedSkill[]): string {
  const positions = skills.filter((s) => s.indispensable).map((s) => Math.trunc(s.bitPosition));
  return positions.length ? `p.held_skills @> ARRAY[${positions.join(', ')}]::int[]` : 'true';
}
