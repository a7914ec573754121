import { EntityManager } from 'typeorm';
import { todayInItaly } from '../../config/calendar';
import { NotFoundError } from '../../graphql/errors';
import { disabledQuotaShortfalls } from '../quotas/quota.service';
import { findEligiblePairs } from './candidate-search';
import { DEFAULT_WEIGHTS } from './factors';
import { missesIndispensableSql, openingByMunicipalitySql, PROFILE_HARD_CONSTRAINTS, RankedSkill, skillCreditSql } from './match-profile-sql';
import { byScoreThenId, ScoredMatch, scoreEligiblePairs } from './matching.service';
import { MatchFilter, POSITIVE_PAST_PLACEMENT } from './pair-query';
import { law68Factor } from './scoring';
import { PreScoreContext, preScoreSql } from './scoring-sql';
import { loadWeights } from './weights.service';

/** The SQL pre-score and the final score differ by rounding only (under 0.05 in all); this covers it. */
const PRE_SCORE_TOLERANCE = 0.1;

interface OpeningToRank {
  employerId: string;
  skills: RankedSkill[];
  context: PreScoreContext;
}

async function openingToRank(manager: EntityManager, openingId: string): Promise<OpeningToRank> {
  const [opening]: Array<{ employerId: string; countsTowardQuota: boolean; skills: RankedSkill[] }> = await manager.query(
    `SELECT o.employer_id AS "employerId", o.counts_toward_quota AS "countsTowardQuota",
            coalesce(json_agg(json_build_object(
              'bitPosition', s.bit_position, 'required', os.requirement = 'REQUIRED',
              'minimumLevel', os.minimum_level, 'indispensable', os.indispensable
            ) ORDER BY s.bit_position) FILTER (WHERE os.id IS NOT NULL), '[]') AS skills
     FROM opening o LEFT JOIN opening_skill os ON os.opening_id = o.id LEFT JOIN skill s ON s.id = os.skill_id
     WHERE o.id = $1 GROUP BY o.id`,
    [openingId],
  );
  if (!opening) throw new NotFoundError('Opening', 'openingId');
  const shortfall = opening.countsTowardQuota
    ? ((await disabledQuotaShortfalls(manager, [opening.employerId], todayInItaly())).get(opening.employerId) ?? 0)
    : null;
  return {
    employerId: opening.employerId,
    skills: opening.skills,
    context: {
      weightsByAmbito: await loadWeights(manager),
      defaultWeights: DEFAULT_WEIGHTS,
      law68Score: shortfall === null ? null : law68Factor(shortfall).score,
      skillDenominator: opening.skills.reduce((sum, s) => sum + (s.required ? 2 : 1), 0),
      creditSql: skillCreditSql(opening.skills),
    },
  };
}

/**
 * Everyone who passes the hard constraints, pre-scored in one pass over `match_profile`, keeping those whose
 * pre-score reaches that of the `depth`-th best minus twice the tolerance: ties and near ties included, so whoever
 * is left out cannot outscore the `depth`-th best once scored exactly.
 */
export async function preRankCandidates(
  manager: EntityManager,
  openingId: string,
  filter: MatchFilter,
  depth: number,
  opening?: OpeningToRank,
): Promise<Array<{ id: string; preScore: number }>> {
  const toRank = opening ?? (await openingToRank(manager, openingId));
  const params: unknown[] = [openingId];
  const param = (value: unknown) => `$${params.push(value)}`;
  // Ranking people, place filters apply to where they live.
  const where = [`NOT (${missesIndispensableSql(toRank.skills)})`];
  if (filter.ambito != null) where.push(`o.residence_ambito = ${param(filter.ambito)}`);
  if (filter.municipalityId) where.push(`p.residence_municipality_id = ${param(filter.municipalityId)}`);
  if (filter.caseStatuses?.length) where.push(`p.case_status = ANY(${param(filter.caseStatuses)}::text[])`);
  if (filter.maxCommuteKm != null) where.push(`o.road_km <= ${param(filter.maxCommuteKm)}`);
  for (const fails of Object.values(PROFILE_HARD_CONSTRAINTS)) where.push(`NOT coalesce(${fails}, false)`);

  const sql = `
WITH o AS MATERIALIZED (${openingByMunicipalitySql('$1')}),
past AS MATERIALIZED (
  SELECT DISTINCT pl.beneficiary_id FROM placement pl
  WHERE pl.employer_id = ${param(toRank.employerId)} AND ${POSITIVE_PAST_PLACEMENT}
), ranked AS MATERIALIZED (
  SELECT p.beneficiary_id AS id, ${preScoreSql(toRank.context)} AS "preScore"
  FROM o JOIN match_profile p ON p.residence_municipality_id = o.residence_municipality_id
  WHERE ${where.join('\n    AND ')}
)
SELECT id, "preScore" FROM ranked
WHERE "preScore" >= coalesce(
  (SELECT "preScore" FROM ranked ORDER BY "preScore" DESC OFFSET ${Math.trunc(depth) - 1} LIMIT 1) - ${2 * PRE_SCORE_TOLERANCE},
  '-Infinity')
ORDER BY "preScore" DESC, id`;
  const rows = await manager.query(sql, params);
  return rows.map((row: { id: string; preScore: string }) => ({ id: row.id, preScore: Number(row.preScore) }));
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
  const scored = await scoreEligiblePairs(manager, await findEligiblePairs(manager, { openingId, beneficiaryIds: ids }, filter));
  return scored
    .filter((m) => minScore === null || m.score >= minScore)
    .sort(byScoreThenId('beneficiaryId'))
    .slice(0, first);
}
