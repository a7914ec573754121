import { EntityManager } from 'typeorm';
import { NotFoundError } from '../../../graphql/errors';
import { openingsSeenFromSql } from '../../matching/sql/match-profile-sql';
import { PersonFacts } from '../rules/what-if';
import { personConstraints, Variant } from '../sql/variants';
import { Counts, runCounts } from './variant-counts';

/** How many training candidates to try: the skills most often indispensable in open openings. */
const SKILLS_TRIED = 5;

/** The person's facts from their match profile and work constraints; NotFound when their case cannot take a placement. */
export async function readPersonFacts(manager: EntityManager, beneficiaryId: string): Promise<PersonFacts> {
  const [row] = await manager.query(
    `SELECT p.has_driving_licence AS "hasDrivingLicence", p.max_commute_km AS "maxCommuteKm",
            p.max_commute_minutes AS "maxCommuteMinutes", coalesce(wc.transport_modes, '{}') AS "transportModes",
            coalesce(wc.available_shifts, '{}') AS "availableShifts", coalesce(wc.accessibility_needs, '{}') AS "accessibilityNeeds",
            coalesce((
              SELECT json_agg(x ORDER BY x.n DESC, x."skillId") FROM (
                SELECT s.id AS "skillId", s.bit_position AS "bitPosition", max(os.minimum_level) AS level, count(*) AS n
                FROM opening_skill os JOIN opening o ON o.id = os.opening_id AND o.status = 'OPEN'
                JOIN skill s ON s.id = os.skill_id
                WHERE os.indispensable AND NOT (s.bit_position = ANY(p.held_skills))
                GROUP BY s.id ORDER BY n DESC, s.id LIMIT ${SKILLS_TRIED}
              ) x), '[]') AS "skillsAsked"
     FROM match_profile p LEFT JOIN work_constraints wc ON wc.beneficiary_id = p.beneficiary_id
     WHERE p.beneficiary_id = $1`,
    [beneficiaryId],
  );
  if (!row) throw new NotFoundError('Beneficiary', 'beneficiaryId');
  return row;
}

/**
 * The open openings eligible for the person as they are, and those each variant of the person gains and loses,
 * over `opening_match_profile` with matching's own constraints (as the ranking of openings reads them).
 */
export async function countPersonVariants(
  manager: EntityManager,
  beneficiaryId: string,
  singles: Variant[],
  pairs: Variant[],
  ambito: number | null,
  watched: string[],
): Promise<Counts> {
  const params: unknown[] = [beneficiaryId];
  const param = (value: unknown) => `$${params.push(value)}`;
  const query = {
    withClause: `WITH p AS MATERIALIZED (SELECT * FROM match_profile WHERE beneficiary_id = $1),
home AS MATERIALIZED (SELECT * FROM municipality WHERE id = (SELECT residence_municipality_id FROM p)),
o AS MATERIALIZED (${openingsSeenFromSql('true')})`,
    fromClause: 'FROM o CROSS JOIN p',
    idColumn: 'o.opening_id',
    inAmbito:
      ambito === null
        ? null
        : `o.site_municipality_id IN (SELECT id FROM municipality WHERE ambito_number = ${param(ambito)})`,
    // For a person, the Law 68/99 side is the opening's: whether it counts toward its employer's quota.
    law68: 'o.counts_toward_quota',
    listed: 'true',
    // Only an order: every gained opening is listed (see listDepth).
    rankBy: '(-o.road_km)',
    watched: `${param(watched)}::uuid[]`,
    constraints: personConstraints(),
    // Every gained opening is listed and scored: training changes the score, so no pre-score can trim them.
    listDepth: 10_000,
    singles,
    pairs,
  };
  return runCounts((sql, values) => manager.query(sql, values), query, params);
}
