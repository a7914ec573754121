import { MigrationInterface, QueryRunner } from 'typeorm';
import { EXCLUSIONS_CITATION, RECENT_EXCLUSIONS, STANDING_EXCLUSIONS } from './data/quota-exclusions-v1';

/**
 * The exclusions from the computable base become rule data with a label, a source and an optional limit to some
 * ATECO divisions, replacing the list of codes checked against a fixed set. Workers of groups the headcount has no
 * column for are recorded beside it, one row per group; their code is checked against the rule versions when
 * written, not by a CHECK constraint, so a new version can add a group.
 */
const OLD_GROUPS = STANDING_EXCLUSIONS.map((e) => e.group).filter((g) => g !== 'SOCIALLY_USEFUL_WORK');

export class ExclusionsAsRuleData1764730000002 implements MigrationInterface {
  name = 'ExclusionsAsRuleData1764730000002';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE quota_rule_version ADD COLUMN exclusions jsonb`);
    await q.query(`UPDATE quota_rule_version SET exclusions = $1`, [JSON.stringify(STANDING_EXCLUSIONS)]);
    await q.query(`UPDATE quota_rule_version SET exclusions = $1 WHERE valid_from >= '2016-10-08'`, [
      JSON.stringify([...STANDING_EXCLUSIONS, ...RECENT_EXCLUSIONS]),
    ]);
    await q.query(`ALTER TABLE quota_rule_version
      ALTER COLUMN exclusions SET NOT NULL,
      ADD CONSTRAINT quota_rule_version_exclusions_is_array CHECK (jsonb_typeof(exclusions) = 'array'),
      DROP COLUMN excluded_groups`);
    await q.query(
      `UPDATE quota_rule_source SET citation = $1, url = NULL, confirmed = false WHERE figure = 'EXCLUDED_GROUPS'`,
      [EXCLUSIONS_CITATION],
    );

    await q.query(`CREATE TABLE headcount_exclusion (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      snapshot_id uuid NOT NULL CONSTRAINT headcount_exclusion_snapshot_fk REFERENCES headcount_snapshot(id),
      group_code text NOT NULL CONSTRAINT headcount_exclusion_group_code_form CHECK (group_code ~ '^[A-Z][A-Z0-9_]*$'),
      workers integer NOT NULL CHECK (workers > 0),
      CONSTRAINT headcount_exclusion_one_per_group UNIQUE (snapshot_id, group_code)
    )`);
    await q.query(`CREATE TRIGGER headcount_exclusion_audit AFTER INSERT OR UPDATE OR DELETE ON headcount_exclusion
      FOR EACH ROW EXECUTE FUNCTION audit_row_change('none', 'id')`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE headcount_exclusion`);
    await q.query(`ALTER TABLE quota_rule_version ADD COLUMN excluded_groups text[]`);
    await q.query(`UPDATE quota_rule_version SET excluded_groups = $1`, [OLD_GROUPS]);
    await q.query(`ALTER TABLE quota_rule_version ALTER COLUMN excluded_groups SET NOT NULL,
      DROP CONSTRAINT quota_rule_version_exclusions_is_array, DROP COLUMN exclusions`);
  }
}
