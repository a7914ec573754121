import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Until 31 December 2017 employers of 15–35 were obliged only on a new hire, with 12 months to hire (DPR 333/2000
 * art. 2 c.2); from 2018 on reaching 15, with 60 days. The versions up to 2017 carry the regime; the new hires that
 * started it are recorded per employer.
 */
export class GradualRegimeForSmallEmployers1764730000008 implements MigrationInterface {
  name = 'GradualRegimeForSmallEmployers1764730000008';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE quota_rule_version ADD COLUMN gradual_regime jsonb
      CONSTRAINT quota_rule_version_gradual_regime_is_object CHECK (gradual_regime IS NULL OR jsonb_typeof(gradual_regime) = 'object')`);
    await q.query(
      `UPDATE quota_rule_version SET gradual_regime = '{"smallBandGraceMonths": 12}' WHERE valid_to <= '2017-12-31'`,
    );

    await q.query(`CREATE TABLE quota_new_hire (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      employer_id uuid NOT NULL CONSTRAINT quota_new_hire_employer_fk REFERENCES employer(id),
      hired_on date NOT NULL,
      reference text NOT NULL CHECK (reference ~ '\\S'),
      recorded_by_id uuid CONSTRAINT quota_new_hire_recorded_by_fk REFERENCES operator(id),
      created_at timestamptz NOT NULL DEFAULT now()
    )`);
    await q.query(`CREATE INDEX quota_new_hire_employer_idx ON quota_new_hire (employer_id, hired_on)`);
    await q.query(`CREATE TRIGGER quota_new_hire_audit AFTER INSERT OR UPDATE OR DELETE ON quota_new_hire
      FOR EACH ROW EXECUTE FUNCTION audit_row_change('none', 'id')`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE quota_new_hire`);
    await q.query(`ALTER TABLE quota_rule_version DROP COLUMN gradual_regime`);
  }
}
