import { BuiltSql, sqlParams } from '../../../db/built-sql';
import { sqlValue } from '../../../db/sql-values';
import { SkillRequirement } from '../../openings/opening.enums';
import { HardConstraintCode } from '../rules/factors';
import { BELOW_LEVEL_CREDIT, SKILL_WEIGHTS } from '../rules/scoring';
import { openingsSeenFromSql, PROFILE_HARD_CONSTRAINTS, PROFILE_MISSES_INDISPENSABLE_SQL } from './match-profile-sql';
import { MatchFilter, POSITIVE_PAST_PLACEMENT } from './pair-query';
import { PRE_SCORE_TOLERANCE, preScoreSql, quotaSpanSql, RankingWeights } from './scoring-sql';

/** The person's weighted credit for each opening asking for a skill they hold, as `skillsFactor` counts it. */
const CREDIT_SQL = `sum((CASE WHEN os.requirement = ${sqlValue(SkillRequirement.REQUIRED)}
      THEN ${SKILL_WEIGHTS.required} ELSE ${SKILL_WEIGHTS.preferred} END)::float8
  * CASE WHEN bs.level >= os.minimum_level THEN 1::float8
      ELSE ${BELOW_LEVEL_CREDIT}::float8 * bs.level / os.minimum_level END)`;

/**
 * The open openings that could make one person's best `depth`. Each eligible opening is pre-scored twice in the
 * database: with its employer's Law 68/99 factor at its lowest and at its highest, since working out every
 * employer's quota would cost more than the ranking. Kept: every opening whose highest reaches the `depth`-th best
 * lowest, minus twice the tolerance; no opening left out could outscore the `depth`-th best once scored exactly.
 */
export function preRankOpeningsSql(
  beneficiaryId: string,
  filter: MatchFilter,
  depth: number,
  weights: RankingWeights,
): BuiltSql {
  const { params, param } = sqlParams(beneficiaryId);
  // Ranking openings, place filters apply to where the job is. Only the commute needs the distance.
  const { [HardConstraintCode.COMMUTE]: commuteFails, ...otherConstraints } = PROFILE_HARD_CONSTRAINTS;
  const beforeDistance = [`NOT (${PROFILE_MISSES_INDISPENSABLE_SQL})`];
  if (filter.ambito != null) {
    beforeDistance.push(
      `o.site_municipality_id IN (SELECT id FROM municipality WHERE ambito_number = ${param(filter.ambito)})`,
    );
  }
  if (filter.municipalityId) beforeDistance.push(`o.site_municipality_id = ${param(filter.municipalityId)}`);
  if (filter.caseStatuses?.length) beforeDistance.push(`p.case_status = ANY(${param(filter.caseStatuses)}::text[])`);
  for (const fails of Object.values(otherConstraints)) beforeDistance.push(`NOT coalesce(${fails}, false)`);
  const afterDistance = [`NOT coalesce(${commuteFails}, false)`];
  if (filter.maxCommuteKm != null) afterDistance.push(`o.road_km <= ${param(filter.maxCommuteKm)}`);
  const terms = {
    skills: `(CASE WHEN o.skill_credit_total > 0 THEN coalesce(cov.credit, 0) / o.skill_credit_total ELSE 1::float8 END)`,
    pastPositive: 'o.employer_id IN (SELECT employer_id FROM past)',
  };

  const text = `
WITH p AS MATERIALIZED (SELECT * FROM match_profile WHERE beneficiary_id = $1),
home AS MATERIALIZED (SELECT * FROM municipality WHERE id = (SELECT residence_municipality_id FROM p)),
o AS MATERIALIZED (${openingsSeenFromSql(beforeDistance.join('\n      AND '))}),
cov AS MATERIALIZED (
  SELECT os.opening_id, ${CREDIT_SQL} AS credit
  FROM beneficiary_skill bs
  CROSS JOIN LATERAL (SELECT * FROM opening_skill x WHERE x.skill_id = bs.skill_id OFFSET 0) os
  WHERE bs.beneficiary_id = $1
  GROUP BY os.opening_id
), past AS MATERIALIZED (
  SELECT DISTINCT pl.employer_id FROM placement pl WHERE pl.beneficiary_id = $1 AND ${POSITIVE_PAST_PLACEMENT}
), ranked AS MATERIALIZED (
  SELECT id, lowest, lowest + quota_span AS highest
  FROM (
    SELECT o.opening_id AS id, ${preScoreSql(weights, { ...terms, quotaScore: '0::float8' })} AS lowest,
           ${quotaSpanSql(weights)} AS quota_span
    FROM o CROSS JOIN p LEFT JOIN cov ON cov.opening_id = o.opening_id
    WHERE ${afterDistance.join('\n      AND ')}
  ) scored
)
SELECT id FROM ranked
WHERE highest >= coalesce(
  (SELECT lowest FROM ranked ORDER BY lowest DESC OFFSET ${Math.trunc(depth) - 1} LIMIT 1) - ${2 * PRE_SCORE_TOLERANCE},
  '-Infinity')`;
  return { text, params };
}
