import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A suspension (art. 3 c.5) works in one province and in proportion to the activity suspended there (DPR 333/2000
 * art. 4): each record names its province and the full-time equivalents suspended. Records from before carry
 * neither and keep suspending everything; suspensions in different provinces may run at the same time.
 */
export class ProportionalSuspensionByProvince1764730000006 implements MigrationInterface {
  name = 'ProportionalSuspensionByProvince1764730000006';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE quota_suspension
      ADD COLUMN province text CONSTRAINT quota_suspension_province_code CHECK (province ~ '^[A-Z]{2}$'),
      ADD COLUMN suspended_fte numeric(10, 2) CONSTRAINT quota_suspension_suspended_fte_positive CHECK (suspended_fte > 0),
      ADD CONSTRAINT quota_suspension_province_with_fte CHECK ((province IS NULL) = (suspended_fte IS NULL))`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE quota_suspension DROP CONSTRAINT quota_suspension_province_with_fte, DROP COLUMN suspended_fte, DROP COLUMN province`,
    );
  }
}
