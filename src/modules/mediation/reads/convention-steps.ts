import { EntityManager } from 'typeorm';
import { sqlValue } from '../../../db/sql-values';
import { Law68Category } from '../../beneficiaries/beneficiary.enums';
import { Art11Convention } from '../rules/convention-steps';

/** The employer's art. 11 conventions in force today, with their programmes. */
export function art11ConventionsInForce(
  manager: EntityManager,
  employerId: string,
  today: string,
): Promise<Art11Convention[]> {
  return manager.query(
    `SELECT c.reference, c.valid_from::text AS "validFrom",
       COALESCE((SELECT json_agg(json_build_object('dueBy', h.due_by::text, 'units', h.units) ORDER BY h.due_by)
                 FROM quota_convention_hiring h WHERE h.convention_id = c.id), '[]') AS schedule
     FROM quota_convention c
     WHERE c.employer_id = $1 AND c.kind = ${sqlValue('ART_11')} AND c.valid_from <= $2
       AND (c.valid_to IS NULL OR c.valid_to >= $2)
     ORDER BY c.valid_from, c.id`,
    [employerId, today],
  );
}

/** The start days of the employer's hirings through Ponte of people of `category` that count toward its quota. */
export async function quotaHiringStarts(
  manager: EntityManager,
  employerId: string,
  category: Law68Category,
): Promise<string[]> {
  const rows: Array<{ startsOn: string }> = await manager.query(
    `SELECT p.starts_on::text AS "startsOn" FROM placement p JOIN beneficiary b ON b.id = p.beneficiary_id
     WHERE p.employer_id = $1 AND p.counts_toward_quota AND p.started_at IS NOT NULL AND b.law68_category = $2`,
    [employerId, category],
  );
  return rows.map((row) => row.startsOn);
}
