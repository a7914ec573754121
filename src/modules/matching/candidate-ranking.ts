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
import { bestScoreWithoutSkills, PreScoreContext, preScoreSql } from './scoring-sql';
import { loadWeights } from './weights.service';

/** The SQL pre-score and the final score differ by rounding only (at most 0.01 per factor); this covers it. */
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

/** The `limit` people with the highest pre-score, among those holding a skill of the opening or among all. */
async function preRank(
  manager: EntityManager,
  openingId: string,
  filter: MatchFilter,
  opening: OpeningToRank,
  limit: number,
  onlySkillHolders: boolean,
): Promise<Array<{ id: string; preScore: number }>> {
  const pairs = pairSql({ openingId }, filter, `${onlySkillHolders ? 'JOIN' : 'LEFT JOIN'} cov ON cov.beneficiary_id = b.id`);
  const skills = [pairs.param(opening.skillIds), pairs.param(opening.required), pairs.param(opening.minimumLevels)];
  const rows = await manager.query(
    `${pairs.withClause}, req AS (
  SELECT * FROM unnest(${skills[0]}::uuid[], ${skills[1]}::boolean[], ${skills[2]}::int[]) AS r(skill_id, required, minimum_level)
), cov AS MATERIALIZED (
  SELECT bs.beneficiary_id,
         sum(CASE WHEN r.required THEN 2 ELSE 1 END
             * CASE WHEN bs.level >= r.minimum_level THEN 1.0 ELSE 0.5 * bs.level / r.minimum_level END) AS credit
  FROM beneficiary_skill bs JOIN req r ON r.skill_id = bs.skill_id
  GROUP BY bs.beneficiary_id
)
SELECT b.id, ${preScoreSql(opening.context)} AS "preScore"
${pairs.fromClause}
  AND NOT (${anyConstraintFailsSql})
ORDER BY 2 DESC, b.id
LIMIT ${Math.trunc(limit)}`,
    pairs.params,
  );
  return rows.map((row: { id: string; preScore: string }) => ({ id: row.id, preScore: Number(row.preScore) }));
}

/**
 * The best `first` people for one opening, exactly as `scoreMatch` ranks them, without scoring everyone in Node.
 * The database pre-ranks (see scoring-sql.ts) and Node scores a few more than asked; the margin grows until no one
 * left out could still make the list. People holding none of the opening's skills are considered only when their
 * best possible score could reach the list, which at scale is rare and saves reading most of the population.
 */
export async function topCandidatesForOpening(
  manager: EntityManager,
  openingId: string,
  filter: MatchFilter,
  first: number,
  minScore: number | null,
): Promise<ScoredMatch[]> {
  const opening = await openingToRank(manager, openingId);
  const rank = async (onlySkillHolders: boolean): Promise<ScoredMatch[]> => {
    for (let limit = first + 20; ; limit *= 4) {
      const preRanked = await preRank(manager, openingId, filter, opening, limit, onlySkillHolders);
      const ids = preRanked.map((r) => r.id);
      const scored = ids.length
        ? (await scoreEligiblePairs(manager, await findEligiblePairs(manager, { openingId, beneficiaryIds: ids }, filter)))
            .filter((m) => minScore === null || m.score >= minScore)
            .sort(byScoreThenId('beneficiaryId'))
        : [];
      const lastKept = scored[first - 1]?.score ?? minScore ?? -Infinity;
      const highestLeftOut = preRanked.length < limit ? -Infinity : preRanked[preRanked.length - 1].preScore;
      if (highestLeftOut + PRE_SCORE_TOLERANCE < lastKept || preRanked.length < limit) return scored.slice(0, first);
    }
  };

  if (!opening.skillIds.length) return rank(false);
  const holders = await rank(true);
  const lastKept = holders.length === first ? holders[first - 1].score : (minScore ?? -Infinity);
  return bestScoreWithoutSkills(opening.context) + PRE_SCORE_TOLERANCE < lastKept ? holders : rank(false);
}
