import { EntityManager } from 'typeorm';
import { OpeningToRank } from '../sql/candidate-pre-rank-sql';
import { SqlParam } from '../../../db/built-sql';
import { DAYS_FOR_FULL_WAITING, PREFERENCE_SCORES } from '../rules/scoring';
import { LAW68_ELIGIBLE_SQL, leastWaitingToReach } from '../sql/scoring-sql';
import { ITALIAN_TODAY_SQL } from '../../../db/italian-calendar-sql';

/** Exactly the predicate of the partial index of people without recorded preferences, so the planner can use it. */
const NO_PREFERENCES_SQL = 'p.preferred_sectors = 0 AND cardinality(p.preferred_occupation_ids) = 0';

/** Whole days of waiting that surely give at least this waiting-time factor (a day less, for safety); null: none do. */
function daysToWait(factor: number | null): number | null {
  return factor === null ? null : Math.max(0, Math.floor(factor * DAYS_FOR_FULL_WAITING) - 1);
}

/**
 * For each number of days, the day (YYYY-MM-DD) a person's wait must count from before to have waited that long, as
 * `WAITING_FACTOR_SQL` counts: worked out by the database from its today, and then passed as values, so the planner
 * can size each range of the waiting index it reads.
 */
export async function waitingCutoffs(manager: EntityManager, days: number[]): Promise<Map<number, string>> {
  const rows: Array<{ days: number; before: string }> = await manager.query(
    `SELECT d AS days, (${ITALIAN_TODAY_SQL} - d + 1)::text AS before FROM unnest($1::int[]) AS d`,
    [days],
  );
  return new Map(rows.map((row) => [row.days, row.before]));
}

interface Group {
  /** The group's preferences factor. */
  preference: number;
  /** Finds the group's people. */
  condition: (param: SqlParam) => string;
}

/**
 * The people who hold none of an opening's skills, in groups alike in how high they could score: by how their
 * preferences meet the opening, and by whether the Law 68/99 factor applies to them. A person belongs to the group of
 * their own factors and may also meet the condition of a group below it. Each condition can use an index, so the
 * groups read are found without reading everyone.
 */
function groupsWithoutSkills(opening: OpeningToRank): Array<Group & { quotaApplies: boolean }> {
  const { occupationId, sectorBit } = opening;
  const byPreference: Group[] = [
    { preference: PREFERENCE_SCORES.elsewhere, condition: () => 'true' },
    {
      preference: PREFERENCE_SCORES.sector,
      condition: (param) => `p.preferred_sector_positions @> ARRAY[${param(Math.log2(sectorBit))}::int]`,
    },
    { preference: PREFERENCE_SCORES.noneRecorded, condition: () => NO_PREFERENCES_SQL },
  ];
  // An opening without an occupation is nobody's preferred occupation.
  if (occupationId) {
    byPreference.push({
      preference: PREFERENCE_SCORES.occupation,
      condition: (param) => `p.preferred_occupation_ids @> ARRAY[${param(occupationId)}::uuid]`,
    });
  }
  const byQuota =
    opening.law68Score === null
      ? [{ quotaApplies: false, sql: 'true' }]
      : [
          { quotaApplies: true, sql: LAW68_ELIGIBLE_SQL },
          { quotaApplies: false, sql: `NOT ${LAW68_ELIGIBLE_SQL}` },
        ];
  return byPreference.flatMap((group) =>
    byQuota.map(({ quotaApplies, sql }) => ({
      preference: group.preference,
      quotaApplies,
      condition: (param: SqlParam) => `${group.condition(param)} AND ${sql}`,
    })),
  );
}

/**
 * The condition that finds the people holding none of the opening's skills who could still reach `floor`, or null
 * when none could: the groups whose best reaches it, each only as far back in waiting time as it needs to.
 */
export async function peopleWithoutSkillsWhoCouldReach(
  manager: EntityManager,
  opening: OpeningToRank,
  floor: number,
): Promise<((param: SqlParam) => string) | null> {
  // Holding none of the opening's skills, they lack its indispensable ones: none of them is eligible.
  if (opening.skills.some((skill) => skill.indispensable)) return null;
  const groups = groupsWithoutSkills(opening).flatMap((group) => {
    const days = daysToWait(leastWaitingToReach(opening.weights, { ...group, law68Score: opening.law68Score }, floor));
    return days === null ? [] : [{ ...group, days }];
  });
  if (!groups.length) return null;
  const cutoffs = await waitingCutoffs(manager, [...new Set(groups.map((group) => group.days))]);
  // The wait first: it is the cheapest test and rules out most people.
  return (param) =>
    groups
      .map(
        (group) =>
          `(${group.days > 0 ? `p.waiting_since < ${param(cutoffs.get(group.days))}::date AND ` : ''}${group.condition(param)})`,
      )
      .join(' OR ');
}
