import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The Law 68/99 figures as versioned data. Both versions are unconfirmed: the domain reference marks the figures
 * "to be confirmed", so the breakdown says so until someone checks them against the official texts. A correction
 * comes as a new version (or a new migration closing this one), never as a code change.
 */
const LAW =
  'L. 68/1999 art. 3 (units due), art. 4 (computable base, disabled in service), art. 5 (exemption, compensation among sites), art. 15 c.4 (sanction), art. 18 c.2 (protected categories); DPR 333/2000 art. 3 (part-time pro rata, fractions above 0.50); grace period of 60 days and exemption cap of 60% (DM 357/2000) as in the service domain reference, tbc';

const COMMON = {
  disabled_bands: [
    { sizeBand: 'SMALL', from: 15, to: 35, units: 1, percent: null },
    { sizeBand: 'MEDIUM', from: 36, to: 50, units: 2, percent: null },
    { sizeBand: 'LARGE', from: 51, to: null, units: null, percent: 7 },
  ],
  protected_bands: [
    { from: 51, to: 150, units: 1, percent: null },
    { from: 151, to: null, units: null, percent: 1 },
  ],
  excluded_groups: [
    'DISABLED_WORKERS',
    'PROTECTED_CATEGORY_WORKERS',
    'DISABLED_IN_SERVICE_WORKERS',
    'SHORT_FIXED_TERM_WORKERS',
    'MANAGERS',
    'APPRENTICES',
    'TEMP_AGENCY_WORKERS',
    'HOME_WORKERS',
    'COOPERATIVE_PARTNERS',
    'WORKERS_ABROAD',
    'SITE_OR_TRAVELLING_STAFF',
  ],
  rounding_threshold: 0.5,
  rounding_points: ['PART_TIME_BASE', 'DISABLED_PERCENTAGE', 'PROTECTED_PERCENTAGE'],
  disabled_in_service_min_reduction: 60,
  grace_days: 60,
  sanction_multiplier: 5,
  max_exemption_percentage: 60,
  convention_caps: {},
};

const VERSIONS = [
  {
    ...COMMON,
    code: 'L68-2016',
    valid_from: '2016-01-01',
    valid_to: '2021-12-31',
    daily_exemption_contribution: 30.64,
    source: `${LAW}; exemption contribution €30.64 a day from 2016 (D.Lgs 151/2015), tbc`,
  },
  {
    ...COMMON,
    code: 'L68-2022',
    valid_from: '2022-01-01',
    valid_to: null,
    daily_exemption_contribution: 39.21,
    source: `${LAW}; exemption contribution raised to €39.21 a day from 1 January 2022 by decree of the Ministry of Labour (as announced by the Province of Lecco on 28 September 2021), tbc against the decree`,
  },
];

export class LoadQuotaRuleVersions1764200000001 implements MigrationInterface {
  name = 'LoadQuotaRuleVersions1764200000001';

  public async up(q: QueryRunner): Promise<void> {
    for (const v of VERSIONS) {
      await q.query(
        `INSERT INTO quota_rule_version (code, valid_from, valid_to, source, confirmed, disabled_bands, protected_bands,
           excluded_groups, rounding_threshold, rounding_points, disabled_in_service_min_reduction, grace_days,
           daily_exemption_contribution, sanction_multiplier, max_exemption_percentage, convention_caps)
         VALUES ($1, $2, $3, $4, false, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)`,
        [
          v.code,
          v.valid_from,
          v.valid_to,
          v.source,
          JSON.stringify(v.disabled_bands),
          JSON.stringify(v.protected_bands),
          v.excluded_groups,
          v.rounding_threshold,
          v.rounding_points,
          v.disabled_in_service_min_reduction,
          v.grace_days,
          v.daily_exemption_contribution,
          v.sanction_multiplier,
          v.max_exemption_percentage,
          JSON.stringify(v.convention_caps),
        ],
      );
    }
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(
      `DELETE FROM quota_rule_version WHERE code IN (${VERSIONS.map((_, i) => `$${i + 1}`).join(', ')})`,
      VERSIONS.map((v) => v.code),
    );
  }
}
