import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The annual reports (prospetti informativi) an employer sent, with what each declared. Whether the next one is due
 * depends on what changed since the last one sent (DL 112/2008 art. 40 c.4), and a late one is sanctioned by the
 * days between 31 January and the day it was sent, so both come from these records.
 */
export class CreateProspettoSubmissions1764730000001 implements MigrationInterface {
  name = 'CreateProspettoSubmissions1764730000001';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE prospetto_submission (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      employer_id uuid NOT NULL CONSTRAINT prospetto_submission_employer_fk REFERENCES employer(id),
      year smallint NOT NULL CHECK (year BETWEEN 2000 AND 2999),
      submitted_on date NOT NULL,
      reference text NOT NULL CHECK (reference ~ '\\S'),
      computable_base integer NOT NULL CHECK (computable_base >= 0),
      disabled_due integer NOT NULL CHECK (disabled_due >= 0),
      protected_due integer NOT NULL CHECK (protected_due >= 0),
      compensated_units integer NOT NULL CHECK (compensated_units >= 0),
      recorded_by_id uuid CONSTRAINT prospetto_submission_recorded_by_fk REFERENCES operator(id),
      created_at timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT prospetto_submission_after_the_year CHECK (submitted_on > make_date(year, 12, 31)),
      CONSTRAINT prospetto_submission_one_per_year UNIQUE (employer_id, year)
    )`);
    await q.query(`CREATE TRIGGER prospetto_submission_audit AFTER INSERT OR UPDATE OR DELETE ON prospetto_submission
      FOR EACH ROW EXECUTE FUNCTION audit_row_change('none', 'id')`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE prospetto_submission`);
  }
}
