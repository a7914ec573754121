import { DataSource, EntityManager } from 'typeorm';
import { equalsOneOf, sqlParams } from '../../../db/built-sql';
import { noQuotaFacts, QuotaFacts } from '../rules/quota-computation';
import { QuotaRuleVersion } from '../rules/quota-rules';

/*
 * Reads what the quota arithmetic needs for any number of employers in a fixed number of queries. Dates are read
 * as text and fractions as integer hundredths, the forms the pure rules work in.
 */

/**
 * How long a process trusts the rule versions it has read. They are versioned data that only a migration changes
 * (a deploy runs it, and restarts the processes), while every quota read them: one statement of an employer's page
 * of about eight. The bound keeps a process that was not restarted at most this late.
 */
export const RULE_VERSIONS_TRUSTED_MS = 60_000;

const readVersions = new WeakMap<DataSource, { readAt: number; versions: Promise<readonly QuotaRuleVersion[]> }>();

/** The quota rule versions, oldest first, read at most once a `RULE_VERSIONS_TRUSTED_MS` by each data source. */
export function loadRuleVersions(manager: EntityManager, now = Date.now()): Promise<readonly QuotaRuleVersion[]> {
  const dataSource = manager.connection;
  const held = readVersions.get(dataSource);
  if (held && now - held.readAt < RULE_VERSIONS_TRUSTED_MS) return held.versions;
  // Shared by every reader until the next read: frozen, so that none can change what the others see.
  const versions = readRuleVersions(manager).then((read) => deepFreeze(read));
  readVersions.set(dataSource, { readAt: now, versions });
  versions.catch(() => {
    if (readVersions.get(dataSource)?.versions === versions) readVersions.delete(dataSource);
  });
  return versions;
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

async function readRuleVersions(manager: EntityManager): Promise<QuotaRuleVersion[]> {
  const rows: Array<Omit<QuotaRuleVersion, 'confirmed'>> = await manager.query(`
    SELECT v.id, v.code, v.valid_from::text AS "validFrom", v.valid_to::text AS "validTo", v.source,
           COALESCE((SELECT json_agg(json_build_object('figure', s.figure, 'citation', s.citation, 'url', s.url, 'confirmed', s.confirmed)
                                     ORDER BY s.figure)
                     FROM quota_rule_source s WHERE s.rule_version_id = v.id), '[]') AS sources,
           v.disabled_bands AS "disabledBands", v.protected_bands AS "protectedBands", v.exclusions,
           round(v.rounding_threshold * 100)::int AS "roundingThresholdHundredths", v.rounding_points AS "roundingPoints",
           v.disabled_in_service_min_reduction AS "disabledInServiceMinReduction", v.grace_days AS "graceDays",
           round(v.daily_exemption_contribution * 100)::int AS "dailyContributionCents",
           v.sanction_multiplier::float8 AS "sanctionMultiplier", round(v.fixed_daily_sanction * 100)::int AS "fixedDailySanctionCents",
           round(v.prospetto_late_sanction * 100)::int AS "prospettoLateCents",
           round(v.prospetto_late_sanction_per_day * 100)::int AS "prospettoLatePerDayCents",
           v.max_exemption_percentage::float8 AS "maxExemptionPercentage", v.exemption_caps AS "exemptionCaps",
           v.part_time_cover AS "partTimeCover", v.gradual_regime AS "gradualRegime",
           v.convention_caps AS "conventionCaps"
    FROM quota_rule_version v ORDER BY v.valid_from`);
  // A version is confirmed when all its figures are: one unconfirmed figure is enough to warn.
  return rows.map((row) => ({ ...row, confirmed: row.sources.length > 0 && row.sources.every((s) => s.confirmed) }));
}

const COUNTS = `s.id AS "snapshotId", s.reference_date::text AS "referenceDate",
  s.total_employees AS "totalEmployees", s.part_time_employees AS "partTimeEmployees",
  round(s.part_time_fte * 100)::int AS "partTimeFteHundredths", s.disabled_workers AS "disabledWorkers",
  s.protected_category_workers AS "protectedCategoryWorkers", s.disabled_in_service_workers AS "disabledInServiceWorkers",
  s.short_fixed_term_workers AS "shortFixedTermWorkers", s.managers, s.apprentices, s.temp_agency_workers AS "tempAgencyWorkers",
  s.home_workers AS "homeWorkers", s.cooperative_partners AS "cooperativePartners", s.workers_abroad AS "workersAbroad",
  s.site_or_travelling_staff AS "siteOrTravellingStaff",
  COALESCE((SELECT jsonb_object_agg(x.group_code, x.workers) FROM headcount_exclusion x WHERE x.snapshot_id = s.id), '{}') AS "otherGroups",
  COALESCE((SELECT jsonb_agg(jsonb_build_object('hoursPercent', p.hours_percent, 'capacityReduction', p.capacity_reduction) ORDER BY p.id)
            FROM quota_part_time_cover p WHERE p.snapshot_id = s.id), '[]') AS "partTimeCover"`;

/**
 * Each employer's headcounts up to asOf with their per-site breakdowns, its arrangements, and the hirings through
 * Ponte that count toward a quota (read from the placements module's table). Everything on or before asOf is read,
 * so the same facts serve any earlier date too.
 */
/** The corporate group an employer belongs to, from when (for compensation within the group). */
export interface GroupMembership {
  group: string;
  since: string;
}

/** A list of rows as one JSON array (empty when there are none), in the given order. */
function listed(select: string, order: string): string {
  return `COALESCE((SELECT json_agg(x ORDER BY ${order}) FROM (${select}) x), '[]')`;
}

/**
 * One row per employer, each kind of fact a JSON array of its rows: one statement whatever the number of employers,
 * where one per kind cost the quota of a single employer's page six round trips. Every value is already in the
 * form the rules take (integers, hundredths, dates as text), which JSON carries unchanged.
 */
const quotaFactsSql = (employers: string, asOf: string) => `
  SELECT e.id AS "employerId", e.ateco_code AS "atecoCode", p.art3c3_organisation AS "art3c3Organisation",
    g.group_name AS "groupName", g.since::text AS "groupSince",
    ARRAY(SELECT h.hired_on::text FROM quota_new_hire h WHERE h.employer_id = e.id AND h.hired_on <= ${asOf} ORDER BY h.hired_on) AS "newHires",
    ${listed(
      `SELECT ${COUNTS} FROM headcount_snapshot s WHERE s.employer_id = e.id AND s.reference_date <= ${asOf}`,
      'x."referenceDate"',
    )} AS snapshots,
    ${listed(
      `SELECT h.snapshot_id AS "snapshotId", h.site_id AS "siteId", site.name AS "siteName",
        round(h.computable_employees * 100)::int AS "computableHundredths", h.covering_workers AS "coveringWorkers",
        h.protected_covering_workers AS "protectedCoveringWorkers"
      FROM headcount_snapshot s
      JOIN quota_site_headcount h ON h.snapshot_id = s.id
      JOIN employer_site site ON site.id = h.site_id
      WHERE s.employer_id = e.id AND s.reference_date <= ${asOf}`,
      'x."siteName", x."siteId"',
    )} AS sites,
    ${listed(
      `SELECT x.id, x.kind, round(x.percentage * 100)::int AS "percentageHundredths", x.high_risk_workers AS "highRiskWorkers",
        x.valid_from::text AS "validFrom", x.valid_to::text AS "validTo", x.reference
      FROM quota_exemption x WHERE x.employer_id = e.id AND x.valid_from <= ${asOf}`,
      'x."validFrom"',
    )} AS exemptions,
    ${listed(
      `SELECT x.id, x.reason, x.province, round(x.suspended_fte * 100)::int AS "suspendedFteHundredths",
        x.valid_from::text AS "validFrom", x.valid_to::text AS "validTo", x.reference
      FROM quota_suspension x WHERE x.employer_id = e.id AND x.valid_from <= ${asOf}`,
      'x."validFrom"',
    )} AS suspensions,
    ${listed(
      `SELECT c.id, c.kind, c.units, c.cooperative_name AS "cooperativeName",
        c.valid_from::text AS "validFrom", c.valid_to::text AS "validTo", c.reference,
        COALESCE((SELECT json_agg(json_build_object('dueBy', h.due_by::text, 'units', h.units) ORDER BY h.due_by)
                  FROM quota_convention_hiring h WHERE h.convention_id = c.id), '[]') AS schedule
      FROM quota_convention c WHERE c.employer_id = e.id AND c.valid_from <= ${asOf}`,
      'x."validFrom"',
    )} AS conventions,
    ${listed(
      `SELECT pl.starts_on::text AS "startsOn", COALESCE(pl.ended_on, pl.planned_end_on)::text AS "lastDay",
        CASE b.law68_category WHEN 'DISABLED_ART1' THEN 'DISABLED' ELSE 'PROTECTED' END AS category
      FROM placement pl JOIN beneficiary b ON b.id = pl.beneficiary_id
      WHERE pl.employer_id = e.id AND pl.counts_toward_quota AND pl.started_at IS NOT NULL
        AND b.law68_category IS NOT NULL AND pl.starts_on <= ${asOf}`,
      'x."startsOn", x."lastDay"',
    )} AS placements
  FROM employer e
  LEFT JOIN quota_employer_profile p ON p.employer_id = e.id
  LEFT JOIN quota_group_member g ON g.employer_id = e.id
  WHERE ${employers}`;

type FactsRow = QuotaFacts & { employerId: string; groupName: string | null; groupSince: string | null };

export async function loadQuotaFacts(
  manager: EntityManager,
  employerIds: readonly string[],
  asOf: string,
): Promise<{ facts: Map<string, QuotaFacts>; groups: Map<string, GroupMembership> }> {
  const ids = [...new Set(employerIds)];
  const { params, param } = sqlParams();
  const rows: FactsRow[] = await manager.query(
    quotaFactsSql(equalsOneOf('e.id', ids, param, 'uuid'), param(asOf)),
    params,
  );
  const facts = new Map<string, QuotaFacts>(ids.map((id) => [id, noQuotaFacts()]));
  const groups = new Map<string, GroupMembership>();
  for (const { employerId, groupName, groupSince, ...employerFacts } of rows) {
    if (groupName) groups.set(employerId, { group: groupName, since: groupSince! });
    facts.set(employerId, employerFacts);
  }
  return { facts, groups };
}
