import { EntityManager } from 'typeorm';
import { todayInItaly } from '../../config/calendar';
import { NotFoundError } from '../../graphql/errors';
import { disabledQuotaShortfalls } from '../quotas/quota.service';
import { findEligiblePairs } from './candidate-search';
import { DEFAULT_WEIGHTS } from './factors';
import { anyConstraintFailsSql } from './hard-constraints';
import { byScoreThenId, ScoredMatch, scoreEligiblePairs } from './matching.service';
import { MatchFilter, pairSql } from './pair-query';
import { law68Factor } from './scoring';
import { bestScoreBelowCredit, PreScoreContext, preScoreSql } from './scoring-sql';
import { loadWeights } from './weights.service';

/**
 * A held skill's weighted credit, as `skillsFactor` counts it: required skills twice, half credit scaled below the
 * level asked. Floating point, like the rest of the pre-score: numeric arithmetic costs several times more here.
 */
const SKILL_CREDIT_SQL = `(CASE WHEN r.required THEN 2 ELSE 1 END)::float8
  * CASE WHEN bs.level >= r.minimum_level THEN 1::float8 ELSE 0.5::float8 * bs.level / r.minimum_level END`;

/** The SQL pre-score and the final score differ by rounding only (under 0.05 in all); this covers it. */
const PRE_SCORE_TOLERANCE = 0.1;

interface OpeningToRank {
  skillIds: string[];
  required: boolean[];
  minimumLevels: number[];
  context: PreScoreContext;
}

async function openingToRank(manager: EntityManager, openingId: string): Promise<OpeningToRank> {
  const [opening] = await manager.query(
    `SELECT o.employer_id AS "employerId", o.counts_toward_quota AS "countsTowardQuota",
            coalesce(array_agg(os.skill_id) FILTER (WHERE os.id IS NOT NULL), '{}') AS "skillIds",
            coalesce(array_agg(os.requirement = 'REQUIRED') FILTER (WHERE os.id IS NOT NULL), '{}') AS required,
            coalesce(array_agg(os.minimum_level) FILTER (WHERE os.id IS NOT NULL), '{}') AS "minimumLevels"
     FROM opening o LEFT JOIN opening_skill os ON os.opening_id = o.id
     WHERE o.id = $1 GROUP BY o.id`,
    [openingId],
  );
  if (!opening) throw new NotFoundError('Opening', 'openingId');
  const shortfall = opening.countsTowardQuota
    ? ((await disabledQuotaShortfalls(manager, [opening.employerId], todayInItaly())).get(opening.employerId) ?? 0)
    : null;
  const required: boolean[] = opening.required;
  return {
    skillIds: opening.skillIds,
    required,
    minimumLevels: opening.minimumLevels,
    context: {
      weightsByAmbito: await loadWeights(manager),
      defaultWeights: DEFAULT_WEIGHTS,
      law68Score: shortfall === null ? null : law68Factor(shortfall).score,
      skillDenominator: required.reduce((sum, isRequired) => sum + (isRequired ? 2 : 1), 0),
    },
  };
}

/**
 * Who is considered: people whose weighted skill credit is at least this share of the opening's full credit, or
 * everyone (null), including people who hold none of its skills.
 */
type Tier = number | null;

/**
 * The people of a tier whose pre-score reaches that of the `depth`-th best minus twice the tolerance: ties and near
 * ties included, so whoever is left out cannot outscore the `depth`-th best once scored exactly.
 */
