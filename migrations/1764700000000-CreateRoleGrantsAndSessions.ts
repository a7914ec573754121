import { MigrationInterface, QueryRunner } from 'typeorm';

const list = (values: readonly string[]) => values.map((v) => `'${v}'`).join(', ');
const CASE_ROLES = ['OPERATOR', 'EMPLOYER_LIAISON', 'COORDINATOR'];
const GRANT_STATUSES = ['PENDING', 'APPROVED', 'REJECTED', 'CANCELLED'];
const GRANT_CAUSES = ['CREATED', 'ROLE_CHANGED', 'PASSWORD_SET'];
const SESSION_END_REASONS = ['SIGNED_OUT', 'REFRESH_TOKEN_REUSED'];
const AUDIT_ACTIONS_BEFORE = ['READ', 'INSERT', 'UPDATE', 'DELETE', 'SIGN_IN', 'SIGN_IN_FAILED'];
const AUDIT_ACTIONS = [...AUDIT_ACTIONS_BEFORE, 'SIGN_IN_LOCKED', 'SIGN_IN_UNLOCKED', 'REFRESH_TOKEN_REUSED'];

/**
 * Two people for every role that reads case content, and sessions the server can end.
 *
 * `operator.role` becomes the role *in force*: null while an account waits for a coordinator to approve its first
 * case role (or after an admin set its password, until the role is confirmed again). A `role_grant` is an admin's
 * request for a case role; the database itself refuses a decision by the requester or by the person concerned.
 *
 * `auth_session` is one sign-in: the family of refresh tokens traded from it. Access tokens name their session, so
 * ending it (sign-out, a spent refresh token presented again) ends every token of the family at once. The session
 * tables have no audit trigger: their rows are written by anonymous requests (sign-in, refresh) that have no actor to
 * record, and what matters is written as explicit events instead (SIGN_IN, REFRESH_TOKEN_REUSED).
 */
export class CreateRoleGrantsAndSessions1764700000000 implements MigrationInterface {
  name = 'CreateRoleGrantsAndSessions1764700000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE operator ALTER COLUMN role DROP NOT NULL`);

    await q.query(`CREATE TABLE role_grant (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      operator_id uuid NOT NULL CONSTRAINT role_grant_operator_fk REFERENCES operator(id),
      role text NOT NULL CONSTRAINT role_grant_role_check CHECK (role IN (${list(CASE_ROLES)})),
      ambito_number smallint CONSTRAINT role_grant_ambito_fk REFERENCES ambito(number),
      cause text NOT NULL CONSTRAINT role_grant_cause_check CHECK (cause IN (${list(GRANT_CAUSES)})),
      status text NOT NULL DEFAULT 'PENDING' CONSTRAINT role_grant_status_check CHECK (status IN (${list(GRANT_STATUSES)})),
      requested_by_id uuid CONSTRAINT role_grant_requested_by_fk REFERENCES operator(id),
      requested_at timestamptz NOT NULL DEFAULT now(),
      decided_by_id uuid CONSTRAINT role_grant_decided_by_fk REFERENCES operator(id),
      decided_at timestamptz,
      CONSTRAINT role_grant_decided_when_closed CHECK ((status = 'PENDING') = (decided_at IS NULL)),
      CONSTRAINT role_grant_not_by_requester CHECK (decided_by_id IS DISTINCT FROM requested_by_id OR decided_by_id IS NULL),
      CONSTRAINT role_grant_not_by_grantee CHECK (decided_by_id IS DISTINCT FROM operator_id)
    )`);
    await q.query(
      `CREATE UNIQUE INDEX role_grant_one_pending_idx ON role_grant (operator_id) WHERE status = 'PENDING'`,
    );
    await q.query(`CREATE INDEX role_grant_status_idx ON role_grant (status, requested_at, id)`);

    await q.query(`CREATE TABLE auth_session (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      operator_id uuid NOT NULL CONSTRAINT auth_session_operator_fk REFERENCES operator(id),
      started_at timestamptz NOT NULL DEFAULT now(),
      ended_at timestamptz,
      end_reason text CONSTRAINT auth_session_end_reason_check CHECK (end_reason IN (${list(SESSION_END_REASONS)})),
      CONSTRAINT auth_session_ended_with_reason CHECK ((ended_at IS NULL) = (end_reason IS NULL))
    )`);
    await q.query(`CREATE INDEX auth_session_operator_idx ON auth_session (operator_id)`);
    await q.query(`CREATE TABLE auth_refresh_token (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      session_id uuid NOT NULL CONSTRAINT auth_refresh_token_session_fk REFERENCES auth_session(id),
      issued_at timestamptz NOT NULL DEFAULT now(),
      used_at timestamptz
    )`);
    await q.query(`CREATE INDEX auth_refresh_token_session_idx ON auth_refresh_token (session_id)`);

    await q.query(`CREATE TRIGGER role_grant_audit AFTER INSERT OR UPDATE OR DELETE ON role_grant
      FOR EACH ROW EXECUTE FUNCTION audit_row_change('none', 'id')`);
    await q.query(`ALTER TABLE audit_event DROP CONSTRAINT audit_event_action_check,
      ADD CONSTRAINT audit_event_action_check CHECK (action IN (${list(AUDIT_ACTIONS)}))`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE audit_event DROP CONSTRAINT audit_event_action_check,
      ADD CONSTRAINT audit_event_action_check CHECK (action IN (${list(AUDIT_ACTIONS_BEFORE)})) NOT VALID`);
    await q.query(`DROP TRIGGER role_grant_audit ON role_grant`);
    await q.query(`DROP TABLE auth_refresh_token`);
    await q.query(`DROP TABLE auth_session`);
    await q.query(`DROP TABLE role_grant`);
    await q.query(`UPDATE operator SET role = 'ADMIN', active = false WHERE role IS NULL`);
    await q.query(`ALTER TABLE operator ALTER COLUMN role SET NOT NULL`);
  }
}
