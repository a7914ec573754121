import { EntityManager } from 'typeorm';
import { findEligiblePairs } from './candidate-search';
import { DEFAULT_WEIGHTS, HardConstraintCode } from '../rules/factors';
import {
  openingsSeenFromSql,
  PROFILE_HARD_CONSTRAINTS,
  PROFILE_MISSES_INDISPENSABLE_SQL,
} from '../sql/match-profile-sql';
import { pairScorer, ScoredMatch } from '../pair-scoring';
import { MatchFilter, POSITIVE_PAST_PLACEMENT } from '../sql/pair-query';
import { PRE_SCORE_TOLERANCE, preScoreSql, quotaSpanSql, RankingWeights } from '../sql/scoring-sql';
import { loadWeights } from '../weights.service';

/** The person's weighted credit for each opening asking for a skill they hold, as `skillsFactor` counts it. */
const CREDIT_SQL = `sum((CASE WHEN os.requirement = 'REQUIRED' THEN 2 ELSE 1 END)::float8
  * CASE WHEN bs.level >= os.minimum_level THEN 1::float8 ELSE 0.5::float8 * bs.level / os.minimum_level END)`;

/**
 * The open openings that could make one person's best `depth`. Each eligible opening is pre-scored twice in the
 * database: with its employer's Law 68/99 factor at its lowest and at its highest, since working out every
 * employer's quota would cost more than the ranking. Kept: every opening whose highest reaches the `depth`-th best
 * lowest, minus twice the tolerance; no opening left out could outscore the `depth`-th best once scored exactly.
 */
export async function preRankOpenings(
  manager: EntityManager,
  beneficiaryId: string,
  filter: MatchFilter,
  depth: number,
  weights: RankingWeights,
): Promise<string[]> {
  const params: unknown[] = [beneficiaryId];
  const param = (value: unknown) => `$${params.push(value)}`;
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

  const rows: Array<{ id: string }> = await manager.query(
    `
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
  '-Infinity')`,
    params,
  );
  return rows.map((row) => row.id);
}

/** One person's best `first` open openings, exactly as `scoreMatch` ranks them, each explained. */
export async function topOpeningsForPerson(
  manager: EntityManager,
  beneficiaryId: string,
  filter: MatchFilter,
  first: number,
  minScore: number | null,
): Promise<ScoredMatch[]> {
  const weights = { weightsByAmbito: await loadWeights(manager), defaultWeights: DEFAULT_WEIGHTS };
  const openingIds = await preRankOpenings(manager, beneficiaryId, filter, first, weights);
  if (!openingIds.length) return [];
  // The pre-rank applied the filter; the exact read re-checks every hard constraint of these pairs only.
  const pairs = await findEligiblePairs(manager, { openingIds, beneficiaryIds: [beneficiaryId] }, {});
  const scorer = await pairScorer(manager, pairs, { weights: weights.weightsByAmbito });
  return pairs
    .map((pair) => ({ pair, score: scorer.score(pair) }))
    .filter((m) => minScore === null || m.score >= minScore)
    .sort((a, b) => b.score - a.score || a.pair.openingId.localeCompare(b.pair.openingId))
    .slice(0, first)
    .map(({ pair }) => scorer.explained(pair));
}
