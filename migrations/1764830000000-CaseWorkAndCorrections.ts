import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Case work an operator lives in (issue 19, parts 1, 4 and 5):
 * - `contact_log`: calls, meetings, emails, home visits and exchanges with the referring service; each counts as
 *   contact for the worklist.
 * - `case_note`: dated, authored notes (health data); editable by their author for a short window, then append-only
 *   (a later correction is a new note that amends the original). The identity columns never change.
 * - `codice_fiscale_change`: a temporary 11-digit codice fiscale replaced by the definitive one, kept as history.
 * - Corrections: a referral can be voided with a reason (the record is kept), a proposal withdrawn (WITHDRAWN, never
 *   started, so no end date).
 */
const CONTACT_KINDS = ['PHONE', 'MEETING', 'EMAIL', 'HOME_VISIT', 'WITH_REFERRING_SERVICE'];
const PLACEMENT_STATUSES = [
  'PROPOSED',
  'ACTIVE',
  'SUSPENDED',
  'COMPLETED',
  'ENDED_EARLY',
  'CONVERTED_TO_HIRING',
  'WITHDRAWN',
];
const list = (values: string[]) => values.map((v) => `'${v}'`).join(', ');

/** Drops the CHECK constraints of `table` whose definition contains `fragment` (they were created unnamed). */
const dropChecksLike = (table: string, fragment: string) => `DO $$
  DECLARE c record;
  BEGIN
    FOR c IN SELECT conname FROM pg_constraint
             WHERE conrelid = '${table}'::regclass AND contype = 'c' AND pg_get_constraintdef(oid) LIKE '${fragment}'
    LOOP
      EXECUTE format('ALTER TABLE ${table} DROP CONSTRAINT %I', c.conname);
    END LOOP;
  END $$`;

