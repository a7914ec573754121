import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Occupations (and through them openings) carry their CP2021 unit (ISTAT classification of occupations, 5 levels,
 * 813 units; the standard of the Comunicazioni Obbligatorie since April 2025). No code is loaded: none was verified
 * for the catalogue's occupations, so staff record them from ISTAT's list.
 */
export class OccupationCp20211764730000012 implements MigrationInterface {
  name = 'OccupationCp20211764730000012';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE occupation ADD COLUMN cp2021_code text
      CONSTRAINT occupation_cp2021_code_form CHECK (cp2021_code ~ '^[1-9](\\.[0-9]{1,2}){4}$')`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE occupation DROP COLUMN cp2021_code`);
  }
}
