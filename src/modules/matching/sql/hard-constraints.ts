import { MINUTES_SQL } from './commute-sql';
import { HardConstraintCode, LEGAL_MAX_WEEKLY_HOURS } from '../rules/factors';
import { sqlValue, sqlValueList } from '../../../db/sql-values';
import { PhysicalDemand } from '../../work-conditions/work-conditions.enums';
import { UNAVAILABLE_FOR_MATCHING } from '../../beneficiaries/case-transitions';

/**
 * Each hard constraint as a SQL condition that is true when the pair FAILS it, over the aliases of the pair query
 * (`b` beneficiary, `wc` work constraints, `rp` the person's running placements, `o` opening with its distance from
 * the person's town). The same conditions select
 * the eligible pairs and explain the exclusions, so the two can never disagree; the candidate ranking restates them
 * over `match_profile` (match-profile-sql.ts), and a test checks both admit the same people. A person whose
 * constraints are not recorded yet passes them: the operator has not limited anything.
 */
/** Cases that are closed or already placed take no new placement. */
export const UNAVAILABLE_CASE_STATUSES_SQL = sqlValueList(UNAVAILABLE_FOR_MATCHING);

export const HARD_CONSTRAINTS: ReadonlyArray<{ code: HardConstraintCode; failsWhen: string }> = [
  {
    code: HardConstraintCode.CASE_NOT_AVAILABLE,
    failsWhen: `b.case_status IN ${UNAVAILABLE_CASE_STATUSES_SQL}`,
  },
  {
    code: HardConstraintCode.WEEKLY_HOURS,
    failsWhen: `(o.weekly_hours < wc.min_weekly_hours OR o.weekly_hours > wc.max_weekly_hours)`,
  },
  {
    code: HardConstraintCode.SHIFTS,
    failsWhen: `(cardinality(wc.available_shifts) > 0 AND NOT (o.shifts <@ wc.available_shifts))`,
  },
  {
    code: HardConstraintCode.PHYSICAL_LIMITATION,
    failsWhen: `(o.physical_demands && wc.physical_limitations)`,
  },
  {
    code: HardConstraintCode.NO_DRIVING_LICENCE,
    failsWhen: `(${sqlValue(PhysicalDemand.DRIVING)} = ANY(o.physical_demands) AND NOT b.has_driving_licence)`,
  },
  {
    code: HardConstraintCode.ACCESSIBILITY,
    failsWhen: `(NOT o.accommodations_arrangeable AND NOT (wc.accessibility_needs <@ o.accessibility_features))`,
  },
  {
    code: HardConstraintCode.COMMUTE,
    failsWhen: `(o.road_km > wc.max_commute_km OR (wc.max_commute_minutes IS NOT NULL AND ${MINUTES_SQL} > wc.max_commute_minutes))`,
  },
  {
    code: HardConstraintCode.EXCLUDED_SECTOR,
    failsWhen: `(o.sector = ANY(wc.excluded_sectors))`,
  },
  {
    code: HardConstraintCode.INDISPENSABLE_SKILL,
    failsWhen: `(cardinality(o.indispensable_skill_ids) > 0 AND (
      SELECT count(*) FROM beneficiary_skill bs WHERE bs.beneficiary_id = b.id AND bs.skill_id = ANY(o.indispensable_skill_ids)
    ) < cardinality(o.indispensable_skill_ids))`,
  },
  {
    // One placement at a time, unless it fits: not the opening the person already holds, and not beyond their hours.
    code: HardConstraintCode.RUNNING_PLACEMENT,
    failsWhen: `(o.id = ANY(rp.opening_ids) OR rp.weekly_hours + o.weekly_hours > coalesce(wc.max_weekly_hours, ${LEGAL_MAX_WEEKLY_HOURS}))`,
  },
];

/** SQL NULL (a limit not recorded) must pass, so every condition is read as "known to fail". */
export const failsSql = (failsWhen: string) => `coalesce(${failsWhen}, false)`;

export const anyConstraintFailsSql = HARD_CONSTRAINTS.map((c) => failsSql(c.failsWhen)).join('\n  OR ');
