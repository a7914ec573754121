import { rowsOfKeys, sqlParams } from '../../../db/built-sql';
import { sqlValue, sqlValueList } from '../../../db/sql-values';
import { CaseStatus } from '../../beneficiaries/beneficiary.enums';
import { OpeningStatus } from '../../openings/opening.enums';
import {
  INTERNSHIP_KINDS,
  PlacementOutcome,
  PlacementStatus,
  RUNNING_PLACEMENT_STATUSES,
} from '../../placements/placement.enums';
import { ROAD_FACTOR } from '../rules/commute';
import { UNAVAILABLE_CASE_STATUSES_SQL } from './hard-constraints';

/** One opening against people, one person against open openings, or open openings against people (the plan). */
export type MatchAnchor =
  | { openingId: string; beneficiaryIds?: string[] }
  | { beneficiaryId: string }
  | { openingIds: string[] | null; beneficiaryIds: string[] | null };

export interface MatchFilter {
  ambito?: number | null;
  municipalityId?: string | null;
  caseStatuses?: CaseStatus[] | null;
  maxCommuteKm?: number | null;
}

export interface PairOptions {
  /** Only people whose case can take a placement (lets the database use the index of available people). */
  availableOnly?: boolean;
}

/** The person–opening pairs before any hard constraint: `${withClause} SELECT … ${fromClause} AND …`. */
export interface PairSql {
  withClause: string;
  fromClause: string;
  params: unknown[];
}

const EARTH_RADIUS_KM = 6371;

/** Great-circle distance between town centre and workplace, stretched into an estimated road distance. */
export const ROAD_KM_SQL = `${ROAD_FACTOR} * 2 * ${EARTH_RADIUS_KM} * asin(sqrt(
    power(sin(radians(o.site_latitude - m.latitude) / 2), 2)
    + cos(radians(m.latitude)) * cos(radians(o.site_latitude)) * power(sin(radians(o.site_longitude - m.longitude) / 2), 2)
  ))`;

/** What counts as "a positive past internship or work trial with the same employer" (placement alias `pl`). */
export const POSITIVE_PAST_PLACEMENT = `pl.kind IN ${sqlValueList(INTERNSHIP_KINDS)}
    AND (pl.status = ${sqlValue(PlacementStatus.CONVERTED_TO_HIRING)}
         OR (pl.status = ${sqlValue(PlacementStatus.COMPLETED)} AND pl.outcome = ${sqlValue(PlacementOutcome.POSITIVE)}))`;

/**
 * Builds the pairs to rank. Openings are materialised once per request together with their distance to every
 * municipality of residence (people are placed at the centre of their town); everything per person is a join, so
 * the database never runs a subquery for each of thousands of people.
 */
