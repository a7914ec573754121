import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What the ranking said when a placement was proposed on an opening: the pair's rank among everyone eligible, its
 * score with each factor's points and explanation, the weights in force, whether the person was the top candidate,
 * and who proposed. Written once with the proposal and never changed: the record a coordinator, an auditor or the
 * person concerned can ask for. Factor explanations can tell a Law 68/99 registration, so it is read as case data.
 */
export class CreatePlacementMatchEvidence1764720000001 implements MigrationInterface {
  name = 'CreatePlacementMatchEvidence1764720000001';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE placement_match_evidence (
      placement_id uuid PRIMARY KEY CONSTRAINT placement_match_evidence_placement_fk REFERENCES placement (id),
      opening_id uuid NOT NULL CONSTRAINT placement_match_evidence_opening_fk REFERENCES opening (id),
      proposed_by_id uuid CONSTRAINT placement_match_evidence_proposed_by_fk REFERENCES operator (id),
      recorded_at timestamptz NOT NULL DEFAULT now(),
      rank int CHECK (rank >= 1),
      eligible_candidates int NOT NULL CHECK (eligible_candidates >= 0),
      score numeric(6, 2),
      top_candidate boolean NOT NULL,
      top_score numeric(6, 2),
      factors jsonb NOT NULL,
      weights jsonb NOT NULL,
      exclusion_reasons jsonb NOT NULL,
      CHECK ((rank IS NULL) = (score IS NULL)),
      CHECK (NOT top_candidate OR rank = 1)
    )`);
    await q.query(`COMMENT ON TABLE placement_match_evidence IS
      'What the ranking said of the pair when the placement was proposed; written once, never changed'`);
    await q.query(`CREATE FUNCTION placement_match_evidence_is_final() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'placement_match_evidence is written once and never changed' USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await q.query(`CREATE TRIGGER placement_match_evidence_final BEFORE UPDATE OR DELETE ON placement_match_evidence
      FOR EACH ROW EXECUTE FUNCTION placement_match_evidence_is_final()`);
    await q.query(`CREATE TRIGGER placement_match_evidence_audit AFTER INSERT OR UPDATE OR DELETE ON placement_match_evidence
      FOR EACH ROW EXECUTE FUNCTION audit_row_change('placement_id', 'placement_id')`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE placement_match_evidence`);
    await q.query(`DROP FUNCTION placement_match_evidence_is_final()`);
  }
}
