import { EntityManager } from 'typeorm';
import { NotFoundError } from '../../../graphql/errors';
import { OpeningToRank } from '../../matching/sql/candidate-pre-rank-sql';
import { openingByMunicipalitySql, skillsFactorSql } from '../../matching/sql/match-profile-sql';
import { LAW68_ELIGIBLE_SQL, preScoreSql } from '../../matching/sql/scoring-sql';
import { OpeningFacts } from '../rules/what-if';
import { openingConstraints, Variant } from '../sql/variants';
import { Counts, runCounts } from './variant-counts';

export async function readOpeningFacts(manager: EntityManager, openingId: string): Promise<OpeningFacts> {
  const [row] = await manager.query(
    `SELECT o.weekly_hours AS "weeklyHours", o.shifts, o.physical_demands AS "physicalDemands",
            o.accessibility_features AS "accessibilityFeatures", o.accommodations_arrangeable AS "accommodationsArrangeable",
            o.contract_type AS "contractType", o.counts_toward_quota AS "countsTowardQuota",
            coalesce(json_agg(json_build_object('skillId', s.id, 'bitPosition', s.bit_position) ORDER BY s.bit_position)
              FILTER (WHERE os.indispensable), '[]') AS "indispensableSkills",
            coalesce(json_agg(json_build_object('skillId', s.id, 'bitPosition', s.bit_position, 'minimumLevel', os.minimum_level)
              ORDER BY s.bit_position) FILTER (WHERE os.id IS NOT NULL), '[]') AS "skillLevels"
     FROM opening o LEFT JOIN opening_skill os ON os.opening_id = o.id LEFT JOIN skill s ON s.id = os.skill_id
     WHERE o.id = $1 GROUP BY o.id`,
    [openingId],
  );
  if (!row) throw new NotFoundError('Opening', 'openingId');
  return row;
}

export interface OpeningCountScope {
  /** The ambito counted apart, or null. */
  ambito: number | null;
  /** Only people living in this ambito are listed by ID (an operator's); null: everyone. */
  visibleAmbito: number | null;
  /** People whose loss is watched: the current best. */
  watched: string[];
  /** Count one person only (a brief's pair). */
  onlyBeneficiaryId?: string;
}

/**
 * The people eligible for the opening as it is, and those each variant of it gains and loses, over `match_profile`
 * with matching's own constraints and pre-score (as `countCandidates` and the candidate ranking read them).
 */
export async function countOpeningVariants(
  manager: EntityManager,
  openingId: string,
  opening: OpeningToRank,
  singles: Variant[],
  pairs: Variant[],
  scope: OpeningCountScope,
): Promise<Counts> {
  const params: unknown[] = [openingId];
  const param = (value: unknown) => `$${params.push(value)}`;
  const query = {
    withClause: `WITH o AS MATERIALIZED (${openingByMunicipalitySql('$1')}),
past AS MATERIALIZED (SELECT unnest(${param(opening.pastPositive)}::uuid[]) AS beneficiary_id)`,
    fromClause: `FROM o JOIN match_profile p ON p.residence_municipality_id = o.residence_municipality_id${
      scope.onlyBeneficiaryId ? ` AND p.beneficiary_id = ${param(scope.onlyBeneficiaryId)}` : ''
    }`,
    idColumn: 'p.beneficiary_id',
    inAmbito: scope.ambito === null ? null : `o.residence_ambito = ${param(scope.ambito)}`,
    law68: LAW68_ELIGIBLE_SQL,
    listed: scope.visibleAmbito === null ? 'true' : `o.residence_ambito = ${param(scope.visibleAmbito)}`,
    // None of the opening-side changes touches a scored feature: the pre-score as things are ranks the newcomers.
    rankBy: preScoreSql(opening.weights, {
      skills: skillsFactorSql(opening.skills),
      pastPositive: 'p.beneficiary_id IN (SELECT beneficiary_id FROM past)',
      quotaScore: `${opening.law68Score ?? 0}::float8`,
    }),
    watched: `${param(scope.watched)}::uuid[]`,
    constraints: openingConstraints(opening.skills),
    // At most the top's size of each group can enter it.
    listDepth: 10,
    singles,
    pairs,
  };
  return runCounts((sql, values) => manager.query(sql, values), query, params);
}
