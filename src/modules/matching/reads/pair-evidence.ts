import { EntityManager } from 'typeorm';
import { findEligiblePairs, findExcludedPairs } from './candidate-search';
import { ExclusionReason, explainExclusion } from '../rules/exclusion-reasons';
import { MatchingWeights } from '../rules/factors';
import { byScoreThenId, scoreEligiblePairs } from '../pair-scoring';
import { FactorScore } from '../rules/scoring';
import { loadWeights, weightsFor } from '../weights.service';

/**
 * What the ranking said of one person for one opening at a given moment: what an operator saw when proposing the
 * placement, kept so a coordinator, an auditor or the person can later ask why this person and why this opening.
 */
export interface PairEvidence {
  /** The person's place among everyone eligible, in the order every ranking uses; null when a hard constraint excluded them. */
  rank: number | null;
  eligibleCandidates: number;
  score: number | null;
  topCandidate: boolean;
  /** The best score among the eligible, whoever holds it. */
  topScore: number | null;
  factors: FactorScore[];
  /** The weights in force for the person's ambito. */
  weights: MatchingWeights;
  /** The hard constraints the pair failed, when it was not eligible. */
  exclusionReasons: ExclusionReason[];
}

/**
 * Ranks everyone eligible for the opening exactly (the reference ranking, scored in Node) and places the person in
 * it. A proposal is a rare write, so the whole ranking is affordable here, and the rank is exact however deep.
 */
export async function pairEvidence(
  manager: EntityManager,
  openingId: string,
  beneficiaryId: string,
): Promise<PairEvidence> {
  const [weightsByAmbito, ranked] = await Promise.all([
    loadWeights(manager),
    findEligiblePairs(manager, { openingId }, {}).then((pairs) => scoreEligiblePairs(manager, pairs)),
  ]);
  ranked.sort(byScoreThenId('beneficiaryId'));
  const index = ranked.findIndex((m) => m.beneficiaryId === beneficiaryId);
  const [{ ambito }] = await manager.query(
    `SELECT m.ambito_number AS ambito FROM beneficiary b JOIN municipality m ON m.id = b.residence_municipality_id WHERE b.id = $1`,
    [beneficiaryId],
  );
  const common = {
    eligibleCandidates: ranked.length,
    topScore: ranked[0]?.score ?? null,
    weights: weightsFor(weightsByAmbito, ambito),
  };
  if (index >= 0) {
    const match = ranked[index];
    return {
      ...common,
      rank: index + 1,
      score: match.score,
      topCandidate: index === 0,
      factors: match.factors,
      exclusionReasons: [],
    };
  }
  const { pairs } = await findExcludedPairs(manager, { openingId, beneficiaryIds: [beneficiaryId] }, {}, 1);
  return {
    ...common,
    rank: null,
    score: null,
    topCandidate: false,
    factors: [],
    exclusionReasons: pairs.flatMap(explainExclusion),
  };
}
