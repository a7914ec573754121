import { EntityManager } from 'typeorm';
import { pairEvidence, PairEvidence } from '../matching/reads/pair-evidence';
import { Placement } from './placement.entity';

/** The evidence as stored with a placement, and who proposed. */
export interface StoredMatchEvidence extends PairEvidence {
  openingId: string;
  proposedById: string | null;
  recordedAt: Date;
}

/**
 * Keeps what the ranking said of the pair when the placement was proposed (see pairEvidence), in the proposal's
 * transaction: the ranking is read before the proposal counts anywhere, and nothing is kept if the proposal fails.
 */
export async function recordMatchEvidence(
  manager: EntityManager,
  placement: Placement,
  actorId: string | null,
): Promise<void> {
  if (!placement.openingId) return;
  const e = await pairEvidence(manager, placement.openingId, placement.beneficiaryId);
  await manager.query(
    `INSERT INTO placement_match_evidence (placement_id, opening_id, proposed_by_id, rank, eligible_candidates, score,
       top_candidate, top_score, factors, weights, exclusion_reasons)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
    [
      placement.id,
      placement.openingId,
      actorId,
      e.rank,
      e.eligibleCandidates,
      e.score,
      e.topCandidate,
      e.topScore,
      JSON.stringify(e.factors),
      JSON.stringify(e.weights),
      JSON.stringify(e.exclusionReasons),
    ],
  );
}

export async function readMatchEvidence(
  manager: EntityManager,
  placementId: string,
): Promise<StoredMatchEvidence | null> {
  const [row] = await manager.query(
    `SELECT opening_id AS "openingId", proposed_by_id AS "proposedById", recorded_at AS "recordedAt", rank,
            eligible_candidates AS "eligibleCandidates", score::float8 AS score, top_candidate AS "topCandidate",
            top_score::float8 AS "topScore", factors, weights, exclusion_reasons AS "exclusionReasons"
     FROM placement_match_evidence WHERE placement_id = $1`,
    [placementId],
  );
  return row ?? null;
}
