import { BuiltSql, SqlParam, sqlParams } from '../../../db/built-sql';
import {
  holdsIndispensableSql,
  RankedSkill,
  missesIndispensableSql,
  openingByMunicipalitySql,
  PROFILE_HARD_CONSTRAINTS,
  skillsFactorSql,
} from './match-profile-sql';
import { MatchFilter } from './pair-query';
import { LAW68_ELIGIBLE_SQL, PRE_SCORE_TOLERANCE, preScoreSql, RankingWeights } from './scoring-sql';

/** What ranking people for one opening needs to know of it, read once per request. */
export interface OpeningToRank {
  occupationId: string | null;
  /** The opening's sector as a bit of `sector_bits`. */
  sectorBit: number;
  skills: RankedSkill[];
  /** The people with a positive past internship or work trial at the opening's employer. */
  pastPositive: string[];
  weights: RankingWeights;
  /** The Law 68/99 factor's value for the opening's employer, or null when the opening does not count toward the quota. */
  law68Score: number | null;
  /** The employer's Law 68/99 shortfall, when the opening counts toward the quota. */
  shortfalls: Map<string, number>;
}

/** Which people a pre-rank reads, beyond the hard constraints and the caller's filter. */
export interface Readers {
  condition: (param: SqlParam) => string;
  /** Pre-scores below this cannot make the list whatever else is read. */
  floor: number;
}

export const EVERYONE: Readers = { condition: () => 'true', floor: -Infinity };

/** The holders of at least one of the opening's skills, and anyone with a positive past placement at its employer. */
export function holdersOf(opening: OpeningToRank): Readers {
  const positions = opening.skills.map((s) => s.bitPosition);
  return {
    condition: (param) =>
      `(p.held_skills && ${param(positions)}::int[] OR p.beneficiary_id = ANY(${param(opening.pastPositive)}::uuid[]))`,
    floor: -Infinity,
  };
}

/** The hard constraints and the caller's filter, over the aliases of `openingByMunicipalitySql` and `match_profile`. */
function eligibleSql(opening: OpeningToRank, filter: MatchFilter, param: SqlParam): string[] {
  // Ranking people, place filters apply to where they live.
  const where = [holdsIndispensableSql(opening.skills), `NOT (${missesIndispensableSql(opening.skills)})`];
  if (filter.ambito != null) where.push(`o.residence_ambito = ${param(filter.ambito)}`);
  if (filter.municipalityId) where.push(`p.residence_municipality_id = ${param(filter.municipalityId)}`);
  if (filter.caseStatuses?.length) where.push(`p.case_status = ANY(${param(filter.caseStatuses)}::text[])`);
  if (filter.maxCommuteKm != null) where.push(`o.road_km <= ${param(filter.maxCommuteKm)}`);
  for (const fails of Object.values(PROFILE_HARD_CONSTRAINTS)) where.push(`NOT coalesce(${fails}, false)`);
  return where;
}

/** How many people pass every hard constraint for one opening (and the filter), counted over `match_profile`. */
export function countCandidatesSql(openingId: string, opening: OpeningToRank, filter: MatchFilter): BuiltSql {
  const { params, param } = sqlParams(openingId);
  const text = `WITH o AS MATERIALIZED (${openingByMunicipalitySql('$1')})
SELECT count(*)::int AS total
FROM o JOIN match_profile p ON p.residence_municipality_id = o.residence_municipality_id
WHERE ${eligibleSql(opening, filter, param).join('\n  AND ')}`;
  return { text, params };
}

/**
 * The people read who pass the hard constraints, pre-scored over `match_profile`, keeping those whose pre-score
 * reaches that of the `depth`-th best minus twice the tolerance: ties and near ties included, so whoever is left
 * out cannot outscore the `depth`-th best once scored exactly.
 */
export function preRankCandidatesSql(
  openingId: string,
  opening: OpeningToRank,
  filter: MatchFilter,
  depth: number,
  readers: Readers,
): BuiltSql {
  const { params, param } = sqlParams(openingId);
  const where = [`(${readers.condition(param)})`, ...eligibleSql(opening, filter, param)];
  const text = `
WITH o AS MATERIALIZED (${openingByMunicipalitySql('$1')}),
past AS MATERIALIZED (SELECT unnest(${param(opening.pastPositive)}::uuid[]) AS beneficiary_id),
ranked AS MATERIALIZED (
  SELECT p.beneficiary_id AS id, ${preScoreSql(opening.weights, {
    skills: skillsFactorSql(opening.skills),
    pastPositive: 'p.beneficiary_id IN (SELECT beneficiary_id FROM past)',
    quotaScore: `${opening.law68Score ?? 0}::float8`,
    quotaApplies: opening.law68Score === null ? 'false' : LAW68_ELIGIBLE_SQL,
  })} AS "preScore"
  FROM o JOIN match_profile p ON p.residence_municipality_id = o.residence_municipality_id
  WHERE ${where.join('\n    AND ')}
)
SELECT id, "preScore" FROM ranked
WHERE "preScore" >= greatest(${param(Number.isFinite(readers.floor) ? readers.floor : null)}, coalesce(
  (SELECT "preScore" FROM ranked ORDER BY "preScore" DESC OFFSET ${Math.trunc(depth) - 1} LIMIT 1) - ${2 * PRE_SCORE_TOLERANCE},
  '-Infinity'))
ORDER BY "preScore" DESC, id`;
  return { text, params };
}
