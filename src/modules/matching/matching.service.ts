import { EntityManager } from 'typeorm';
import { todayInItaly } from '../../config/calendar';
import { NotFoundError } from '../../graphql/errors';
import { Beneficiary } from '../beneficiaries/beneficiary.entity';
import { disabledQuotaShortfalls } from '../quotas/quota.service';
import { topCandidatesForOpening } from './candidate-ranking';
import { countEligiblePairs, EligiblePair, findEligiblePairs, findExcludedPairs } from './candidate-search';
import { CommuteEstimate } from './commute';
import { ExclusionReason, explainExclusion } from './exclusion-reasons';
import { AccommodationCheck, accommodations, commuteOf, SkillGap, skillGaps, toFeatures } from './match-details';
import { MatchAnchor, MatchFilter } from './pair-query';
import { FactorScore, scoreMatch } from './scoring';
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

/** Scores pairs that passed the hard constraints; what a full ranking and the placement plan both start from. */
export async function scoreEligiblePairs(manager: EntityManager, pairs: EligiblePair[]): Promise<ScoredMatch[]> {
  const weights = await loadWeights(manager);
  const quotaEmployers = [...new Set(pairs.filter((p) => p.law68Applies).map((p) => p.employerId))];
  const shortfalls = quotaEmployers.length ? await disabledQuotaShortfalls(manager, quotaEmployers, todayInItaly()) : new Map();
  return pairs.map((pair) => {
    const commute = commuteOf(pair);
    const law68Shortfall = pair.law68Applies ? (shortfalls.get(pair.employerId) ?? 0) : null;
    const { score, factors } = scoreMatch(toFeatures(pair, law68Shortfall, commute), weightsFor(weights, pair.ambito));
    // Gaps and accommodations are worked out only for the matches someone reads (a plan scores many more).
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
  });
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
  const ranked = await topCandidatesForOpening(manager, openingId, filter, options.first, options.minScore);
  return withExclusions(manager, { openingId }, filter, options, ranked, () => countEligiblePairs(manager, { openingId }, filter));
}

export async function matchOpeningsForBeneficiary(
  manager: EntityManager,
  beneficiaryId: string,
  filter: MatchFilter,
  options: RankOptions,
): Promise<Ranking> {
  if (!(await manager.existsBy(Beneficiary, { id: beneficiaryId }))) throw new NotFoundError('Beneficiary', 'beneficiaryId');
  // One person passes the hard constraints of few openings: all of them are scored in Node.
  const eligible = await scoreEligiblePairs(manager, await findEligiblePairs(manager, { beneficiaryId }, filter));
  const ranked = eligible
    .filter((m) => options.minScore === null || m.score >= options.minScore)
    .sort(byScoreThenId('openingId'));
  return withExclusions(manager, { beneficiaryId }, filter, options, ranked, async () => eligible.length);
}
