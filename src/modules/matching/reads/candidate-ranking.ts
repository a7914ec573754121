import { EntityManager } from 'typeorm';
import { findEligiblePairs } from './candidate-search';
import {
  missesIndispensableSql,
  openingByMunicipalitySql,
  PROFILE_HARD_CONSTRAINTS,
  skillsFactorSql,
} from '../sql/match-profile-sql';
import { byScoreThenId, ScoredMatch, scoreEligiblePairs } from '../pair-scoring';
import { OpeningToRank, openingToRank } from './opening-to-rank';
import { MatchFilter, SqlParam } from '../sql/pair-query';
import { peopleWithoutSkillsWhoCouldReach } from './people-without-skills';
import { PRE_SCORE_TOLERANCE, preScoreSql } from '../sql/scoring-sql';

interface PreRanked {
  id: string;
  preScore: number;
}

/** Which people a pre-rank reads, beyond the hard constraints and the caller's filter. */
interface Readers {
  condition: (param: SqlParam) => string;
  /** Pre-scores below this cannot make the list whatever else is read. */
  floor: number;
}

/** The hard constraints and the caller's filter, over the aliases of `openingByMunicipalitySql` and `match_profile`. */
function eligibleSql(opening: OpeningToRank, filter: MatchFilter, param: SqlParam): string[] {
  // Ranking people, place filters apply to where they live.
  const where = [`NOT (${missesIndispensableSql(opening.skills)})`];
  if (filter.ambito != null) where.push(`o.residence_ambito = ${param(filter.ambito)}`);
  if (filter.municipalityId) where.push(`p.residence_municipality_id = ${param(filter.municipalityId)}`);
  if (filter.caseStatuses?.length) where.push(`p.case_status = ANY(${param(filter.caseStatuses)}::text[])`);
  if (filter.maxCommuteKm != null) where.push(`o.road_km <= ${param(filter.maxCommuteKm)}`);
  for (const fails of Object.values(PROFILE_HARD_CONSTRAINTS)) where.push(`NOT coalesce(${fails}, false)`);
  return where;
}

/** How many people pass every hard constraint for one opening (and the filter), counted over `match_profile`. */
export async function countCandidates(
  manager: EntityManager,
  openingId: string,
  filter: MatchFilter,
  known?: OpeningToRank,
): Promise<number> {
  const opening = known ?? (await openingToRank(manager, openingId));
  const params: unknown[] = [openingId];
  const param = (value: unknown) => `$${params.push(value)}`;
  const [{ total }] = await manager.query(
    `WITH o AS MATERIALIZED (${openingByMunicipalitySql('$1')})
     SELECT count(*)::int AS total
     FROM o JOIN match_profile p ON p.residence_municipality_id = o.residence_municipality_id
     WHERE ${eligibleSql(opening, filter, param).join(' AND ')}`,
    params,
  );
  return total;
}

/**
 * The people read who pass the hard constraints, pre-scored over `match_profile`, keeping those whose pre-score
 * reaches that of the `depth`-th best minus twice the tolerance: ties and near ties included, so whoever is left
 * out cannot outscore the `depth`-th best once scored exactly.
 */
async function preRank(
  manager: EntityManager,
  openingId: string,
  filter: MatchFilter,
  depth: number,
  opening: OpeningToRank,
  readers: Readers,
): Promise<PreRanked[]> {
  const params: unknown[] = [openingId];
  const param = (value: unknown) => `$${params.push(value)}`;
  const where = [`(${readers.condition(param)})`, ...eligibleSql(opening, filter, param)];

  const sql = `
WITH o AS MATERIALIZED (${openingByMunicipalitySql('$1')}),
past AS MATERIALIZED (SELECT unnest(${param(opening.pastPositive)}::uuid[]) AS beneficiary_id),
ranked AS MATERIALIZED (
  SELECT p.beneficiary_id AS id, ${preScoreSql(opening.weights, {
    skills: skillsFactorSql(opening.skills),
    pastPositive: 'p.beneficiary_id IN (SELECT beneficiary_id FROM past)',
    quotaScore: `${opening.law68Score ?? 0}::float8`,
  })} AS "preScore"
  FROM o JOIN match_profile p ON p.residence_municipality_id = o.residence_municipality_id
  WHERE ${where.join('\n    AND ')}
)
SELECT id, "preScore" FROM ranked
WHERE "preScore" >= greatest(${param(Number.isFinite(readers.floor) ? readers.floor : null)}, coalesce(
  (SELECT "preScore" FROM ranked ORDER BY "preScore" DESC OFFSET ${Math.trunc(depth) - 1} LIMIT 1) - ${2 * PRE_SCORE_TOLERANCE},
  '-Infinity'))
ORDER BY "preScore" DESC, id`;
  const rows = await manager.query(sql, params);
  return rows.map((row: { id: string; preScore: string }) => ({ id: row.id, preScore: Number(row.preScore) }));
}

