import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * How each audited table leads to the person a row is about (so `auditTrail(beneficiaryId)` finds it) and which
 * columns identify a row.
 */
const AUDITED_TABLES: Array<
  [table: string, beneficiaryLink: 'self' | 'beneficiary_id' | 'placement_id' | 'none', key: string[]]
> = [
  ['ambito', 'none', ['number']],
  ['municipality', 'none', ['id']],
  ['operator', 'none', ['id']],
  ['skill', 'none', ['id']],
  ['occupation', 'none', ['id']],
  ['beneficiary', 'self', ['id']],
  ['beneficiary_skill', 'beneficiary_id', ['id']],
  ['case_status_change', 'beneficiary_id', ['id']],
  ['work_constraints', 'beneficiary_id', ['beneficiary_id']],
  ['referral', 'beneficiary_id', ['id']],
  ['employer', 'none', ['id']],
  ['employer_site', 'none', ['id']],
  ['headcount_snapshot', 'none', ['id']],
  ['opening', 'none', ['id']],
  ['opening_skill', 'none', ['id']],
  ['quota_rule_version', 'none', ['id']],
  ['quota_site_headcount', 'none', ['id']],
  ['quota_exemption', 'none', ['id']],
  ['quota_suspension', 'none', ['id']],
  ['quota_convention', 'none', ['id']],
  ['quota_convention_hiring', 'none', ['id']],
  ['consultancy_contact', 'none', ['id']],
  ['placement', 'beneficiary_id', ['id']],
  ['placement_status_change', 'placement_id', ['id']],
  ['monitoring_visit', 'placement_id', ['id']],
  ['monitoring_rhythm', 'none', ['id']],
  ['worklist_settings', 'none', ['id']],
  ['matching_weight', 'none', ['ambito_number', 'factor']],
];

/**
 * Sign-in credentials for operators, and the audit trail.
 *
 * Writes are audited by triggers, so the audit row is part of the writing transaction by construction and no write
 * path (ORM, query builder or plain SQL) can skip it. The application names the acting operator and the GraphQL
 * operation in transaction-local settings (`ponte.actor`, `ponte.operation`); only column names are kept, never
 * values, so the trail itself holds no health data. Reads of sensitive fields are written by the application.
 * The table is append-only: updates, deletes and truncation are refused by the database.
 */
export class CreateAccessAndAudit1764500000000 implements MigrationInterface {
  name = 'CreateAccessAndAudit1764500000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE operator
      ADD COLUMN password_hash text,
      ADD COLUMN token_version integer NOT NULL DEFAULT 0,
      ADD COLUMN is_demo boolean NOT NULL DEFAULT false`);

    await q.query(`CREATE FUNCTION current_transaction_id() RETURNS bigint LANGUAGE sql VOLATILE
      AS 'SELECT pg_current_xact_id()::text::bigint'`);
    await q.query(`CREATE TABLE audit_event (
      id bigserial PRIMARY KEY,
      occurred_at timestamptz NOT NULL DEFAULT clock_timestamp(),
      operator_id uuid REFERENCES operator(id),
      operation text,
      action text NOT NULL CHECK (action IN ('READ', 'INSERT', 'UPDATE', 'DELETE', 'SIGN_IN', 'SIGN_IN_FAILED')),
      record_type text NOT NULL,
      record_id text NOT NULL,
      beneficiary_id uuid,
      fields text[] NOT NULL DEFAULT '{}',
      transaction_id bigint NOT NULL DEFAULT current_transaction_id()
    )`);
    await q.query(
      `CREATE INDEX audit_event_beneficiary_idx ON audit_event (beneficiary_id, id) WHERE beneficiary_id IS NOT NULL`,
    );
    await q.query(`CREATE INDEX audit_event_operator_idx ON audit_event (operator_id, id)`);

    await q.query(`CREATE FUNCTION audit_event_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_event is append-only' USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await q.query(`CREATE TRIGGER audit_event_append_only BEFORE UPDATE OR DELETE ON audit_event
      FOR EACH ROW EXECUTE FUNCTION audit_event_is_append_only()`);
    await q.query(`CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON audit_event
      FOR EACH STATEMENT EXECUTE FUNCTION audit_event_is_append_only()`);

    await q.query(`CREATE FUNCTION audit_row_change() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        new_row jsonb := CASE WHEN TG_OP = 'DELETE' THEN NULL ELSE to_jsonb(NEW) END;
        old_row jsonb := CASE WHEN TG_OP = 'INSERT' THEN NULL ELSE to_jsonb(OLD) END;
        row_data jsonb := coalesce(new_row, old_row);
        link text := TG_ARGV[0];
        key_text text;
        person uuid;
        changed text[];
      BEGIN
        IF current_setting('ponte.audit', true) = 'off' THEN
          RETURN NULL;
        END IF;
        SELECT string_agg(row_data->>column_name, '/' ORDER BY position) INTO key_text
          FROM unnest(TG_ARGV[1:]) WITH ORDINALITY AS k(column_name, position);
        IF link = 'self' THEN
          person := (row_data->>'id')::uuid;
        ELSIF link = 'beneficiary_id' THEN
          person := (row_data->>'beneficiary_id')::uuid;
        ELSIF link = 'placement_id' THEN
          SELECT beneficiary_id INTO person FROM placement WHERE id = (row_data->>'placement_id')::uuid;
        END IF;
        IF TG_OP = 'UPDATE' THEN
          SELECT coalesce(array_agg(n.key ORDER BY n.key), '{}') INTO changed
            FROM jsonb_each(new_row) AS n WHERE old_row->n.key IS DISTINCT FROM n.value;
          IF changed = '{}' THEN
            RETURN NULL;
          END IF;
        ELSE
          SELECT array_agg(k ORDER BY k) INTO changed FROM jsonb_object_keys(row_data) AS k;
        END IF;
        INSERT INTO audit_event (operator_id, operation, action, record_type, record_id, beneficiary_id, fields)
        VALUES (nullif(current_setting('ponte.actor', true), '')::uuid, nullif(current_setting('ponte.operation', true), ''),
                TG_OP, TG_TABLE_NAME, key_text, person, changed);
        RETURN NULL;
      END $$`);
    for (const [table, link, key] of AUDITED_TABLES) {
      const args = [link, ...key].map((arg) => `'${arg}'`).join(', ');
      await q.query(`CREATE TRIGGER ${table}_audit AFTER INSERT OR UPDATE OR DELETE ON ${table}
        FOR EACH ROW EXECUTE FUNCTION audit_row_change(${args})`);
    }
  }

  public async down(q: QueryRunner): Promise<void> {
    for (const [table] of AUDITED_TABLES) await q.query(`DROP TRIGGER ${table}_audit ON ${table}`);
    await q.query(`DROP FUNCTION audit_row_change()`);
    await q.query(`DROP TABLE audit_event`);
    await q.query(`DROP FUNCTION audit_event_is_append_only()`);
    await q.query(`DROP FUNCTION current_transaction_id()`);
    await q.query(`ALTER TABLE operator DROP COLUMN password_hash, DROP COLUMN token_version, DROP COLUMN is_demo`);
  }
}
