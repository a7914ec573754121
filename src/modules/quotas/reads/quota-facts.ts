import { EntityManager } from 'typeorm';
import { Convention, Exemption, Suspension } from '../rules/quota-arrangements';
import { QuotaFacts } from '../rules/quota-computation';
import { PontePlacement } from '../rules/quota-evaluation';
import { Art3c3Organisation, HeadcountCounts, QuotaRuleVersion } from '../rules/quota-rules';
import { SiteHeadcount } from '../rules/quota-sites';

/*
 * Reads what the quota arithmetic needs for any number of employers in a fixed number of queries. Dates are read
 * as text and fractions as integer hundredths, the forms the pure rules work in.
 */

export async function loadRuleVersions(manager: EntityManager): Promise<QuotaRuleVersion[]> {
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

const COUNTS = `s.id AS "snapshotId", s.employer_id AS "employerId", s.reference_date::text AS "referenceDate",
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

export async function loadQuotaFacts(
  manager: EntityManager,
  employerIds: readonly string[],
  asOf: string,
): Promise<{ facts: Map<string, QuotaFacts>; groups: Map<string, GroupMembership> }> {
  const ids = [...new Set(employerIds)];
  const [snapshots, sites, exemptions, suspensions, conventions, placements] = await Promise.all([
    manager.query(
      `SELECT ${COUNTS}, e.ateco_code AS "atecoCode", p.art3c3_organisation AS "art3c3Organisation",
        g.group_name AS "groupName", g.since::text AS "groupSince",
        ARRAY(SELECT h.hired_on::text FROM quota_new_hire h WHERE h.employer_id = s.employer_id AND h.hired_on <= $2 ORDER BY h.hired_on) AS "newHires"
      FROM headcount_snapshot s JOIN employer e ON e.id = s.employer_id LEFT JOIN quota_employer_profile p ON p.employer_id = s.employer_id
      LEFT JOIN quota_group_member g ON g.employer_id = s.employer_id
      WHERE s.employer_id = ANY($1::uuid[]) AND s.reference_date <= $2 ORDER BY s.reference_date`,
      [ids, asOf],
    ),
    manager.query(
      `SELECT s.employer_id AS "employerId", h.snapshot_id AS "snapshotId", h.site_id AS "siteId", site.name AS "siteName",
        round(h.computable_employees * 100)::int AS "computableHundredths", h.covering_workers AS "coveringWorkers",
        h.protected_covering_workers AS "protectedCoveringWorkers"
      FROM headcount_snapshot s
      JOIN quota_site_headcount h ON h.snapshot_id = s.id
      JOIN employer_site site ON site.id = h.site_id
      WHERE s.employer_id = ANY($1::uuid[]) AND s.reference_date <= $2
      ORDER BY site.name, site.id`,
      [ids, asOf],
    ),
    manager.query(
      `SELECT id, employer_id AS "employerId", kind, round(percentage * 100)::int AS "percentageHundredths",
        high_risk_workers AS "highRiskWorkers",
        valid_from::text AS "validFrom", valid_to::text AS "validTo", reference
      FROM quota_exemption WHERE employer_id = ANY($1::uuid[]) AND valid_from <= $2 ORDER BY valid_from`,
      [ids, asOf],
    ),
    manager.query(
      `SELECT id, employer_id AS "employerId", reason, province, round(suspended_fte * 100)::int AS "suspendedFteHundredths",
        valid_from::text AS "validFrom", valid_to::text AS "validTo", reference
      FROM quota_suspension WHERE employer_id = ANY($1::uuid[]) AND valid_from <= $2 ORDER BY valid_from`,
      [ids, asOf],
    ),
    manager.query(
      `SELECT c.id, c.employer_id AS "employerId", c.kind, c.units, c.cooperative_name AS "cooperativeName",
        c.valid_from::text AS "validFrom", c.valid_to::text AS "validTo", c.reference,
        COALESCE((SELECT json_agg(json_build_object('dueBy', h.due_by::text, 'units', h.units) ORDER BY h.due_by)
                  FROM quota_convention_hiring h WHERE h.convention_id = c.id), '[]') AS schedule
      FROM quota_convention c WHERE c.employer_id = ANY($1::uuid[]) AND c.valid_from <= $2 ORDER BY c.valid_from`,
      [ids, asOf],
    ),
    manager.query(
      `SELECT p.employer_id AS "employerId", p.starts_on::text AS "startsOn",
        COALESCE(p.ended_on, p.planned_end_on)::text AS "lastDay",
        CASE b.law68_category WHEN 'DISABLED_ART1' THEN 'DISABLED' ELSE 'PROTECTED' END AS category
      FROM placement p JOIN beneficiary b ON b.id = p.beneficiary_id
      WHERE p.employer_id = ANY($1::uuid[]) AND p.counts_toward_quota AND p.started_at IS NOT NULL
        AND b.law68_category IS NOT NULL AND p.starts_on <= $2`,
      [ids, asOf],
    ),
  ]);

  const facts = new Map<string, QuotaFacts>(
    ids.map((id) => [
      id,
      {
        atecoCode: '',
        art3c3Organisation: null,
        snapshots: [],
        sites: [],
        exemptions: [],
        suspensions: [],
        conventions: [],
        placements: [],
        newHires: [],
      },
    ]),
  );
  type Listed = 'sites' | 'exemptions' | 'suspensions' | 'conventions' | 'placements';
  const add = <K extends Listed>(key: K, rows: Array<QuotaFacts[K][number] & { employerId: string }>) => {
    for (const row of rows) (facts.get(row.employerId)![key] as unknown[]).push(row);
  };
  // The employer's ATECO code, art. 3 c.3 standing and new hires come with its headcounts: without one there is no quota.
  type SnapshotRow = HeadcountCounts & {
    employerId: string;
    atecoCode: string;
    art3c3Organisation: Art3c3Organisation | null;
    newHires: string[];
    groupName: string | null;
    groupSince: string | null;
  };
  const groups = new Map<string, GroupMembership>();
  for (const {
    employerId,
    atecoCode,
    art3c3Organisation,
    newHires,
    groupName,
    groupSince,
    ...counts
  } of snapshots as SnapshotRow[]) {
    if (groupName) groups.set(employerId, { group: groupName, since: groupSince! });
    const employerFacts = facts.get(employerId)!;
    employerFacts.atecoCode = atecoCode;
    employerFacts.art3c3Organisation = art3c3Organisation;
    employerFacts.newHires = newHires;
    (employerFacts.snapshots as HeadcountCounts[]).push(counts);
  }
  add('sites', sites as Array<SiteHeadcount & { employerId: string }>);
  add('exemptions', exemptions as Array<Exemption & { employerId: string }>);
  add('suspensions', suspensions as Array<Suspension & { employerId: string }>);
  add('conventions', conventions as Array<Convention & { employerId: string }>);
  add('placements', placements as Array<PontePlacement & { employerId: string }>);
  return { facts, groups };
}
