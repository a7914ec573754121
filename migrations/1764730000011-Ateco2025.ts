import { MigrationInterface, QueryRunner } from 'typeorm';
import { ATECO_CORRESPONDENCE_V1 } from './data/ateco-correspondence-v1';

/**
 * Employers' ATECO codes carry their version: ATECO 2025 (ISTAT, NACE Rev. 2.1, in force 1 January 2025) or 2007,
 * still accepted. Existing rows were entered as 2007 codes. The correspondence table holds only verified rows.
 */
export class Ateco20251764730000011 implements MigrationInterface {
  name = 'Ateco20251764730000011';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE employer ADD COLUMN ateco_version text NOT NULL DEFAULT 'ATECO_2007'
      CONSTRAINT employer_ateco_version_known CHECK (ateco_version IN ('ATECO_2007', 'ATECO_2025'))`);
    await q.query(`CREATE TABLE ateco_correspondence (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      code_2007 text NOT NULL CHECK (code_2007 ~ '^[0-9]{2}(\\.[0-9]{1,2}){0,2}$'),
      code_2025 text NOT NULL CHECK (code_2025 ~ '^[0-9]{2}(\\.[0-9]{1,2}){0,2}$'),
      one_to_one boolean NOT NULL,
      label_2025 text,
      source_url text NOT NULL,
      CONSTRAINT ateco_correspondence_pair UNIQUE (code_2007, code_2025)
    )`);
    await q.query(`CREATE TRIGGER ateco_correspondence_audit AFTER INSERT OR UPDATE OR DELETE ON ateco_correspondence
      FOR EACH ROW EXECUTE FUNCTION audit_row_change('none', 'id')`);
    for (const c of ATECO_CORRESPONDENCE_V1) {
      await q.query(
        `INSERT INTO ateco_correspondence (code_2007, code_2025, one_to_one, label_2025, source_url) VALUES ($1, $2, $3, $4, $5)`,
        [c.code2007, c.code2025, c.oneToOne, c.label2025, c.sourceUrl],
      );
    }
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE ateco_correspondence`);
    await q.query(`ALTER TABLE employer DROP COLUMN ateco_version`);
  }
}