export class CaseWorkAndCorrections1764830000000 implements MigrationInterface {
  name = 'CaseWorkAndCorrections1764830000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE contact_log (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      beneficiary_id uuid NOT NULL CONSTRAINT contact_log_beneficiary_fk REFERENCES beneficiary(id),
      contacted_at timestamptz NOT NULL,
      kind text NOT NULL CONSTRAINT contact_log_kind_check CHECK (kind IN (${list(CONTACT_KINDS)})),
      operator_id uuid NOT NULL CONSTRAINT contact_log_operator_fk REFERENCES operator(id),
      with_whom text NOT NULL CONSTRAINT contact_log_with_whom_check CHECK (length(with_whom) BETWEEN 1 AND 200),
      note text NOT NULL DEFAULT '' CONSTRAINT contact_log_note_check CHECK (length(note) <= 1000),
      created_at timestamptz NOT NULL DEFAULT now()
    )`);
    await q.query(`CREATE INDEX contact_log_beneficiary_idx ON contact_log (beneficiary_id, contacted_at)`);
    await q.query(`CREATE TRIGGER contact_log_audit AFTER INSERT OR UPDATE OR DELETE ON contact_log
      FOR EACH ROW EXECUTE FUNCTION audit_row_change('beneficiary_id', 'id')`);

    await q.query(`CREATE TABLE case_note (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      beneficiary_id uuid NOT NULL CONSTRAINT case_note_beneficiary_fk REFERENCES beneficiary(id),
      author_id uuid NOT NULL CONSTRAINT case_note_author_fk REFERENCES operator(id),
      written_at timestamptz NOT NULL DEFAULT now(),
      body text NOT NULL CONSTRAINT case_note_body_check CHECK (length(btrim(body)) BETWEEN 1 AND 10000),
      edited_at timestamptz,
      amends_note_id uuid CONSTRAINT case_note_amends_fk REFERENCES case_note(id),
      CONSTRAINT case_note_edited_check CHECK (edited_at IS NULL OR edited_at >= written_at)
    )`);
    await q.query(`CREATE INDEX case_note_beneficiary_idx ON case_note (beneficiary_id, written_at)`);
    // Who wrote a note, about whom, when and what it amends are facts: no update may change them.
    await q.query(`CREATE FUNCTION case_note_identity_is_fixed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.beneficiary_id IS DISTINCT FROM OLD.beneficiary_id OR NEW.author_id IS DISTINCT FROM OLD.author_id
           OR NEW.written_at IS DISTINCT FROM OLD.written_at OR NEW.amends_note_id IS DISTINCT FROM OLD.amends_note_id THEN
          RAISE EXCEPTION 'case_note: author, person, date and amended note never change';
        END IF;
        RETURN NEW;
      END $$`);
    await q.query(`CREATE TRIGGER case_note_identity_fixed BEFORE UPDATE ON case_note
      FOR EACH ROW EXECUTE FUNCTION case_note_identity_is_fixed()`);
    await q.query(`CREATE TRIGGER case_note_audit AFTER INSERT OR UPDATE OR DELETE ON case_note
      FOR EACH ROW EXECUTE FUNCTION audit_row_change('beneficiary_id', 'id')`);

    // A person waiting for documents has a temporary 11-digit code (numeric, partita IVA check digit).
    await q.query(dropChecksLike('beneficiary', '%codice_fiscale ~%'));
    await q.query(`ALTER TABLE beneficiary ADD CONSTRAINT beneficiary_codice_fiscale_check
      CHECK (codice_fiscale ~ '^[A-Z0-9]{16}$' OR codice_fiscale ~ '^[0-9]{11}$')`);
    await q.query(`CREATE TABLE codice_fiscale_change (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      beneficiary_id uuid NOT NULL CONSTRAINT codice_fiscale_change_beneficiary_fk REFERENCES beneficiary(id),
      previous_code text NOT NULL,
      new_code text NOT NULL,
      reason text NOT NULL,
      changed_by_id uuid CONSTRAINT codice_fiscale_change_changed_by_fk REFERENCES operator(id),
      changed_at timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT codice_fiscale_change_differs_check CHECK (previous_code <> new_code)
    )`);
    await q.query(
      `CREATE INDEX codice_fiscale_change_beneficiary_idx ON codice_fiscale_change (beneficiary_id, changed_at)`,
    );
    await q.query(`CREATE INDEX codice_fiscale_change_previous_idx ON codice_fiscale_change (previous_code)`);
    await q.query(`CREATE TRIGGER codice_fiscale_change_audit AFTER INSERT OR UPDATE OR DELETE ON codice_fiscale_change
      FOR EACH ROW EXECUTE FUNCTION audit_row_change('beneficiary_id', 'id')`);

    // A referral entered by mistake is voided, never deleted.
    await q.query(`ALTER TABLE referral
      ADD COLUMN voided_at timestamptz,
      ADD COLUMN voided_by_id uuid CONSTRAINT referral_voided_by_fk REFERENCES operator(id),
      ADD COLUMN void_reason text,
      ADD CONSTRAINT referral_void_check CHECK ((voided_at IS NULL) = (void_reason IS NULL))`);

    // A proposal withdrawn never started: no start, no end date, a reason. The checks naming statuses are redone.
    await q.query(dropChecksLike('placement', '%status = ANY%'));
    await q.query(dropChecksLike('placement_status_change', '%status = ANY%'));
    await q.query(`ALTER TABLE placement
      ADD CONSTRAINT placement_status_check CHECK (status IN (${list(PLACEMENT_STATUSES)})),
      ADD CONSTRAINT placement_started_check
        CHECK (status IN ('PROPOSED', 'ENDED_EARLY', 'WITHDRAWN') OR started_at IS NOT NULL),
      ADD CONSTRAINT placement_ended_on_check
        CHECK ((status IN ('COMPLETED', 'ENDED_EARLY', 'CONVERTED_TO_HIRING')) = (ended_on IS NOT NULL)),
      ADD CONSTRAINT placement_withdrawn_check
        CHECK (status <> 'WITHDRAWN' OR (started_at IS NULL AND end_reason IS NOT NULL))`);
    // Proposals withdrawn before this change were recorded as ended early without ever starting.
    await q.query(`UPDATE placement SET status = 'WITHDRAWN', ended_on = NULL
      WHERE status = 'ENDED_EARLY' AND started_at IS NULL`);
    await q.query(`UPDATE placement_status_change SET to_status = 'WITHDRAWN'
      WHERE from_status = 'PROPOSED' AND to_status = 'ENDED_EARLY'`);
    await q.query(`ALTER TABLE placement_status_change
      ADD CONSTRAINT placement_status_change_from_check CHECK (from_status IN (${list(PLACEMENT_STATUSES)})),
      ADD CONSTRAINT placement_status_change_to_check CHECK (to_status IN (${list(PLACEMENT_STATUSES)}))`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE contact_log`);
    await q.query(`DROP TABLE case_note`);
    await q.query(`DROP FUNCTION case_note_identity_is_fixed()`);
    await q.query(`DROP TABLE codice_fiscale_change`);
    await q.query(`ALTER TABLE referral DROP COLUMN voided_at, DROP COLUMN voided_by_id, DROP COLUMN void_reason`);
  }
}
