import { DataSource, EntityManager } from 'typeorm';
import { NotFoundError, UserInputError } from '../../graphql/errors';
import { todayInItaly } from '../../config/calendar';
import {
  HeadcountExclusionInput,
  LogConsultancyContactInput,
  PartTimeCoveringWorkerInput,
  SiteHeadcountInput,
} from './api/quota.inputs';
import { loadRuleVersions } from './reads/quota-facts';
import { findRecords } from './reads/quota-records';
import {
  ConsultancyContact,
  HeadcountExclusion,
  PartTimeCoveringWorker,
  QuotaGroupMembership,
  QuotaSiteHeadcount,
} from './api/quota-records.types';
import { Art3c3Organisation, HEADCOUNT_GROUPS } from './rules/quota-rules';
import { msg } from '../../i18n/message';
import { keyCondition } from '../../db/built-sql';

/** Records a liaison's contact with a company; the operator is the one named or, failing that, the one acting. */
export async function logConsultancyContact(
  dataSource: DataSource,
  input: LogConsultancyContactInput & { employerId: string; operatorId: string | null },
): Promise<ConsultancyContact> {
  if (input.contactedOn > todayInItaly())
    throw new UserInputError(msg('quotas.contactDateFuture'), 'input.contactedOn');
  if (!input.operatorId) {
    throw new UserInputError(msg('quotas.sayWhichOperatorMade'), 'input.operatorId');
  }
  if (input.nextStepDue && !input.nextStep) throw new UserInputError(msg('quotas.dueDateNeedsNext'), 'input.nextStep');
  if (input.nextStepDue && input.nextStepDue < input.contactedOn) {
    throw new UserInputError(msg('quotas.nextStepDueBefore'), 'input.nextStepDue');
  }
  // A transaction, even for one row: the audit trail learns who wrote it at the start of each transaction.
  return dataSource.transaction(async (manager) => {
    const [found] = await manager.query(
      `SELECT EXISTS (SELECT 1 FROM employer WHERE id = $1) AS employer, EXISTS (SELECT 1 FROM operator WHERE id = $2) AS operator`,
      [input.employerId, input.operatorId],
    );
    if (!found.employer) throw new NotFoundError('Employer', 'input.employerId');
    if (!found.operator) throw new UserInputError(msg('quotas.operatorId'), 'input.operatorId');
    const [{ id }] = await manager.query(
      `INSERT INTO consultancy_contact (employer_id, contacted_on, operator_id, topic, outcome, next_step, next_step_due)
       VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
      [
        input.employerId,
        input.contactedOn,
        input.operatorId,
        input.topic,
        input.outcome.trim(),
        input.nextStep?.trim() ?? null,
        input.nextStepDue ?? null,
      ],
    );
    return (await findRecords(manager, 'contact', 'id', [id]))[0];
  });
}

interface SnapshotTotals {
  employerId: string;
  totalEmployees: number;
  coveringWorkers: number;
  protectedWorkers: number;
}

async function lockSnapshot(manager: EntityManager, snapshotId: string): Promise<SnapshotTotals> {
  const [snapshot] = await manager.query(
    `SELECT employer_id AS "employerId", total_employees AS "totalEmployees",
            disabled_workers + disabled_in_service_workers AS "coveringWorkers", protected_category_workers AS "protectedWorkers"
     FROM headcount_snapshot WHERE id = $1 FOR UPDATE`,
    [snapshotId],
  );
  if (!snapshot) throw new NotFoundError('HeadcountSnapshot', 'input.snapshotId');
  return snapshot;
}

/**
 * Replaces the per-site breakdown of a headcount, all rows or none. The sites must be the employer's and the
 * breakdown must fit inside the national figures it divides.
 */
export function recordSiteHeadcounts(
  dataSource: DataSource,
  snapshotId: string,
  sites: Array<SiteHeadcountInput & { siteId: string }>,
): Promise<QuotaSiteHeadcount[]> {
  const seen = new Set<string>();
  sites.forEach((site, i) => {
    if (seen.has(site.siteId)) throw new UserInputError(msg('quotas.eachSiteMayAppear'), `input.sites.${i}.siteId`);
    seen.add(site.siteId);
  });
  return dataSource.transaction(async (manager) => {
    const snapshot = await lockSnapshot(manager, snapshotId);
    const owned: Array<{ id: string }> = await manager.query(
      `SELECT id FROM employer_site WHERE employer_id = $1 AND id = ANY($2::uuid[])`,
      [snapshot.employerId, [...seen]],
    );
    const ownedIds = new Set(owned.map((s) => s.id));
    sites.forEach((site, i) => {
      if (!ownedIds.has(site.siteId))
        throw new UserInputError(msg('quotas.siteEmployerCounted'), `input.sites.${i}.siteId`);
    });
    const covering = sites.reduce((sum, s) => sum + s.coveringWorkers, 0);
    if (covering > snapshot.coveringWorkers) {
      throw new UserInputError(
        msg('quotas.sitesListCoveringWorkers', { covering, coveringWorkers: snapshot.coveringWorkers }),
        'input.sites',
      );
    }
    const protectedCovering = sites.reduce((sum, s) => sum + s.protectedCoveringWorkers, 0);
    if (protectedCovering > snapshot.protectedWorkers) {
      throw new UserInputError(
        msg('quotas.sitesListProtectedCategory', { protectedCovering, protectedWorkers: snapshot.protectedWorkers }),
        'input.sites',
      );
    }
    const computable = sites.reduce((sum, s) => sum + s.computableEmployees, 0);
    if (computable > snapshot.totalEmployees) {
      throw new UserInputError(
        msg('quotas.sitesListComputableEmployees', { computable, totalEmployees: snapshot.totalEmployees }),
        'input.sites',
      );
    }
    await manager.query(`DELETE FROM quota_site_headcount WHERE snapshot_id = $1`, [snapshotId]);
    await manager.query(
      `INSERT INTO quota_site_headcount (snapshot_id, site_id, computable_employees, covering_workers, protected_covering_workers)
       SELECT $1, * FROM unnest($2::uuid[], $3::numeric[], $4::int[], $5::int[])`,
      [
        snapshotId,
        sites.map((s) => s.siteId),
        sites.map((s) => s.computableEmployees),
        sites.map((s) => s.coveringWorkers),
        sites.map((s) => s.protectedCoveringWorkers),
      ],
    );
    return findRecords(manager, 'siteHeadcount', 'snapshot_id', [snapshotId]);
  });
}

/**
 * Replaces the workers of a headcount in the groups it has no column for, all rows or none. A group must be one some
 * rule version excludes (so a new version can add one with no code change); the headcount's own columns are recorded
 * with it, not here.
 */
export function recordHeadcountExclusions(
  dataSource: DataSource,
  snapshotId: string,
  groups: HeadcountExclusionInput[],
): Promise<HeadcountExclusion[]> {
  return dataSource.transaction(async (manager) => {
    const snapshot = await lockSnapshot(manager, snapshotId);
    const known = new Set((await loadRuleVersions(manager)).flatMap((v) => v.exclusions.map((e) => e.group)));
    const seen = new Set<string>();
    groups.forEach(({ group }, i) => {
      const field = `input.groups.${i}.group`;
      if (group in HEADCOUNT_GROUPS)
        throw new UserInputError(msg('quotas.columnHeadcountRecordThere', { group }), field);
      if (!known.has(group))
        throw new UserInputError(
          msg('quotas.ruleVersionExcludesGroup', {
            group,
            known: [...known].filter((g) => !(g in HEADCOUNT_GROUPS)).join(', '),
          }),
          field,
        );
      if (seen.has(group)) throw new UserInputError(msg('quotas.eachGroupMayAppear'), field);
      seen.add(group);
    });
    const workers = groups.reduce((sum, g) => sum + g.workers, 0);
    if (workers > snapshot.totalEmployees) {
      throw new UserInputError(
        msg('quotas.groupsListWorkersMore', { workers, totalEmployees: snapshot.totalEmployees }),
        'input.groups',
      );
    }
    await manager.query(`DELETE FROM headcount_exclusion WHERE snapshot_id = $1`, [snapshotId]);
    const recorded = groups.filter((g) => g.workers > 0);
    await manager.query(
      `INSERT INTO headcount_exclusion (snapshot_id, group_code, workers) SELECT $1, * FROM unnest($2::text[], $3::int[])`,
      [snapshotId, recorded.map((g) => g.group), recorded.map((g) => g.workers)],
    );
    return findRecords(manager, 'headcountExclusion', 'snapshot_id', [snapshotId]);
  });
}

/**
 * Replaces the part-time workers among a headcount's covering workers (disabled workers and those disabled in
 * service), all rows or none: they count by their hours instead of as whole units.
 */
export function recordPartTimeCoveringWorkers(
  dataSource: DataSource,
  snapshotId: string,
  workers: PartTimeCoveringWorkerInput[],
): Promise<PartTimeCoveringWorker[]> {
  return dataSource.transaction(async (manager) => {
    const snapshot = await lockSnapshot(manager, snapshotId);
    if (workers.length > snapshot.coveringWorkers) {
      throw new UserInputError(
        msg('quotas.headcountCoveringWorkersFewer', {
          coveringWorkers: snapshot.coveringWorkers,
          length: workers.length,
        }),
        'input.workers',
      );
    }
    await manager.query(`DELETE FROM quota_part_time_cover WHERE snapshot_id = $1`, [snapshotId]);
    await manager.query(
      `INSERT INTO quota_part_time_cover (snapshot_id, hours_percent, capacity_reduction) SELECT $1, * FROM unnest($2::numeric[], $3::smallint[])`,
      [snapshotId, workers.map((w) => w.hoursPercent), workers.map((w) => w.capacityReduction)],
    );
    return findRecords(manager, 'partTimeCover', 'snapshot_id', [snapshotId]);
  });
}

/** Records whether an employer is a party, union or non-profit organisation of art. 3 c.3 (null: none of them). */
export function setArt3c3Organisation(
  dataSource: DataSource,
  employerId: string,
  organisation: Art3c3Organisation | null,
): Promise<Art3c3Organisation | null> {
  return dataSource.transaction(async (manager) => {
    const [found] = await manager.query(`SELECT id FROM employer WHERE id = $1 FOR UPDATE`, [employerId]);
    if (!found) throw new NotFoundError('Employer', 'input.employerId');
    await manager.query(
      `INSERT INTO quota_employer_profile (employer_id, art3c3_organisation) VALUES ($1, $2)
       ON CONFLICT (employer_id) DO UPDATE SET art3c3_organisation = EXCLUDED.art3c3_organisation, updated_at = now()`,
      [employerId, organisation],
    );
    return organisation;
  });
}

/** Each employer's art. 3 c.3 standing, null when not recorded or none. */
export async function art3c3Organisations(
  manager: EntityManager,
  employerIds: readonly string[],
): Promise<Array<Art3c3Organisation | null>> {
  const where = keyCondition('employer_id', employerIds, 'uuid');
  const rows: Array<{ employerId: string; organisation: Art3c3Organisation | null }> = await manager.query(
    `SELECT employer_id AS "employerId", art3c3_organisation AS organisation FROM quota_employer_profile WHERE ${where.text}`,
    where.params,
  );
  const byId = new Map(rows.map((r) => [r.employerId, r.organisation]));
  return employerIds.map((id) => byId.get(id) ?? null);
}

/** Records the corporate group an employer belongs to and since when, or removes it (groupName null). */
export function setQuotaGroup(
  dataSource: DataSource,
  employerId: string,
  groupName: string | null,
  since: string | null,
): Promise<QuotaGroupMembership | null> {
  if (groupName && !since) throw new UserInputError(msg('quotas.sayWhenEmployerGroup'), 'input.since');
  const membership = groupName ? { groupName, since: since! } : null;
  return dataSource.transaction(async (manager) => {
    const [found] = await manager.query(`SELECT id FROM employer WHERE id = $1 FOR UPDATE`, [employerId]);
    if (!found) throw new NotFoundError('Employer', 'input.employerId');
    if (!membership) {
      await manager.query(`DELETE FROM quota_group_member WHERE employer_id = $1`, [employerId]);
      return null;
    }
    await manager.query(
      `INSERT INTO quota_group_member (employer_id, group_name, since) VALUES ($1, $2, $3)
       ON CONFLICT (employer_id) DO UPDATE SET group_name = EXCLUDED.group_name, since = EXCLUDED.since`,
      [employerId, membership.groupName.trim(), membership.since],
    );
    return Object.assign(new QuotaGroupMembership(), {
      groupName: membership.groupName.trim(),
      since: membership.since,
    });
  });
}

/** Each employer's corporate group, null when none is recorded. */
export async function quotaGroups(
  manager: EntityManager,
  employerIds: readonly string[],
): Promise<Array<QuotaGroupMembership | null>> {
  const where = keyCondition('employer_id', employerIds, 'uuid');
  const rows: Array<{ employerId: string; groupName: string; since: string }> = await manager.query(
    `SELECT employer_id AS "employerId", group_name AS "groupName", since::text AS since FROM quota_group_member WHERE ${where.text}`,
    where.params,
  );
  const byId = new Map(
    rows.map(({ employerId, ...rest }) => [employerId, Object.assign(new QuotaGroupMembership(), rest)]),
  );
  return employerIds.map((id) => byId.get(id) ?? null);
}
