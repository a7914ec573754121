import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Companies of one corporate group compensate their disabled quotas among themselves (L. 68/1999 art. 5 c.8 as
 * amended by DL 138/2011 art. 9): each member records its group and since when.
 */
export class CorporateGroups1764730000010 implements MigrationInterface {
  name = 'CorporateGroups1764730000010';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE quota_group_member (
      employer_id uuid PRIMARY KEY CONSTRAINT quota_group_member_employer_fk REFERENCES employer(id),
      group_name text NOT NULL CONSTRAINT quota_group_member_name_not_blank CHECK (group_name ~ '\\S'),
      since date NOT NULL
    )`);
    await q.query(`CREATE INDEX quota_group_member_group_idx ON quota_group_member (group_name)`);
    await q.query(`CREATE TRIGGER quota_group_member_audit AFTER INSERT OR UPDATE OR DELETE ON quota_group_member
      FOR EACH ROW EXECUTE FUNCTION audit_row_change('none', 'employer_id')`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE quota_group_member`);
  }
}
