import { BuiltSql } from '../../../db/built-sql';
import { sqlValue } from '../../../db/sql-values';
import { MINUTES_SQL } from './commute-sql';
import { anyConstraintFailsSql, failsSql, HARD_CONSTRAINTS } from './hard-constraints';
import { MatchAnchor, MatchFilter, pairSql, POSITIVE_PAST_PLACEMENT } from './pair-query';

/** What the pair query returns: only what depends on both sides (the rest is read once per side). */
const PAIR_COLUMNS = `SELECT b.id AS "beneficiaryId", o.id AS "openingId", o.road_km AS "roadKm",
  EXISTS (SELECT 1 FROM placement pl WHERE pl.beneficiary_id = b.id AND pl.employer_id = o.employer_id
          AND ${POSITIVE_PAST_PLACEMENT}) AS "pastPositivePlacement"`;

/** The pairs that pass every hard constraint. The database does the filtering; scoring happens in Node. */
export function eligiblePairsSql(anchor: MatchAnchor, filter: MatchFilter): BuiltSql {
  const { withClause, fromClause, params } = pairSql(anchor, filter, { availableOnly: true });
  return { text: `${withClause}\n${PAIR_COLUMNS}\n${fromClause}\n  AND NOT (${anyConstraintFailsSql})`, params };
}

/** The pairs of available people and open openings whatever the hard constraints say (what a what-if scores). */
export function pairsIgnoringConstraintsSql(anchor: MatchAnchor): BuiltSql {
  const { withClause, fromClause, params } = pairSql(anchor, {}, { availableOnly: true });
  return { text: `${withClause}\n${PAIR_COLUMNS}\n${fromClause}`, params };
}

/** How many pairs pass every hard constraint. */
export function eligiblePairsCountSql(anchor: MatchAnchor, filter: MatchFilter): BuiltSql {
  const { withClause, fromClause, params } = pairSql(anchor, filter, { availableOnly: true });
  return {
    text: `${withClause} SELECT count(*)::int AS total ${fromClause} AND NOT (${anyConstraintFailsSql})`,
    params,
  };
}

/** How many pairs fail at least one hard constraint. */
export function excludedPairsCountSql(anchor: MatchAnchor, filter: MatchFilter): BuiltSql {
  const { withClause, fromClause, params } = pairSql(anchor, filter);
  return { text: `${withClause} SELECT count(*)::int AS total ${fromClause} AND (${anyConstraintFailsSql})`, params };
}

/** The excluded pairs in a stable order (family name, then ID), at most `limit`, with the values explanations quote. */
export function excludedPairsSql(anchor: MatchAnchor, filter: MatchFilter, limit: number): BuiltSql {
  const { withClause, fromClause, params } = pairSql(anchor, filter);
  const flags = HARD_CONSTRAINTS.map((c) => `CASE WHEN ${failsSql(c.failsWhen)} THEN ${sqlValue(c.code)} END`).join(
    ', ',
  );
  const text = `${withClause}
SELECT b.id AS "beneficiaryId", o.id AS "openingId", array_remove(ARRAY[${flags}], NULL) AS failed,
  b.case_status AS "caseStatus", o.weekly_hours AS "weeklyHours",
  wc.min_weekly_hours AS "minWeeklyHours", wc.max_weekly_hours AS "maxWeeklyHours",
  o.shifts, coalesce(wc.available_shifts, '{}') AS "availableShifts",
  o.physical_demands AS "physicalDemands", coalesce(wc.physical_limitations, '{}') AS "physicalLimitations",
  coalesce(wc.accessibility_needs, '{}') AS "accessibilityNeeds", o.accessibility_features AS "accessibilityFeatures",
  o.road_km AS "roadKm", ${MINUTES_SQL} AS minutes, wc.max_commute_km AS "maxCommuteKm", wc.max_commute_minutes AS "maxCommuteMinutes",
  o.sector, coalesce(rp.weekly_hours, 0) AS "runningWeeklyHours", coalesce(o.id = ANY(rp.opening_ids), false) AS "holdsOpening",
  ARRAY(
    SELECT sk.label_it FROM unnest(o.indispensable_skill_ids) AS x(skill_id) JOIN skill sk ON sk.id = x.skill_id
    WHERE NOT EXISTS (SELECT 1 FROM beneficiary_skill bs WHERE bs.beneficiary_id = b.id AND bs.skill_id = x.skill_id)
    ORDER BY sk.label_it
  ) AS "missingIndispensableSkills"
${fromClause}
  AND (${anyConstraintFailsSql})
ORDER BY b.family_name, b.given_name, b.id, o.id
LIMIT ${Math.trunc(limit)}`;
  return { text, params };
}
