import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Political parties, trade unions and non-profit organisations (L. 68/1999 art. 3 c.3) count only their
 * technical-executive and administrative staff. The employer's standing is recorded in the quota module; the other
 * staff are a group recorded beside the headcount, left out of the base only for these organisations.
 */
const EXCLUSION = {
  group: 'OTHER_THAN_TECHNICAL_OR_ADMINISTRATIVE_STAFF',
  label: 'staff other than technical-executive and administrative',
  reference: 'L. 68/1999 art. 3 c.3 (to be confirmed)',
  atecoDivisions: null,
  art3c3OrganisationsOnly: true,
};

export class Art3c3Organisations1764730000007 implements MigrationInterface {
  name = 'Art3c3Organisations1764730000007';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE quota_employer_profile (
      employer_id uuid PRIMARY KEY CONSTRAINT quota_employer_profile_employer_fk REFERENCES employer(id),
      art3c3_organisation text CONSTRAINT quota_employer_profile_art3c3 CHECK (art3c3_organisation IN ('POLITICAL_PARTY', 'TRADE_UNION', 'NON_PROFIT')),
      updated_at timestamptz NOT NULL DEFAULT now()
    )`);
    await q.query(`CREATE TRIGGER quota_employer_profile_audit AFTER INSERT OR UPDATE OR DELETE ON quota_employer_profile
      FOR EACH ROW EXECUTE FUNCTION audit_row_change('none', 'employer_id')`);
    await q.query(`UPDATE quota_rule_version SET exclusions = exclusions || $1::jsonb`, [JSON.stringify([EXCLUSION])]);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(
      `UPDATE quota_rule_version SET exclusions = (
      SELECT COALESCE(jsonb_agg(e), '[]') FROM jsonb_array_elements(exclusions) e WHERE e->>'group' <> $1)`,
      [EXCLUSION.group],
    );
    await q.query(`DROP TABLE quota_employer_profile`);
  }
}
