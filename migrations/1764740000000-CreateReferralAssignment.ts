import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Referrals an operator received that a coordinator has to assign: the person lives in another ambito, or the
 * codice fiscale belongs to a person the operator may not see. The operator is told only that the referral waits
 * for assignment, whatever the cause, so the queue reveals no one's existence; the coordinator transfers the known
 * person, merges the referral into their case, creates the person, or declines. The referral and the profile as
 * sent are kept as JSON until then: they are the operator's input, not yet a case.
 */
export class CreateReferralAssignment1764740000000 implements MigrationInterface {
  name = 'CreateReferralAssignment1764740000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE referral_assignment (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      received_by_id uuid NOT NULL CONSTRAINT referral_assignment_received_by_fk REFERENCES operator(id),
      received_at timestamptz NOT NULL DEFAULT now(),
      cause text NOT NULL CONSTRAINT referral_assignment_cause_check
        CHECK (cause IN ('PERSON_KNOWN_ELSEWHERE', 'RESIDENCE_OUTSIDE_AMBITO')),
      referral_details jsonb NOT NULL,
      new_beneficiary jsonb NOT NULL,
      known_beneficiary_id uuid CONSTRAINT referral_assignment_known_beneficiary_fk REFERENCES beneficiary(id),
      status text NOT NULL DEFAULT 'WAITING' CONSTRAINT referral_assignment_status_check
        CHECK (status IN ('WAITING', 'TRANSFERRED', 'MERGED', 'PERSON_CREATED', 'DECLINED')),
      resolved_by_id uuid CONSTRAINT referral_assignment_resolved_by_fk REFERENCES operator(id),
      resolved_at timestamptz,
      resolution_note text,
      referral_id uuid CONSTRAINT referral_assignment_referral_fk REFERENCES referral(id),
      CONSTRAINT referral_assignment_resolved_check CHECK ((status = 'WAITING') = (resolved_at IS NULL))
    )`);
    await q.query(
      `CREATE INDEX referral_assignment_waiting_idx ON referral_assignment (received_at) WHERE status = 'WAITING'`,
    );
    await q.query(`CREATE TRIGGER referral_assignment_audit AFTER INSERT OR UPDATE OR DELETE ON referral_assignment
      FOR EACH ROW EXECUTE FUNCTION audit_row_change('known', 'id')`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE referral_assignment`);
  }
}
