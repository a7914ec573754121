import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Partial exemption: the 80% ceiling of security and vigilance and of private transport (D.M. 357/2000) as rule data
 * by ATECO division (80; 49–51: the mapping is to be confirmed), and the self-certified exemption of art. 5 c.3-bis
 * measured by the workers in positions with an INAIL rate of 60‰ or more rather than by a percentage.
 */
const CAPS = [
  { label: 'security and vigilance', atecoDivisions: ['80'], maxPercentage: 80 },
  { label: 'private transport', atecoDivisions: ['49', '50', '51'], maxPercentage: 80 },
];

export class ExemptionCapsAndSelfCertification1764730000004 implements MigrationInterface {
  name = 'ExemptionCapsAndSelfCertification1764730000004';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE quota_rule_version ADD COLUMN exemption_caps jsonb NOT NULL DEFAULT '[]'
      CONSTRAINT quota_rule_version_exemption_caps_is_array CHECK (jsonb_typeof(exemption_caps) = 'array')`);
    await q.query(`UPDATE quota_rule_version SET exemption_caps = $1`, [JSON.stringify(CAPS)]);
    await q.query(`ALTER TABLE quota_rule_version ALTER COLUMN exemption_caps DROP DEFAULT`);

    const [{ count }] = await q.query(
      `SELECT count(*)::int AS count FROM quota_exemption WHERE kind = 'SELF_CERTIFIED'`,
    );
    if (count > 0) {
      throw new Error(
        `${count} self-certified exemptions are recorded as a percentage: a self-certified exemption is measured by the workers in positions at 60‰ or more; end them and record them again after this migration`,
      );
    }
    await q.query(`ALTER TABLE quota_exemption
      ALTER COLUMN percentage DROP NOT NULL,
      ADD COLUMN high_risk_workers integer CHECK (high_risk_workers > 0),
      ADD CONSTRAINT quota_exemption_measure CHECK (
        (kind = 'AUTHORISED' AND percentage IS NOT NULL AND high_risk_workers IS NULL)
        OR (kind = 'SELF_CERTIFIED' AND percentage IS NULL AND high_risk_workers IS NOT NULL))`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM quota_exemption WHERE kind = 'SELF_CERTIFIED'`);
    await q.query(`ALTER TABLE quota_exemption DROP CONSTRAINT quota_exemption_measure, DROP COLUMN high_risk_workers,
      ALTER COLUMN percentage SET NOT NULL`);
    await q.query(`ALTER TABLE quota_rule_version DROP COLUMN exemption_caps`);
  }
}
