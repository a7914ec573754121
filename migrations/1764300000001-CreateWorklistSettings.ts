import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The thresholds of the operators' worklist, as data the coordinator can change without a release. One row only
 * (the key is the constant true).
 */
export class CreateWorklistSettings1764300000001 implements MigrationInterface {
  name = 'CreateWorklistSettings1764300000001';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE worklist_settings (
      id boolean PRIMARY KEY DEFAULT true CHECK (id),
      referral_waiting_days smallint NOT NULL DEFAULT 15 CHECK (referral_waiting_days >= 0),
      no_contact_days smallint NOT NULL DEFAULT 60 CHECK (no_contact_days > 0),
      internship_ending_days smallint NOT NULL DEFAULT 30 CHECK (internship_ending_days >= 0),
      visit_ahead_days smallint NOT NULL DEFAULT 7 CHECK (visit_ahead_days >= 0),
      updated_at timestamptz NOT NULL DEFAULT now()
    )`);
    await q.query(`INSERT INTO worklist_settings DEFAULT VALUES`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE worklist_settings`);
  }
}