export function pairSql(anchor: MatchAnchor, filter: MatchFilter, options: PairOptions = {}): PairSql {
  const { params, param } = sqlParams();

  const forward = !('beneficiaryId' in anchor);
  const personId = 'beneficiaryId' in anchor ? param(anchor.beneficiaryId) : null;
  let openingWhere = `op.status = ${sqlValue(OpeningStatus.OPEN)}`;
  if ('openingId' in anchor) openingWhere = `op.id = ${param(anchor.openingId)}`;
  if ('openingIds' in anchor && anchor.openingIds)
    openingWhere += ` AND op.id = ANY(${param(anchor.openingIds)}::uuid[])`;
  const municipalityWhere = personId
    ? `m.id = (SELECT residence_municipality_id FROM beneficiary WHERE id = ${personId})`
    : 'true';

  // Ranking people, place filters apply to where they live; ranking openings, to where the job is.
  const where = [personId ? `b.id = ${personId}` : 'true'];
  const chosenPeople =
    'beneficiaryIds' in anchor && anchor.beneficiaryIds
      ? `, chosen_people AS (${rowsOfKeys(anchor.beneficiaryIds, param, 'uuid', 'beneficiary_id')})`
      : '';
  // For a list of people, looking each one up beats reading the whole population.
  const peopleSource = chosenPeople ? 'chosen_people' : undefined;
  if (filter.ambito != null)
    where.push(`${forward ? 'o.residence_ambito' : 'o.site_ambito'} = ${param(filter.ambito)}`);
  if (filter.municipalityId) {
    where.push(
      `${forward ? 'b.residence_municipality_id' : 'o.site_municipality_id'} = ${param(filter.municipalityId)}`,
    );
  }
  if (filter.caseStatuses?.length) where.push(`b.case_status = ANY(${param(filter.caseStatuses)}::text[])`);
  if (filter.maxCommuteKm != null) where.push(`o.road_km <= ${param(filter.maxCommuteKm)}`);
  if (options.availableOnly) where.push(`b.case_status NOT IN ${UNAVAILABLE_CASE_STATUSES_SQL}`);

  // The running placements of the people concerned, once per person (see RUNNING_PLACEMENT in hard-constraints.ts).
  const runningOf = (where: string) => `SELECT beneficiary_id, sum(weekly_hours)::int AS weekly_hours,
    array_agg(opening_id) FILTER (WHERE opening_id IS NOT NULL) AS opening_ids
  FROM placement WHERE status IN ${sqlValueList(RUNNING_PLACEMENT_STATUSES)} AND ${where} GROUP BY beneficiary_id`;
  // OFFSET 0 keeps each lookup a lookup: without it PostgreSQL may turn it back into a scan of the whole table.
  const people = peopleSource
    ? `${peopleSource}
CROSS JOIN LATERAL (SELECT * FROM beneficiary bx WHERE bx.id = ${peopleSource}.beneficiary_id OFFSET 0) b
LEFT JOIN LATERAL (${runningOf(`beneficiary_id = b.id`)} OFFSET 0) rp ON true
JOIN o ON o.residence_municipality_id = b.residence_municipality_id
LEFT JOIN LATERAL (SELECT * FROM work_constraints w WHERE w.beneficiary_id = b.id OFFSET 0) wc ON true`
    : `o
JOIN beneficiary b ON b.residence_municipality_id = o.residence_municipality_id
LEFT JOIN work_constraints wc ON wc.beneficiary_id = b.id
LEFT JOIN running rp ON rp.beneficiary_id = b.id`;
  const running = peopleSource
    ? ''
    : `, running AS MATERIALIZED (${runningOf(personId ? `beneficiary_id = ${personId}` : 'true')})`;

  const withClause = `
WITH opening_set AS MATERIALIZED (
  SELECT op.id, op.employer_id, op.sector, op.occupation_id, op.weekly_hours, op.shifts, op.physical_demands,
         op.accessibility_features, op.accommodations_arrangeable, op.counts_toward_quota,
         s.latitude AS site_latitude, s.longitude AS site_longitude,
         s.municipality_id AS site_municipality_id, sm.ambito_number AS site_ambito,
         coalesce(ind.skill_ids, '{}') AS indispensable_skill_ids
  FROM opening op
  JOIN employer_site s ON s.id = op.site_id
  JOIN municipality sm ON sm.id = s.municipality_id
  LEFT JOIN (
    SELECT opening_id, array_agg(skill_id ORDER BY skill_id) AS skill_ids FROM opening_skill
    WHERE indispensable GROUP BY opening_id
  ) ind ON ind.opening_id = op.id
  WHERE ${openingWhere}
), o AS MATERIALIZED (
  SELECT o.*, m.id AS residence_municipality_id, m.ambito_number AS residence_ambito, ${ROAD_KM_SQL} AS road_km
  FROM opening_set o CROSS JOIN municipality m
  WHERE ${municipalityWhere}
)${chosenPeople}${running}`;
  // One row per opening and municipality of residence: people join it by where they live.
  const fromClause = `
FROM ${people}
WHERE ${where.join(' AND ')}`;
  return { withClause, fromClause, params };
}
