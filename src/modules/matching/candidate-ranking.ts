import { EntityManager } from 'typeorm';
import { todayInItaly } from '../../config/calendar';
import { NotFoundError } from '../../graphql/errors';
import { disabledQuotaShortfalls } from '../quotas/quota.service';
import { findEligiblePairs } from './candidate-search';
import { DEFAULT_WEIGHTS } from './factors';
import { missesIndispensableSql, openingByMunicipalitySql, PROFILE_HARD_CONSTRAINTS, RankedSkill, skillsFactorSql } from './match-profile-sql';
import { byScoreThenId, ScoredMatch, scoreEligiblePairs } from './matching.service';
import { MatchFilter, POSITIVE_PAST_PLACEMENT } from './pair-query';
import { DAYS_FOR_FULL_WAITING, law68Factor, PREFERENCE_SCORES } from './scoring';
import { LAW68_ELIGIBLE_SQL, leastWaitingToReach, PRE_SCORE_TOLERANCE, preScoreSql, RankingWeights } from './scoring-sql';
import { loadWeights } from './weights.service';

interface OpeningToRank {
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

async function openingToRank(manager: EntityManager, openingId: string): Promise<OpeningToRank> {
  const [opening]: Array<{
    employerId: string;
    occupationId: string | null;
    sectorBit: number;
    countsTowardQuota: boolean;
    skills: RankedSkill[];
  }> = await manager.query(
    `SELECT o.employer_id AS "employerId", o.occupation_id AS "occupationId", sector_bits(ARRAY[o.sector]) AS "sectorBit",
            o.counts_toward_quota AS "countsTowardQuota",
            coalesce(json_agg(json_build_object(
              'bitPosition', s.bit_position, 'required', os.requirement = 'REQUIRED',
              'minimumLevel', os.minimum_level, 'indispensable', os.indispensable
            ) ORDER BY s.bit_position) FILTER (WHERE os.id IS NOT NULL), '[]') AS skills
     FROM opening o LEFT JOIN opening_skill os ON os.opening_id = o.id LEFT JOIN skill s ON s.id = os.skill_id
     WHERE o.id = $1 GROUP BY o.id`,
    [openingId],
  );
  if (!opening) throw new NotFoundError('Opening', 'openingId');
  const [shortfalls, past, weightsByAmbito] = await Promise.all([
    opening.countsTowardQuota ? disabledQuotaShortfalls(manager, [opening.employerId], todayInItaly()) : new Map<string, number>(),
    manager.query(
      `SELECT DISTINCT pl.beneficiary_id AS id FROM placement pl WHERE pl.employer_id = $1 AND ${POSITIVE_PAST_PLACEMENT}`,
      [opening.employerId],
    ) as Promise<Array<{ id: string }>>,
    loadWeights(manager),
  ]);
  const shortfall = opening.countsTowardQuota ? (shortfalls.get(opening.employerId) ?? 0) : null;
  return {
    occupationId: opening.occupationId,
    sectorBit: opening.sectorBit,
    skills: opening.skills,
    pastPositive: past.map((p) => p.id),
    weights: { weightsByAmbito, defaultWeights: DEFAULT_WEIGHTS },
    law68Score: shortfall === null ? null : law68Factor(shortfall).score,
    shortfalls: new Map(shortfall === null ? [] : [[opening.employerId, shortfall]]),
  };
}

interface PreRanked {
  id: string;
  preScore: number;
}

/** Which people a pre-rank reads, beyond the hard constraints and the caller's filter. */
interface Readers {
  condition: (param: (value: unknown) => string) => string;
  /** Pre-scores below this cannot make the list whatever else is read. */
  floor: number;
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
  // Ranking people, place filters apply to where they live.
  const where = [`(${readers.condition(param)})`, `NOT (${missesIndispensableSql(opening.skills)})`];
  if (filter.ambito != null) where.push(`o.residence_ambito = ${param(filter.ambito)}`);
  if (filter.municipalityId) where.push(`p.residence_municipality_id = ${param(filter.municipalityId)}`);
  if (filter.caseStatuses?.length) where.push(`p.case_status = ANY(${param(filter.caseStatuses)}::text[])`);
  if (filter.maxCommuteKm != null) where.push(`o.road_km <= ${param(filter.maxCommuteKm)}`);
  for (const fails of Object.values(PROFILE_HARD_CONSTRAINTS)) where.push(`NOT coalesce(${fails}, false)`);

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

type Param = (value: unknown) => string;

/** Exactly the predicate of the partial index of people without recorded preferences, so the planner can use it. */
const NO_PREFERENCES_SQL = 'p.preferred_sectors = 0 AND cardinality(p.preferred_occupation_ids) = 0';

/** Whole days of waiting that surely give at least this waiting-time factor (a day less, for safety); null: none do. */
function daysToWait(factor: number | null): number | null {
  return factor === null ? null : Math.max(0, Math.floor(factor * DAYS_FOR_FULL_WAITING) - 1);
}

/**
 * For each number of days, the instant a case must have opened before to have waited that long, as
 * `current_date - case_opened_at::date` counts: worked out by the database (its calendar and time zone), and then
 * passed as values, so the planner can size each range of the case-opening index it reads.
 */
async function openedBefore(manager: EntityManager, days: number[]): Promise<Map<number, Date>> {
  const rows: Array<{ days: number; before: Date }> = await manager.query(
    `SELECT d AS days, (current_date - d + 1)::timestamptz AS before FROM unnest($1::int[]) AS d`,
    [days],
  );
  return new Map(rows.map((row) => [row.days, row.before]));
}

/**
 * The people who hold none of an opening's skills, in groups alike in how high they could score: by how their
 * preferences meet the opening, and by whether the Law 68/99 factor applies to them. Each group comes with the
 * condition that finds it (null: nobody); a person belongs to the group of their own factors and may also meet the
 * condition of a group below it. Each condition can use an index, so the groups read are found without reading
 * everyone.
 */
function groupsWithoutSkills(opening: OpeningToRank): Array<{ preference: number; quotaApplies: boolean; condition: (param: Param) => string | null }> {
  const { occupationId, sectorBit } = opening;
  const byPreference: Array<{ preference: number; condition: (param: Param) => string | null }> = [
    { preference: PREFERENCE_SCORES.elsewhere, condition: () => 'true' },
    {
      preference: PREFERENCE_SCORES.sector,
      condition: (param) => `p.preferred_sector_positions @> ARRAY[${param(Math.log2(sectorBit))}::int]`,
    },
    { preference: PREFERENCE_SCORES.noneRecorded, condition: () => NO_PREFERENCES_SQL },
    {
      preference: PREFERENCE_SCORES.occupation,
      condition: (param) => (occupationId ? `p.preferred_occupation_ids @> ARRAY[${param(occupationId)}::uuid]` : null),
    },
  ];
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
      condition: (param: Param) => {
        const found = group.condition(param);
        return found === null ? null : `${found} AND ${sql}`;
      },
    })),
  );
}

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
  const holds = (param: Param) => `p.held_skills && ${param(positions)}::int[]`;
  const hadPast = (param: Param) => `p.beneficiary_id = ANY(${param(toRank.pastPositive)}::uuid[])`;
  const holders = await preRank(manager, openingId, filter, depth, toRank, {
    condition: (param) => `(${holds(param)} OR ${hadPast(param)})`,
    floor: -Infinity,
  });
  const floor = holders.length >= depth ? holders[depth - 1].preScore - 2 * PRE_SCORE_TOLERANCE : -Infinity;
  const groups = groupsWithoutSkills(toRank).flatMap((group) => {
    const days = daysToWait(leastWaitingToReach(toRank.weights, { ...group, law68Score: toRank.law68Score }, floor));
    return days === null || group.condition(() => '') === null ? [] : [{ ...group, days }];
  });
  if (!groups.length) return holders;
  const cutoffs = await openedBefore(manager, [...new Set(groups.map((group) => group.days))]);
  // The wait first: it is the cheapest test and rules out most people.
  const toRead = groups.map((group) => (param: Param) =>
    `(${group.days > 0 ? `p.case_opened_at < ${param(cutoffs.get(group.days))}::timestamptz AND ` : ''}${group.condition(param)})`,
  );
  const others = await preRank(manager, openingId, filter, depth, toRank, {
    // Holders met again are scored alike and counted once: excluding them here would cost an array test per row.
    condition: (param) => toRead.map((test) => test(param)).join(' OR '),
    floor,
  });
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
): Promise<ScoredMatch[]> {
  const opening = await openingToRank(manager, openingId);
  const ids = (await preRankCandidates(manager, openingId, filter, first, opening)).map((r) => r.id);
  if (!ids.length) return [];
  const pairs = await findEligiblePairs(manager, { openingId, beneficiaryIds: ids }, filter);
  const scored = await scoreEligiblePairs(manager, pairs, { weights: opening.weights.weightsByAmbito, shortfalls: opening.shortfalls });
  return scored
    .filter((m) => minScore === null || m.score >= minScore)
    .sort(byScoreThenId('beneficiaryId'))
    .slice(0, first);
}