/** The people of both reads, once each, who reach the `depth`-th best of all minus twice the tolerance. */
function cut(rows: PreRanked[], depth: number): PreRanked[] {
  const sorted = [...new Map(rows.map((row) => [row.id, row])).values()].sort(
    (a, b) => b.preScore - a.preScore || a.id.localeCompare(b.id),
  );
  const threshold = sorted.length >= depth ? sorted[depth - 1].preScore - 2 * PRE_SCORE_TOLERANCE : -Infinity;
  return sorted.filter((row) => row.preScore >= threshold);
}

const EVERYONE: Readers = { condition: () => 'true', floor: -Infinity };

/**
 * Everyone for one opening who could make its best `depth`, pre-ranked. The holders of at least one of its skills
 * (and anyone with a positive past placement at its employer) are read first, through the index of held skills;
 * their `depth`-th best sets the score to beat. The others score nothing for skills, so how high each group of them
 * could score is known in advance: only the groups that could beat the holders are read, and in each only the people
 * who have waited long enough to (through the index of case openings); none at all when no group can.
 */
export async function preRankCandidates(
  manager: EntityManager,
  openingId: string,
  filter: MatchFilter,
  depth: number,
  opening?: OpeningToRank,
): Promise<PreRanked[]> {
  const toRank = opening ?? (await openingToRank(manager, openingId));
  if (!toRank.skills.length) return preRank(manager, openingId, filter, depth, toRank, EVERYONE);

  const positions = toRank.skills.map((s) => s.bitPosition);
  const holds = (param: SqlParam) => `p.held_skills && ${param(positions)}::int[]`;
  const hadPast = (param: SqlParam) => `p.beneficiary_id = ANY(${param(toRank.pastPositive)}::uuid[])`;
  const holders = await preRank(manager, openingId, filter, depth, toRank, {
    condition: (param) => `(${holds(param)} OR ${hadPast(param)})`,
    floor: -Infinity,
  });
  const floor = holders.length >= depth ? holders[depth - 1].preScore - 2 * PRE_SCORE_TOLERANCE : -Infinity;
  const couldReach = await peopleWithoutSkillsWhoCouldReach(manager, toRank, floor);
  if (!couldReach) return holders;
  // Holders met again are scored alike and counted once: excluding them here would cost an array test per row.
  const others = await preRank(manager, openingId, filter, depth, toRank, { condition: couldReach, floor });
  return cut([...holders, ...others], depth);
}

/**
 * The best `first` people for one opening, exactly as `scoreMatch` ranks them, without scoring everyone in Node:
 * the database pre-ranks everyone (see scoring-sql.ts) and Node scores exactly only those who could make the list.
 */
export async function topCandidatesForOpening(
  manager: EntityManager,
  openingId: string,
  filter: MatchFilter,
  first: number,
  minScore: number | null,
  known?: OpeningToRank,
): Promise<ScoredMatch[]> {
  const opening = known ?? (await openingToRank(manager, openingId));
  const ids = (await preRankCandidates(manager, openingId, filter, first, opening)).map((r) => r.id);
  if (!ids.length) return [];
  const pairs = await findEligiblePairs(manager, { openingId, beneficiaryIds: ids }, filter);
  const scored = await scoreEligiblePairs(manager, pairs, {
    weights: opening.weights.weightsByAmbito,
    shortfalls: opening.shortfalls,
  });
  return scored
    .filter((m) => minScore === null || m.score >= minScore)
    .sort(byScoreThenId('beneficiaryId'))
    .slice(0, first);
}
