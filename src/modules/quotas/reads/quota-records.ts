import { EntityManager } from 'typeorm';
import { keyCondition } from '../../../db/built-sql';
import {
  ConsultancyContact,
  HeadcountExclusion,
  PartTimeCoveringWorker,
  ProspettoSubmission,
  QuotaConvention,
  QuotaExemption,
  QuotaNewHire,
  QuotaSiteHeadcount,
  QuotaSuspension,
} from '../api/quota-records.types';

/*
 * Reads the module's records by their own ID or by their parent's, always for a whole batch in one query. The
 * tables are read with SQL because they are not in the TypeORM entity list (src/app/entities.ts belongs to the
 * foundation); the column aliases are the record properties.
 */

const PERIOD = `valid_from::text AS "validFrom", valid_to::text AS "validTo", reference,
  employer_id AS "employerId", recorded_by_id AS "recordedById", created_at AS "createdAt"`;

const SOURCES = {
  exemption: {
    type: QuotaExemption,
    sql: `SELECT id, kind, percentage::float8 AS percentage, high_risk_workers AS "highRiskWorkers", ${PERIOD} FROM quota_exemption`,
    order: 'valid_from DESC, created_at DESC',
  },
  suspension: {
    type: QuotaSuspension,
    sql: `SELECT id, reason, province, suspended_fte::float8 AS "suspendedFte", ${PERIOD} FROM quota_suspension`,
    order: 'valid_from DESC, created_at DESC',
  },
  convention: {
    type: QuotaConvention,
    sql: `SELECT id, kind, units, cooperative_name AS "cooperativeName", ${PERIOD},
        COALESCE((SELECT json_agg(json_build_object('dueBy', h.due_by::text, 'units', h.units) ORDER BY h.due_by)
                  FROM quota_convention_hiring h WHERE h.convention_id = quota_convention.id), '[]') AS schedule
      FROM quota_convention`,
    order: 'valid_from DESC, created_at DESC',
  },
  contact: {
    type: ConsultancyContact,
    sql: `SELECT id, employer_id AS "employerId", operator_id AS "operatorId", contacted_on::text AS "contactedOn", topic,
        outcome, next_step AS "nextStep", next_step_due::text AS "nextStepDue", created_at AS "createdAt"
      FROM consultancy_contact`,
    order: 'contacted_on DESC, created_at DESC',
  },
  prospetto: {
    type: ProspettoSubmission,
    sql: `SELECT id, employer_id AS "employerId", year, submitted_on::text AS "submittedOn", reference,
        computable_base AS "computableBase", disabled_due AS "disabledDue", protected_due AS "protectedDue",
        compensated_units AS "compensatedUnits", recorded_by_id AS "recordedById", created_at AS "createdAt"
      FROM prospetto_submission`,
    order: 'year DESC',
  },
  newHire: {
    type: QuotaNewHire,
    sql: `SELECT id, employer_id AS "employerId", hired_on::text AS "hiredOn", reference FROM quota_new_hire`,
    order: 'hired_on',
  },
  headcountExclusion: {
    type: HeadcountExclusion,
    sql: `SELECT id, snapshot_id AS "snapshotId", group_code AS "group", workers FROM headcount_exclusion`,
    order: 'group_code',
  },
  partTimeCover: {
    type: PartTimeCoveringWorker,
    sql: `SELECT id, snapshot_id AS "snapshotId", hours_percent::float8 AS "hoursPercent", capacity_reduction AS "capacityReduction"
      FROM quota_part_time_cover`,
    order: 'hours_percent, id',
  },
  siteHeadcount: {
    type: QuotaSiteHeadcount,
    sql: `SELECT id, snapshot_id AS "snapshotId", site_id AS "siteId", computable_employees::float8 AS "computableEmployees",
        covering_workers AS "coveringWorkers", protected_covering_workers AS "protectedCoveringWorkers" FROM quota_site_headcount`,
    order: 'site_id',
  },
} as const;

type Sources = typeof SOURCES;
export type RecordOf<K extends keyof Sources> = InstanceType<Sources[K]['type']>;

/** Records whose `column` is one of `keys`, newest first (by period start or contact date). */
export async function findRecords<K extends keyof Sources>(
  manager: EntityManager,
  source: K,
  column: 'id' | 'employer_id' | 'snapshot_id',
  keys: readonly string[],
): Promise<Array<RecordOf<K> & Record<string, unknown>>> {
  const { type, sql, order } = SOURCES[source];
  const where = keyCondition(column, keys, 'uuid');
  const rows: object[] = await manager.query(`${sql} WHERE ${where.text} ORDER BY ${order}`, where.params);
  return rows.map((row) => Object.assign(new type(), row) as RecordOf<K> & Record<string, unknown>);
}

/** Each employer's most recent consultancy contact, if any. */
export async function latestContacts(
  manager: EntityManager,
  employerIds: readonly string[],
): Promise<Map<string, ConsultancyContact>> {
  const { sql } = SOURCES.contact;
  const where = keyCondition('employer_id', employerIds, 'uuid');
  const rows: ConsultancyContact[] = await manager.query(
    `SELECT DISTINCT ON ("employerId") * FROM (${sql} WHERE ${where.text}) c
     ORDER BY "employerId", "contactedOn" DESC, "createdAt" DESC`,
    where.params,
  );
  return new Map(rows.map((row) => [row.employerId, Object.assign(new ConsultancyContact(), row)]));
}