async function preRank(
  manager: EntityManager,
  openingId: string,
  filter: MatchFilter,
  opening: OpeningToRank,
  depth: number,
  tier: Tier,
): Promise<Array<{ id: string; preScore: number }>> {
  const pairs = pairSql(
    { openingId },
    filter,
    tier === null
      ? { availableOnly: true, joinPastPlacements: true, extraJoins: 'LEFT JOIN cov ON cov.beneficiary_id = b.id' }
      : { availableOnly: true, joinPastPlacements: true, extraJoins: 'JOIN cov ON cov.beneficiary_id = b.id' },
  );
  const skills = [pairs.param(opening.skillIds), pairs.param(opening.required), pairs.param(opening.minimumLevels)];
  const minimumCredit =
    tier === null ? '' : `HAVING sum(${SKILL_CREDIT_SQL}) >= ${pairs.param(tier * opening.context.skillDenominator)}`;
  const sql = `${pairs.withClause}, req AS (
  SELECT * FROM unnest(${skills[0]}::uuid[], ${skills[1]}::boolean[], ${skills[2]}::int[]) AS r(skill_id, required, minimum_level)
), cov AS MATERIALIZED (
  SELECT bs.beneficiary_id, sum(${SKILL_CREDIT_SQL}) AS credit
  FROM req r JOIN beneficiary_skill bs ON bs.skill_id = r.skill_id
  GROUP BY bs.beneficiary_id
  ${minimumCredit}
), ranked AS MATERIALIZED (
  SELECT b.id, ${preScoreSql(opening.context)} AS "preScore"
  ${pairs.fromClause}
    AND NOT (${anyConstraintFailsSql})
)
SELECT id, "preScore" FROM ranked
WHERE "preScore" >= coalesce(
  (SELECT "preScore" FROM ranked ORDER BY "preScore" DESC OFFSET ${Math.trunc(depth) - 1} LIMIT 1) - ${2 * PRE_SCORE_TOLERANCE},
  '-Infinity')
ORDER BY "preScore" DESC, id`;
  const rows = await manager.query(sql, pairs.params);
  return rows.map((row: { id: string; preScore: string }) => ({ id: row.id, preScore: Number(row.preScore) }));
}

/** The first tier read: people with at least half the opening's skill credit, where the best usually are. */
const FIRST_TIER = 0.5;

/**
 * The lowest share of skill credit with which a person could still reach `score`, whatever the other factors:
 * everyone below it can be left unread. Zero when even a person without any of the opening's skills could.
 */
function creditNeededToReach(context: PreScoreContext, score: number): number {
  if (bestScoreBelowCredit(context, 0) >= score) return 0;
  let [low, high] = [0, 1];
  for (let step = 0; step < 30; step++) {
    const middle = (low + high) / 2;
    if (bestScoreBelowCredit(context, middle) >= score) high = middle;
    else low = middle;
  }
  return low;
}

/**
 * The best `first` people for one opening, exactly as `scoreMatch` ranks them, without scoring everyone in Node.
 * The database pre-ranks (see scoring-sql.ts) and Node scores exactly only those who could make the list. People
 * with the strongest skill credit are read first; their list sets the score to beat, and a second read takes only
 * those whose skill credit could still reach it, which at scale spares reading most of the population.
 */
export async function topCandidatesForOpening(
  manager: EntityManager,
  openingId: string,
  filter: MatchFilter,
  first: number,
  minScore: number | null,
): Promise<ScoredMatch[]> {
  const opening = await openingToRank(manager, openingId);
  const rank = async (tier: Tier): Promise<ScoredMatch[]> => {
    const ids = (await preRank(manager, openingId, filter, opening, first, tier)).map((r) => r.id);
    if (!ids.length) return [];
    const scored = await scoreEligiblePairs(manager, await findEligiblePairs(manager, { openingId, beneficiaryIds: ids }, filter));
    return scored
      .filter((m) => minScore === null || m.score >= minScore)
      .sort(byScoreThenId('beneficiaryId'))
      .slice(0, first);
  };

  if (!opening.skillIds.length) return rank(null);
  const strongest = await rank(FIRST_TIER);
  const toBeat = Math.max(strongest.length === first ? strongest[first - 1].score : -Infinity, minScore ?? -Infinity);
  const needed = creditNeededToReach(opening.context, toBeat - PRE_SCORE_TOLERANCE);
  if (needed >= FIRST_TIER) return strongest;
  return rank(needed > 0 ? needed : null);
}
