import { EntityManager } from 'typeorm';
import { todayInItaly } from '../../config/calendar';
import { disabledQuotaShortfalls } from '../quotas/quota.service';
import { EligiblePair } from './rules/pairs';
import { CommuteEstimate } from './rules/commute';
import { MatchingWeights } from './rules/factors';
import { AccommodationCheck, accommodations, commuteOf, SkillGap, skillGaps, toFeatures } from './rules/match-details';
import { FactorScore, scoreMatch, scoreOnly } from './rules/scoring';
import { loadWeights, weightsFor } from './weights.service';

/*
 * Scoring the pairs that passed the hard constraints, with the weights of each person's ambito and the employers'
 * current Law 68/99 shortfalls: what both rankings, the placement plan, fairness monitoring and the evidence of a
 * proposal start from.
 */

export interface RankedMatch {
  rank: number;
  score: number;
  beneficiaryId: string;
  openingId: string;
  employerId: string;
  factors: FactorScore[];
  skillGaps: SkillGap[];
  commute: CommuteEstimate;
  accommodations: AccommodationCheck[];
}

export type ScoredMatch = Omit<RankedMatch, 'rank'>;

function scorePair(pair: EligiblePair, weights: MatchingWeights, shortfall: number): ScoredMatch {
  const commute = commuteOf(pair);
  const { score, factors } = scoreMatch(toFeatures(pair, pair.law68Applies ? shortfall : null, commute), weights);
  return {
    score,
    factors,
    beneficiaryId: pair.beneficiaryId,
    openingId: pair.openingId,
    employerId: pair.employerId,
    commute,
    skillGaps: skillGaps(pair),
    accommodations: accommodations(pair),
  };
}

/** Scores pairs that passed the hard constraints; what every ranking and the placement plan start from. */
export async function scoreEligiblePairs(
  manager: EntityManager,
  pairs: EligiblePair[],
  known: KnownScoring = {},
): Promise<ScoredMatch[]> {
  const scorer = await pairScorer(manager, pairs, known);
  return pairs.map(scorer.explained);
}

/** What a caller already read, so the scorer does not read it again. */
export interface KnownScoring {
  weights?: Map<number, MatchingWeights>;
  /** The Law 68/99 shortfall of every employer whose pairs the factor applies to. */
  shortfalls?: Map<string, number>;
}

/** Scores pairs with the weights of each person's ambito and the employers' current Law 68/99 shortfalls. */
export interface PairScorer {
  /** The score alone, for ranking many pairs. */
  score(pair: EligiblePair): number;
  /** The score with its factors, gaps, commute and accommodations, for the pairs shown. */
  explained(pair: EligiblePair): ScoredMatch;
  /** Whether the pair would cover some of its employer's uncovered Law 68/99 quota. */
  coversQuota(pair: EligiblePair): boolean;
}

export async function pairScorer(
  manager: EntityManager,
  pairs: EligiblePair[],
  known: KnownScoring = {},
): Promise<PairScorer> {
  const quotaEmployers = [...new Set(pairs.filter((p) => p.law68Applies).map((p) => p.employerId))];
  const [weights, shortfalls] = await Promise.all([
    known.weights ?? loadWeights(manager),
    known.shortfalls ??
      (quotaEmployers.length
        ? disabledQuotaShortfalls(manager, quotaEmployers, todayInItaly())
        : new Map<string, number>()),
  ]);
  const shortfall = (pair: EligiblePair) => shortfalls.get(pair.employerId) ?? 0;
  return {
    score: (pair) =>
      scoreOnly(
        toFeatures(pair, pair.law68Applies ? shortfall(pair) : null, commuteOf(pair)),
        weightsFor(weights, pair.ambito),
      ),
    explained: (pair) => scorePair(pair, weightsFor(weights, pair.ambito), shortfall(pair)),
    coversQuota: (pair) => pair.law68Applies && shortfall(pair) > 0,
  };
}

/** Highest score first; equal scores in a stable order of the other side's ID, so the same data ranks the same. */
export function byScoreThenId(key: 'beneficiaryId' | 'openingId') {
  return (a: ScoredMatch, b: ScoredMatch) => b.score - a.score || a[key].localeCompare(b[key]);
}
