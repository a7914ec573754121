import { EntityManager } from 'typeorm';
import { findEligiblePairs } from './candidate-search';
import { DEFAULT_WEIGHTS } from '../rules/factors';
import { preRankOpeningsSql } from '../sql/opening-pre-rank-sql';
import { pairScorer, ScoredMatch } from '../pair-scoring';
import { MatchFilter } from '../sql/pair-query';
import { RankingWeights } from '../sql/scoring-sql';
import { loadWeights } from '../weights.service';

/** The open openings that could make one person's best `depth` (see `preRankOpeningsSql`). */
export async function preRankOpenings(
  manager: EntityManager,
  beneficiaryId: string,
  filter: MatchFilter,
  depth: number,
  weights: RankingWeights,
): Promise<string[]> {
  const { text, params } = preRankOpeningsSql(beneficiaryId, filter, depth, weights);
  const rows: Array<{ id: string }> = await manager.query(text, params);
  return rows.map((row) => row.id);
}

/** One person's best `first` open openings, exactly as `scoreMatch` ranks them, each explained. */
export async function topOpeningsForPerson(
  manager: EntityManager,
  beneficiaryId: string,
  filter: MatchFilter,
  first: number,
  minScore: number | null,
): Promise<ScoredMatch[]> {
  const weights = { weightsByAmbito: await loadWeights(manager), defaultWeights: DEFAULT_WEIGHTS };
  const openingIds = await preRankOpenings(manager, beneficiaryId, filter, first, weights);
  if (!openingIds.length) return [];
  // The pre-rank applied the filter; the exact read re-checks every hard constraint of these pairs only.
  const pairs = await findEligiblePairs(manager, { openingIds, beneficiaryIds: [beneficiaryId] }, {});
  const scorer = await pairScorer(manager, pairs, { weights: weights.weightsByAmbito });
  return pairs
    .map((pair) => ({ pair, score: scorer.score(pair) }))
    .filter((m) => minScore === null || m.score >= minScore)
    .sort((a, b) => b.score - a.score || a.pair.openingId.localeCompare(b.pair.openingId))
    .slice(0, first)
    .map(({ pair }) => scorer.explained(pair));
}
