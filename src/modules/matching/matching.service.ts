import { EntityManager } from 'typeorm';
import { todayInItaly } from '../../config/calendar';
import { NotFoundError } from '../../graphql/errors';
import { Beneficiary } from '../beneficiaries/beneficiary.entity';
import { disabledQuotaShortfalls } from '../quotas/quota.service';
import { countCandidates, topCandidatesForOpening } from './candidate-ranking';
import { countEligiblePairs, EligiblePair, findExcludedPairs } from './candidate-search';
import { CommuteEstimate } from './commute';
import { ExclusionReason, explainExclusion } from './exclusion-reasons';
import { MatchingWeights } from './factors';
import { AccommodationCheck, accommodations, commuteOf, SkillGap, skillGaps, toFeatures } from './match-details';
import { topOpeningsForPerson } from './opening-ranking';
import { openingToRank } from './opening-to-rank';
import { MatchAnchor, MatchFilter } from './pair-query';
import { FactorScore, scoreMatch, scoreOnly } from './scoring';
import { loadWeights, weightsFor } from './weights.service';

export interface RankOptions {
  first: number;
  minScore: number | null;
  includeExcluded: boolean;
  excludedFirst: number;
}

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

export interface ExcludedMatch {
  beneficiaryId: string;
  openingId: string;
  reasons: ExclusionReason[];
}

export interface Ranking {
  matches: RankedMatch[];
  /** Counting every eligible pair can cost more than the ranking itself: done only when asked. */
  countEligible: () => Promise<number>;
  totalExcluded: number | null;
  excluded: ExcludedMatch[] | null;
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
export async function scoreEligiblePairs(manager: EntityManager, pairs: EligiblePair[], known: KnownScoring = {}): Promise<ScoredMatch[]> {
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

export async function pairScorer(manager: EntityManager, pairs: EligiblePair[], known: KnownScoring = {}): Promise<PairScorer> {
  const quotaEmployers = [...new Set(pairs.filter((p) => p.law68Applies).map((p) => p.employerId))];
  const [weights, shortfalls] = await Promise.all([
    known.weights ?? loadWeights(manager),
    known.shortfalls ??
      (quotaEmployers.length ? disabledQuotaShortfalls(manager, quotaEmployers, todayInItaly()) : new Map<string, number>()),
  ]);
  const shortfall = (pair: EligiblePair) => shortfalls.get(pair.employerId) ?? 0;
  return {
    score: (pair) =>
      scoreOnly(toFeatures(pair, pair.law68Applies ? shortfall(pair) : null, commuteOf(pair)), weightsFor(weights, pair.ambito)),
    explained: (pair) => scorePair(pair, weightsFor(weights, pair.ambito), shortfall(pair)),
    coversQuota: (pair) => pair.law68Applies && shortfall(pair) > 0,
  };
}

/** Highest score first; equal scores in a stable order of the other side's ID, so the same data ranks the same. */
export function byScoreThenId(key: 'beneficiaryId' | 'openingId') {
  return (a: ScoredMatch, b: ScoredMatch) => b.score - a.score || a[key].localeCompare(b[key]);
}

async function withExclusions(
  manager: EntityManager,
  anchor: MatchAnchor,
  filter: MatchFilter,
  options: RankOptions,
  ranked: ScoredMatch[],
  countEligible: () => Promise<number>,
): Promise<Ranking> {
  const excluded = options.includeExcluded ? await findExcludedPairs(manager, anchor, filter, options.excludedFirst) : null;
  return {
    matches: ranked.slice(0, options.first).map((m, i) => ({ ...m, rank: i + 1 })),
    countEligible,
    totalExcluded: excluded?.total ?? null,
    excluded:
      excluded?.pairs.map((p) => ({ beneficiaryId: p.beneficiaryId, openingId: p.openingId, reasons: explainExclusion(p) })) ??
      null,
  };
}

export async function matchCandidatesForOpening(
  manager: EntityManager,
  openingId: string,
  filter: MatchFilter,
  options: RankOptions,
): Promise<Ranking> {
  const opening = await openingToRank(manager, openingId);
  const ranked = await topCandidatesForOpening(manager, openingId, filter, options.first, options.minScore, opening);
  return withExclusions(manager, { openingId }, filter, options, ranked, () => countCandidates(manager, openingId, filter, opening));
}

export async function matchOpeningsForBeneficiary(
  manager: EntityManager,
  beneficiaryId: string,
  filter: MatchFilter,
  options: RankOptions,
): Promise<Ranking> {
  if (!(await manager.existsBy(Beneficiary, { id: beneficiaryId }))) throw new NotFoundError('Beneficiary', 'beneficiaryId');
  const ranked = await topOpeningsForPerson(manager, beneficiaryId, filter, options.first, options.minScore);
  return withExclusions(manager, { beneficiaryId }, filter, options, ranked, () =>
    countEligiblePairs(manager, { beneficiaryId }, filter),
  );
}
