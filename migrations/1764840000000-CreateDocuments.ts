import { MigrationInterface, QueryRunner } from 'typeorm';

/** The types a document may have, as sniffed from its bytes (documents/document-types.ts is the rule's home). */
const CONTENT_TYPES = [
  'application/pdf',
  'image/png',
  'image/jpeg',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  'application/vnd.oasis.opendocument.text',
  'application/vnd.oasis.opendocument.spreadsheet',
  'application/vnd.oasis.opendocument.presentation',
];

const list = (values: string[]) => values.map((value) => `'${value}'`).join(', ');

/**
 * Documents attached to a person, and optionally to one of their referrals or placements (referral letters,
 * invalidity certificates, internship agreements, signed consents). The metadata row is audited like every case
 * record; the bytes live in `document_content` (the default store, so backups and transactions cover them) or in a
 * configured folder, named by `storage`. `document_content` has no audit trigger: the trigger would copy the whole
 * file into JSON. It is written and removed only together with its audited `document` row (the delete cascades), and
 * the database refuses to update it.
 *
 * `beneficiary.pseudonymised_at` marks a closed case whose identifying data the retention job has removed.
 */
export class CreateDocuments1764840000000 implements MigrationInterface {
  name = 'CreateDocuments1764840000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE document (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      beneficiary_id uuid NOT NULL CONSTRAINT document_beneficiary_fk REFERENCES beneficiary(id),
      referral_id uuid CONSTRAINT document_referral_fk REFERENCES referral(id),
      placement_id uuid CONSTRAINT document_placement_fk REFERENCES placement(id),
      classification text NOT NULL CONSTRAINT document_classification_check
        CHECK (classification IN ('HEALTH', 'ADMINISTRATIVE')),
      content_type text NOT NULL CONSTRAINT document_content_type_check CHECK (content_type IN (${list(CONTENT_TYPES)})),
      file_name text NOT NULL CONSTRAINT document_file_name_check CHECK (length(file_name) BETWEEN 1 AND 255),
      byte_size integer NOT NULL CONSTRAINT document_byte_size_check CHECK (byte_size > 0),
      sha256 text NOT NULL CONSTRAINT document_sha256_check CHECK (sha256 ~ '^[0-9a-f]{64}$'),
      storage text NOT NULL CONSTRAINT document_storage_check CHECK (storage IN ('DATABASE', 'FOLDER')),
      uploaded_by_id uuid CONSTRAINT document_uploaded_by_fk REFERENCES operator(id),
      uploaded_at timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT document_one_parent_check CHECK (referral_id IS NULL OR placement_id IS NULL)
    )`);
    await q.query(`CREATE INDEX document_beneficiary_idx ON document (beneficiary_id, uploaded_at)`);
    await q.query(`CREATE INDEX document_referral_idx ON document (referral_id) WHERE referral_id IS NOT NULL`);
    await q.query(`CREATE INDEX document_placement_idx ON document (placement_id) WHERE placement_id IS NOT NULL`);
    await q.query(`CREATE TRIGGER document_audit AFTER INSERT OR UPDATE OR DELETE ON document
      FOR EACH ROW EXECUTE FUNCTION audit_row_change('beneficiary_id', 'id')`);
    await q.query(`CREATE TABLE document_content (
      document_id uuid PRIMARY KEY CONSTRAINT document_content_document_fk REFERENCES document(id) ON DELETE CASCADE,
      bytes bytea NOT NULL
    )`);
    // Never rewritten: new content is a new document. So every write to it is an audited write to `document`.
    await q.query(`CREATE FUNCTION document_content_is_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'document_content is never updated: upload a new document' USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await q.query(`CREATE TRIGGER document_content_immutable BEFORE UPDATE ON document_content
      FOR EACH ROW EXECUTE FUNCTION document_content_is_immutable()`);
    await q.query(`ALTER TABLE beneficiary ADD COLUMN pseudonymised_at timestamptz`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE beneficiary DROP COLUMN pseudonymised_at`);
    await q.query(`DROP TABLE document_content`);
    await q.query(`DROP FUNCTION document_content_is_immutable()`);
    await q.query(`DROP TABLE document`);
  }
}
