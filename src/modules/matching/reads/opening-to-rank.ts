import { sqlValue } from '../../../db/sql-values';
import { SkillRequirement } from '../../openings/opening.enums';
import { EntityManager } from 'typeorm';
import { todayInItaly } from '../../../config/calendar';
import { NotFoundError } from '../../../graphql/errors';
import { disabledQuotaShortfalls } from '../../quotas/quota.service';
import { DEFAULT_WEIGHTS } from '../rules/factors';
import { POSITIVE_PAST_PLACEMENT } from '../sql/pair-query';
import { law68Factor } from '../rules/scoring';
import { loadWeights } from '../weights.service';
import { OpeningToRank } from '../sql/candidate-pre-rank-sql';
import { RankedSkill } from '../sql/match-profile-sql';

/** `assumeCountsTowardQuota`: rank as if the hiring counted toward the quota (a what-if of the contract). */
export async function openingToRank(
  manager: EntityManager,
  openingId: string,
  assumeCountsTowardQuota = false,
): Promise<OpeningToRank> {
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
              'bitPosition', s.bit_position, 'required', os.requirement = ${sqlValue(SkillRequirement.REQUIRED)},
              'minimumLevel', os.minimum_level, 'indispensable', os.indispensable
            ) ORDER BY s.bit_position) FILTER (WHERE os.id IS NOT NULL), '[]') AS skills
     FROM opening o LEFT JOIN opening_skill os ON os.opening_id = o.id LEFT JOIN skill s ON s.id = os.skill_id
     WHERE o.id = $1 GROUP BY o.id`,
    [openingId],
  );
  if (!opening) throw new NotFoundError('Opening', 'openingId');
  opening.countsTowardQuota ||= assumeCountsTowardQuota;
  const [shortfalls, past, weightsByAmbito] = await Promise.all([
    opening.countsTowardQuota
      ? disabledQuotaShortfalls(manager, [opening.employerId], todayInItaly())
      : new Map<string, number>(),
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
