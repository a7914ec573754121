import { EntityManager } from 'typeorm';
import { UserInputError } from '../../graphql/errors';
import { buildStatisticsTable, PersonYear, PlacementYear, StatisticsTable } from './statistics';
import { msg } from '../../i18n/message';
import { buildWorkshopFigures, WorkshopFigures, WorkshopYear } from './workshop-figures';
import { ITALY_TIME_ZONE } from '../../config/calendar';

/** Statuses of the orientation-and-support phase: a person in one of them during the year was accompanied. */
export const ACCOMPANIED_STATUSES = ['INTAKE', 'ORIENTATION', 'TRAINING', 'INTERNSHIP'];

/**
 * The people with something to count in the year, with the attributes the breakdowns need. `accompanied` follows
 * the definitions in statistics.ts: a status step of the orientation phase overlapping the year, each step lasting until the
 * person's next one.
 */
const PEOPLE_SQL = `
WITH bounds AS (
  SELECT make_timestamptz($1, 1, 1, 0, 0, 0, '${ITALY_TIME_ZONE}') AS t0,
         make_timestamptz($1 + 1, 1, 1, 0, 0, 0, '${ITALY_TIME_ZONE}') AS t1,
         make_date($1, 1, 1) AS d0,
         make_date($1 + 1, 1, 1) AS d1
),
steps AS (
  SELECT c.beneficiary_id, c.to_status, c.changed_at AS held_from,
         lead(c.changed_at) OVER (PARTITION BY c.beneficiary_id ORDER BY c.changed_at, c.id) AS held_until
  FROM case_status_change c
),
accompanied AS (
  SELECT DISTINCT s.beneficiary_id
  FROM steps s, bounds
  WHERE s.to_status = ANY($2::text[]) AND s.held_from < bounds.t1 AND (s.held_until IS NULL OR s.held_until > bounds.t0)
),
with_placements AS (
  SELECT DISTINCT p.beneficiary_id
  FROM placement p, bounds
  WHERE p.started_at IS NOT NULL
    AND ((p.starts_on >= bounds.d0 AND p.starts_on < bounds.d1) OR (p.ended_on >= bounds.d0 AND p.ended_on < bounds.d1))
)
SELECT b.id AS "beneficiaryId", m.ambito_number AS ambito, m.id AS "municipalityId", m.name AS "municipalityName",
       b.law68_category AS "law68Category", (b.law381_category IS NOT NULL) AS law381,
       b.followed_by_social_services AS "socialServices", (a.beneficiary_id IS NOT NULL) AS accompanied
FROM beneficiary b
JOIN municipality m ON m.id = b.residence_municipality_id
LEFT JOIN accompanied a ON a.beneficiary_id = b.id
WHERE (a.beneficiary_id IS NOT NULL OR b.id IN (SELECT beneficiary_id FROM with_placements))
  AND ($3::smallint IS NULL OR m.ambito_number = $3)`;

/** Placements started or ended in the year (started ones only: a proposal withdrawn before starting never ran). */
const PLACEMENTS_SQL = `
SELECT p.beneficiary_id AS "beneficiaryId", p.kind, p.status,
       (p.starts_on >= make_date($1, 1, 1) AND p.starts_on < make_date($1 + 1, 1, 1)) AS "startedInYear",
       coalesce(p.ended_on >= make_date($1, 1, 1) AND p.ended_on < make_date($1 + 1, 1, 1), false) AS "endedInYear"
FROM placement p
WHERE p.started_at IS NOT NULL
  AND ((p.starts_on >= make_date($1, 1, 1) AND p.starts_on < make_date($1 + 1, 1, 1))
    OR (p.ended_on >= make_date($1, 1, 1) AND p.ended_on < make_date($1 + 1, 1, 1)))`;

export interface ServiceStatisticsResult extends StatisticsTable {
  year: number;
  ambito: number | null;
}

export async function serviceStatistics(
  manager: EntityManager,
  year: number,
  ambito: number | null,
): Promise<ServiceStatisticsResult> {
  if (!Number.isInteger(year) || year < 2000 || year > 2100) {
    throw new UserInputError(msg('statistics.yearBetween20002100'), 'year');
  }
  const ambiti: Array<{ number: number; name: string }> = await manager.query(
    `SELECT number, name FROM ambito ORDER BY number`,
  );
  if (ambito !== null && !ambiti.some((a) => a.number === ambito)) {
    throw new UserInputError(msg('statistics.serviceAmbito', { ambito }), 'ambito');
  }
  const people: PersonYear[] = await manager.query(PEOPLE_SQL, [year, ACCOMPANIED_STATUSES, ambito]);
  const placements: PlacementYear[] = await manager.query(PLACEMENTS_SQL, [year]);
  const shown = ambito === null ? ambiti : ambiti.filter((a) => a.number === ambito);
  return { year, ambito, ...buildStatisticsTable(people, placements, shown) };
}

/** Workshops with a session in the year, once per person enrolled (see workshop-figures.ts for what counts). */
const WORKSHOPS_SQL = `
SELECT w.id AS "workshopId", w.ambito_number AS ambito, y.sessions::int AS "sessionsInYear", e.beneficiary_id AS "beneficiaryId"
FROM workshop w
JOIN (SELECT s.workshop_id, count(*) AS sessions FROM workshop_session s
      WHERE s.held_on >= make_date($1, 1, 1) AND s.held_on < make_date($1 + 1, 1, 1) GROUP BY s.workshop_id) y
  ON y.workshop_id = w.id
LEFT JOIN workshop_enrolment e ON e.workshop_id = w.id
WHERE ($2::smallint IS NULL OR w.ambito_number = $2)`;

export async function workshopStatistics(
  manager: EntityManager,
  year: number,
  ambito: number | null,
): Promise<WorkshopFigures[]> {
  const rows: WorkshopYear[] = await manager.query(WORKSHOPS_SQL, [year, ambito]);
  const ambiti: Array<{ number: number }> = await manager.query(`SELECT number FROM ambito ORDER BY number`);
  const shown = ambiti.map((a) => a.number).filter((n) => ambito === null || n === ambito);
  return buildWorkshopFigures(rows, shown);
}
