import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Part-time workers who cover the disabled quota count by their hours: half a unit up to half the full-time hours,
 * one above; at an employer of 15–35, one whatever the hours when the disability is above 50%. The thresholds are
 * rule data; the workers are recorded per headcount, one row each (among its covering workers).
 */
const RULE = { halfUnitUpToHoursPercent: 50, smallBandWholeUnitAboveReduction: 50 };
const SOURCE = {
  citation:
    'Part-time covering workers: up to half the hours half a unit, above half one unit; at 15–35 employees one unit whatever the hours when the disability is above 50%. Read in Assolombarda’s guide; the decree text (DPR 333/2000 art. 3) to be confirmed',
  url: 'https://imprese-disabili.assolombarda.it/rapportolavoro-4/',
};
const FIGURES_BEFORE = [
  'VALIDITY',
  'DISABLED_BANDS',
  'PROTECTED_BANDS',
  'EXCLUDED_GROUPS',
  'ROUNDING',
  'DISABLED_IN_SERVICE',
  'GRACE_DAYS',
  'DAILY_EXEMPTION_CONTRIBUTION',
  'SANCTION',
  'MAX_EXEMPTION_PERCENTAGE',
  'PROSPETTO_LATE_SANCTION',
];
const list = (values: readonly string[]) => values.map((v) => `'${v}'`).join(', ');

export class CountPartTimeCoverByHours1764730000003 implements MigrationInterface {
  name = 'CountPartTimeCoverByHours1764730000003';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE quota_rule_version ADD COLUMN part_time_cover jsonb NOT NULL DEFAULT '{}'
      CONSTRAINT quota_rule_version_part_time_cover_is_object CHECK (jsonb_typeof(part_time_cover) = 'object')`);
    await q.query(`UPDATE quota_rule_version SET part_time_cover = $1`, [JSON.stringify(RULE)]);
    await q.query(`ALTER TABLE quota_rule_version ALTER COLUMN part_time_cover DROP DEFAULT`);

    await q.query(`ALTER TABLE quota_rule_source DROP CONSTRAINT quota_rule_source_figure_check,
      ADD CONSTRAINT quota_rule_source_figure_check CHECK (figure IN (${list([...FIGURES_BEFORE, 'PART_TIME_COVER'])}))`);
    await q.query(
      `INSERT INTO quota_rule_source (rule_version_id, figure, citation, url, confirmed)
      SELECT id, 'PART_TIME_COVER', $1, $2, false FROM quota_rule_version`,
      [SOURCE.citation, SOURCE.url],
    );

    await q.query(`CREATE TABLE quota_part_time_cover (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      snapshot_id uuid NOT NULL CONSTRAINT quota_part_time_cover_snapshot_fk REFERENCES headcount_snapshot(id),
      hours_percent numeric(5, 2) NOT NULL CHECK (hours_percent > 0 AND hours_percent < 100),
      capacity_reduction smallint NOT NULL CHECK (capacity_reduction BETWEEN 0 AND 100)
    )`);
    await q.query(`CREATE INDEX quota_part_time_cover_snapshot_idx ON quota_part_time_cover (snapshot_id)`);
    await q.query(`CREATE TRIGGER quota_part_time_cover_audit AFTER INSERT OR UPDATE OR DELETE ON quota_part_time_cover
      FOR EACH ROW EXECUTE FUNCTION audit_row_change('none', 'id')`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE quota_part_time_cover`);
    await q.query(`DELETE FROM quota_rule_source WHERE figure = 'PART_TIME_COVER'`);
    await q.query(`ALTER TABLE quota_rule_source DROP CONSTRAINT quota_rule_source_figure_check,
      ADD CONSTRAINT quota_rule_source_figure_check CHECK (figure IN (${list(FIGURES_BEFORE)}))`);
    await q.query(`ALTER TABLE quota_rule_version DROP COLUMN part_time_cover`);
  }
}
