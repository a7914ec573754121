import { MigrationInterface, QueryRunner } from 'typeorm';
import { LAW_REFERENCES, RULE_FIGURES, RULE_VERSIONS_V2, RuleVersionRow } from './data/quota-rule-versions-v2';

/**
 * The rule versions after the review against the law: history from 2008 (the €30.64 contribution dates from
 * D.M. 21 dicembre 2007, the five-fold sanction from 8 October 2016), a fixed daily sanction before then, the late
 * prospetto sanction, and a source with a confirmed flag for each figure. Whether a version is confirmed follows
 * from its figures, so the version's own flag goes.
 */
const list = (values: readonly string[]) => values.map((v) => `'${v}'`).join(', ');
const NEW_CODES = RULE_VERSIONS_V2.map((v) => v.code);

async function insertVersion(q: QueryRunner, v: RuleVersionRow, template: string): Promise<void> {
  const [{ id }] = await q.query(
    `INSERT INTO quota_rule_version (code, valid_from, valid_to, source, disabled_bands, protected_bands, excluded_groups,
       rounding_threshold, rounding_points, disabled_in_service_min_reduction, grace_days, daily_exemption_contribution,
       sanction_multiplier, fixed_daily_sanction, max_exemption_percentage, convention_caps, prospetto_late_sanction,
       prospetto_late_sanction_per_day)
     SELECT $1, $2, $3, $10, disabled_bands, protected_bands, excluded_groups, rounding_threshold, rounding_points,
       disabled_in_service_min_reduction, grace_days, $4, $5, $6, max_exemption_percentage, convention_caps, $7, $8
     FROM quota_rule_version WHERE code = $9 RETURNING id`,
    [
      v.code,
      v.valid_from,
      v.valid_to,
      v.daily_exemption_contribution,
      v.sanction_multiplier,
      v.fixed_daily_sanction,
      v.prospetto_late_sanction,
      v.prospetto_late_sanction_per_day,
      template,
      LAW_REFERENCES,
    ],
  );
  await insertSources(q, id, v);
}

async function insertSources(q: QueryRunner, versionId: string, v: RuleVersionRow): Promise<void> {
  await q.query(
    `INSERT INTO quota_rule_source (rule_version_id, figure, citation, url, confirmed)
     SELECT $1, * FROM unnest($2::text[], $3::text[], $4::text[], $5::boolean[])`,
    [
      versionId,
      v.sources.map((s) => s.figure),
      v.sources.map((s) => s.citation),
      v.sources.map((s) => s.url),
      v.sources.map((s) => s.confirmed),
    ],
  );
}

export class ReviseQuotaRuleVersions1764730000000 implements MigrationInterface {
  name = 'ReviseQuotaRuleVersions1764730000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE quota_rule_source (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      rule_version_id uuid NOT NULL CONSTRAINT quota_rule_source_version_fk REFERENCES quota_rule_version(id) ON DELETE CASCADE,
      figure text NOT NULL CHECK (figure IN (${list(RULE_FIGURES)})),
      citation text NOT NULL,
      url text,
      confirmed boolean NOT NULL,
      CONSTRAINT quota_rule_source_confirmed_has_url CHECK (NOT confirmed OR url IS NOT NULL),
      CONSTRAINT quota_rule_source_one_per_figure UNIQUE (rule_version_id, figure)
    )`);
    await q.query(`CREATE TRIGGER quota_rule_source_audit AFTER INSERT OR UPDATE OR DELETE ON quota_rule_source
      FOR EACH ROW EXECUTE FUNCTION audit_row_change('none', 'id')`);

    await q.query(`ALTER TABLE quota_rule_version
      ALTER COLUMN sanction_multiplier DROP NOT NULL,
      ADD COLUMN fixed_daily_sanction numeric(10, 2) CHECK (fixed_daily_sanction > 0),
      ADD CONSTRAINT quota_rule_version_one_sanction CHECK ((sanction_multiplier IS NULL) <> (fixed_daily_sanction IS NULL)),
      ADD COLUMN prospetto_late_sanction numeric(10, 2) CHECK (prospetto_late_sanction > 0),
      ADD COLUMN prospetto_late_sanction_per_day numeric(10, 2) CHECK (prospetto_late_sanction_per_day >= 0),
      DROP COLUMN confirmed`);

    // The 2022 version keeps its row (and its ID); the 2016 one made way for three versions with the right dates.
    const current = RULE_VERSIONS_V2.find((v) => v.valid_to === null)!;
    await q.query(
      `UPDATE quota_rule_version SET prospetto_late_sanction = $2, prospetto_late_sanction_per_day = $3, source = $4 WHERE code = $1`,
      [current.code, current.prospetto_late_sanction, current.prospetto_late_sanction_per_day, LAW_REFERENCES],
    );
    const [{ id: currentId }] = await q.query(`SELECT id FROM quota_rule_version WHERE code = $1`, [current.code]);
    await insertSources(q, currentId, current);
    await q.query(`DELETE FROM quota_rule_version WHERE code = 'L68-2016'`);
    for (const v of RULE_VERSIONS_V2.filter((r) => r !== current)) await insertVersion(q, v, current.code);

    await q.query(`ALTER TABLE quota_rule_version
      ALTER COLUMN prospetto_late_sanction SET NOT NULL,
      ALTER COLUMN prospetto_late_sanction_per_day SET NOT NULL`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM quota_rule_version WHERE code = ANY($1) AND valid_to IS NOT NULL`, [NEW_CODES]);
    await q.query(`ALTER TABLE quota_rule_version ADD COLUMN confirmed boolean NOT NULL DEFAULT false`);
    await q.query(
      `INSERT INTO quota_rule_version (code, valid_from, valid_to, source, disabled_bands, protected_bands, excluded_groups,
         rounding_threshold, rounding_points, disabled_in_service_min_reduction, grace_days, daily_exemption_contribution,
         sanction_multiplier, max_exemption_percentage, convention_caps)
       SELECT 'L68-2016', '2016-01-01', '2021-12-31', source, disabled_bands, protected_bands, excluded_groups, rounding_threshold,
         rounding_points, disabled_in_service_min_reduction, grace_days, 30.64, 5, max_exemption_percentage, convention_caps
       FROM quota_rule_version WHERE code = 'L68-2022'`,
    );
    await q.query(`DROP TABLE quota_rule_source`);
    await q.query(`ALTER TABLE quota_rule_version
      DROP CONSTRAINT quota_rule_version_one_sanction,
      DROP COLUMN fixed_daily_sanction,
      DROP COLUMN prospetto_late_sanction,
      DROP COLUMN prospetto_late_sanction_per_day,
      ALTER COLUMN sanction_multiplier SET NOT NULL`);
  }
}
