import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Sessions and refresh tokens are written like every other table, so their writes join the audit trail (column
 * names only, as everywhere: never a token's hash). A guard test now fails for any table left without the trigger.
 */
const TABLES = ['auth_session', 'auth_refresh_token'];

export class AuditSessions1764780000000 implements MigrationInterface {
  name = 'AuditSessions1764780000000';

  public async up(q: QueryRunner): Promise<void> {
    for (const table of TABLES) {
      await q.query(`CREATE TRIGGER ${table}_audit AFTER INSERT OR UPDATE OR DELETE ON ${table}
        FOR EACH ROW EXECUTE FUNCTION audit_row_change('none', 'id')`);
    }
  }

  public async down(q: QueryRunner): Promise<void> {
    for (const table of TABLES) await q.query(`DROP TRIGGER ${table}_audit ON ${table}`);
  }
}
