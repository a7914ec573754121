import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Ranking people for an opening reads everyone who can take a placement; this index holds just them, with the
 * columns the ranking needs, so the whole population (closed and placed cases included) is not read each time.
 */
export class AddAvailablePeopleIndex1764400000003 implements MigrationInterface {
  name = 'AddAvailablePeopleIndex1764400000003';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX beneficiary_available_idx ON beneficiary (residence_municipality_id)
      INCLUDE (id, case_status, has_driving_licence, case_opened_at, law68_category)
      WHERE case_status NOT IN ('CLOSED', 'PLACED', 'MONITORING')`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX beneficiary_available_idx`);
  }
}
