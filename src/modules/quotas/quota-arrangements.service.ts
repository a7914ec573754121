import { DataSource, EntityManager } from 'typeorm';
import { ConflictError, NotFoundError, UserInputError } from '../../graphql/errors';
import { RecordQuotaConventionInput, RecordQuotaExemptionInput, RecordQuotaSuspensionInput } from './api/quota.inputs';
import { loadRuleVersions } from './reads/quota-facts';
import { addMonths } from '../../config/calendar';
import { ConventionKind, maxExemptionPercentage, versionAt } from './rules/quota-rules';
import { findRecords, RecordOf } from './reads/quota-records';
import { QuotaConvention, QuotaExemption, QuotaNewHire, QuotaSuspension } from './api/quota-records.types';
import { msg } from '../../i18n/message';

/*
 * Exemptions, suspensions and conventions. Each write takes the employer's row lock first, so two requests cannot
 * both pass the overlap check and record overlapping periods.
 */

const TABLES = {
  exemption: { table: 'quota_exemption', typeName: 'QuotaExemption', label: 'exemption' },
  suspension: { table: 'quota_suspension', typeName: 'QuotaSuspension', label: 'suspension' },
  convention: { table: 'quota_convention', typeName: 'QuotaConvention', label: 'convention' },
} as const;
type Kind = keyof typeof TABLES;
type Period = { validFrom: string; validTo?: string | null };

/** Locks the employer's row and returns its ATECO code, which sets sector ceilings. */
async function lockEmployer(manager: EntityManager, employerId: string, field: string): Promise<string> {
  const rows = await manager.query(`SELECT ateco_code AS "atecoCode" FROM employer WHERE id = $1 FOR UPDATE`, [
    employerId,
  ]);
  if (rows.length === 0) throw new NotFoundError('Employer', field);
  return rows[0].atecoCode;
}

function checkPeriod(period: Period, field: string): void {
  if (period.validTo && period.validTo < period.validFrom) {
    throw new UserInputError(msg('quotas.lastDayComesBefore'), field);
  }
}

/** Refuses a period overlapping another record of the employer among those matching `same` (column = value). */
async function checkNoOverlap(
  manager: EntityManager,
  kind: Kind,
  employerId: string,
  period: Period,
  field: string,
  options: { exceptId?: string; same?: Record<string, string> } = {},
): Promise<void> {
  const same = Object.entries(options.same ?? {});
  const rows: Array<{ validFrom: string; validTo: string | null }> = await manager.query(
    `SELECT valid_from::text AS "validFrom", valid_to::text AS "validTo" FROM ${TABLES[kind].table}
     WHERE employer_id = $1 AND id IS DISTINCT FROM $2::uuid AND daterange(valid_from, valid_to, '[]') && daterange($3::date, $4::date, '[]')
     ${same.map(([column], i) => `AND ${column} = $${i + 5}`).join(' ')}
     ORDER BY valid_from LIMIT 1`,
    [employerId, options.exceptId ?? null, period.validFrom, period.validTo ?? null, ...same.map(([, v]) => v)],
  );
  if (rows.length > 0) {
    const other = rows[0];
    throw new ConflictError(
      msg('quotas.periodOverlapsEndOne', {
        label: TABLES[kind].label,
        validFrom: other.validFrom,
        validTo: other.validTo ?? 'open',
      }),
      field,
    );
  }
}

/** An authorised exemption is a percentage, a self-certified one a number of workers (art. 5 c.3-bis). */
function checkExemptionMeasure(input: RecordQuotaExemptionInput): void {
  if (input.kind === 'AUTHORISED') {
    if (input.percentage == null)
      throw new UserInputError(msg('quotas.authorisedExemptionNeedsPercentage'), 'input.percentage');
    if (input.highRiskWorkers != null)
      throw new UserInputError(msg('quotas.onlySelfCertifiedExemption'), 'input.highRiskWorkers');
    return;
  }
  if (input.highRiskWorkers == null) {
    throw new UserInputError(msg('quotas.selfCertifiedExemptionNeeds'), 'input.highRiskWorkers');
  }
  if (input.percentage != null)
    throw new UserInputError(msg('quotas.selfCertifiedExemptionMeasured'), 'input.percentage');
}

/** The percentage may not exceed, for the employer's sector, what any rule version in force during the period allows. */
async function checkExemptionPercentage(
  manager: EntityManager,
  input: RecordQuotaExemptionInput,
  atecoCode: string,
): Promise<void> {
  const versions = (await loadRuleVersions(manager)).filter(
    (v) =>
      (v.validTo === null || v.validTo >= input.validFrom) && (input.validTo == null || v.validFrom <= input.validTo),
  );
  if (versions.length === 0) throw new UserInputError(msg('quotas.law6899Rule'), 'input.validFrom');
  if (input.percentage == null) return;
  const caps = versions.map((version) => ({ version, cap: maxExemptionPercentage(version, atecoCode) }));
  const strictest = caps.reduce((a, b) => (b.cap < a.cap ? b : a));
  if (input.percentage > strictest.cap) {
    throw new UserInputError(
      msg('quotas.mostQuotaExemptedAteco', { cap: strictest.cap, atecoCode, code: strictest.version.code }),
      'input.percentage',
    );
  }
}

export function recordExemption(
  dataSource: DataSource,
  employerId: string,
  input: RecordQuotaExemptionInput,
  actorId: string | null,
): Promise<QuotaExemption> {
  checkPeriod(input, 'input.validTo');
  checkExemptionMeasure(input);
  return dataSource.transaction(async (manager) => {
    const atecoCode = await lockEmployer(manager, employerId, 'input.employerId');
    await checkExemptionPercentage(manager, input, atecoCode);
    await checkNoOverlap(manager, 'exemption', employerId, input, 'input.validFrom');
    const [{ id }] = await manager.query(
      `INSERT INTO quota_exemption (employer_id, kind, percentage, high_risk_workers, valid_from, valid_to, reference, recorded_by_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
      [
        employerId,
        input.kind,
        input.percentage ?? null,
        input.highRiskWorkers ?? null,
        input.validFrom,
        input.validTo ?? null,
        input.reference.trim(),
        actorId,
      ],
    );
    return (await findRecords(manager, 'exemption', 'id', [id]))[0];
  });
}

export function recordSuspension(
  dataSource: DataSource,
  employerId: string,
  input: RecordQuotaSuspensionInput,
  actorId: string | null,
): Promise<QuotaSuspension> {
  checkPeriod(input, 'input.validTo');
  return dataSource.transaction(async (manager) => {
    await lockEmployer(manager, employerId, 'input.employerId');
    // One suspension at a time per province; provinces are independent (DPR 333/2000 art. 4).
    await checkNoOverlap(manager, 'suspension', employerId, input, 'input.validFrom', {
      same: { province: input.province },
    });
    const [{ id }] = await manager.query(
      `INSERT INTO quota_suspension (employer_id, reason, province, suspended_fte, valid_from, valid_to, reference, recorded_by_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
      [
        employerId,
        input.reason,
        input.province,
        input.suspendedFte,
        input.validFrom,
        input.validTo ?? null,
        input.reference.trim(),
        actorId,
      ],
    );
    return (await findRecords(manager, 'suspension', 'id', [id]))[0];
  });
}

function checkConvention(input: RecordQuotaConventionInput): void {
  checkPeriod(input, 'input.validTo');
  if (input.kind === 'ART_11') {
    if (input.units != null) throw new UserInputError(msg('quotas.art11ConventionCounts'), 'input.units');
    if (input.cooperativeName != null)
      throw new UserInputError(msg('quotas.art11ConventionCooperative'), 'input.cooperativeName');
    if (input.schedule.length === 0) throw new UserInputError(msg('quotas.art11ConventionNeeds'), 'input.schedule');
    input.schedule.forEach((hiring, i) => {
      if (hiring.dueBy < input.validFrom || (input.validTo && hiring.dueBy > input.validTo)) {
        throw new UserInputError(msg('quotas.eachHiringFallWithin'), `input.schedule.${i}.dueBy`);
      }
    });
    return;
  }
  if (input.units == null) throw new UserInputError(msg('quotas.sayHowManyUnits'), 'input.units');
  if (input.cooperativeName == null)
    throw new UserInputError(msg('quotas.nameSocialCooperative'), 'input.cooperativeName');
  if (input.schedule.length > 0) throw new UserInputError(msg('quotas.onlyArt11Convention'), 'input.schedule');
}

/** A kind with a longest duration (art. 12: 12 months plus 12) needs a last day within it. */
async function checkConventionDuration(
  manager: EntityManager,
  convention: { kind: ConventionKind; validFrom: string; validTo?: string | null },
  field: string,
): Promise<void> {
  const cap = versionAt(await loadRuleVersions(manager), convention.validFrom)?.conventionCaps[convention.kind];
  if (!cap || cap.maxMonths === null) return;
  if (!convention.validTo || convention.validTo >= addMonths(convention.validFrom, cap.maxMonths)) {
    throw new UserInputError(
      msg('quotas.conventionKindLastsMost', {
        maxMonths: cap.maxMonths,
        lastDay: addMonths(convention.validFrom, cap.maxMonths),
      }),
      field,
    );
  }
}

/** The convention and its schedule are written together or not at all. */
export function recordConvention(
  dataSource: DataSource,
  employerId: string,
  input: RecordQuotaConventionInput,
  actorId: string | null,
): Promise<QuotaConvention> {
  checkConvention(input);
  const cooperativeName = input.cooperativeName?.trim() ?? null;
  return dataSource.transaction(async (manager) => {
    await lockEmployer(manager, employerId, 'input.employerId');
    await checkConventionDuration(manager, input, 'input.validTo');
    const same: Record<string, string> = cooperativeName
      ? { kind: input.kind, cooperative_name: cooperativeName }
      : { kind: input.kind };
    await checkNoOverlap(manager, 'convention', employerId, input, 'input.validFrom', { same });
    const [{ id }] = await manager.query(
      `INSERT INTO quota_convention (employer_id, kind, valid_from, valid_to, units, cooperative_name, reference, recorded_by_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
      [
        employerId,
        input.kind,
        input.validFrom,
        input.validTo ?? null,
        input.units ?? null,
        cooperativeName,
        input.reference.trim(),
        actorId,
      ],
    );
    if (input.schedule.length > 0) {
      await manager.query(
        `INSERT INTO quota_convention_hiring (convention_id, due_by, units) SELECT $1, * FROM unnest($2::date[], $3::int[])`,
        [id, input.schedule.map((h) => h.dueBy), input.schedule.map((h) => h.units)],
      );
    }
    return (await findRecords(manager, 'convention', 'id', [id]))[0];
  });
}

/**
 * Ends an arrangement on its last day. Moving the end later must not run into another period; for a convention
 * the same overlap rule as when it was recorded applies.
 */
export function endArrangement<K extends Kind>(
  dataSource: DataSource,
  kind: K,
  id: string,
  lastDay: string,
): Promise<RecordOf<K>> {
  const { table, typeName } = TABLES[kind];
  return dataSource.transaction(async (manager) => {
    const [found] = await manager.query(`SELECT employer_id AS "employerId" FROM ${table} WHERE id = $1`, [id]);
    if (!found) throw new NotFoundError(typeName);
    await lockEmployer(manager, found.employerId, 'id');
    const [record] = await findRecords(manager, kind, 'id', [id]);
    if (lastDay < record.validFrom)
      throw new UserInputError(
        msg('quotas.startsAfterDay', { label: TABLES[kind].label, validFrom: record.validFrom }),
        'lastDay',
      );
    if (kind === 'convention') {
      await checkConventionDuration(
        manager,
        { kind: record.kind as ConventionKind, validFrom: record.validFrom, validTo: lastDay },
        'lastDay',
      );
    }
    const same: Record<string, string> | undefined =
      kind === 'convention'
        ? {
            kind: String(record.kind),
            ...(record.cooperativeName ? { cooperative_name: String(record.cooperativeName) } : {}),
          }
        : kind === 'suspension' && record.province
          ? { province: String(record.province) }
          : undefined;
    await checkNoOverlap(
      manager,
      kind,
      found.employerId,
      { validFrom: record.validFrom, validTo: lastDay },
      'lastDay',
      { exceptId: id, same },
    );
    await manager.query(`UPDATE ${table} SET valid_to = $2 WHERE id = $1`, [id, lastDay]);
    return (await findRecords(manager, kind, 'id', [id]))[0];
  });
}

/** A new hire of an employer of 15–35 while the gradual regime applied (until 31 December 2017): it started the obligation. */
export function recordNewHire(
  dataSource: DataSource,
  input: { employerId: string; hiredOn: string; reference: string },
  actorId: string | null,
): Promise<QuotaNewHire> {
  return dataSource.transaction(async (manager) => {
    await lockEmployer(manager, input.employerId, 'input.employerId');
    if (!versionAt(await loadRuleVersions(manager), input.hiredOn)?.gradualRegime) {
      throw new UserInputError(msg('quotas.newHireStartsObligation'), 'input.hiredOn');
    }
    const [row] = await manager.query(
      `INSERT INTO quota_new_hire (employer_id, hired_on, reference, recorded_by_id) VALUES ($1, $2, $3, $4)
       RETURNING id, hired_on::text AS "hiredOn", reference`,
      [input.employerId, input.hiredOn, input.reference.trim(), actorId],
    );
    return Object.assign(new QuotaNewHire(), row);
  });
}
