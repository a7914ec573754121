import { EntityManager } from 'typeorm';
import { NotFoundError } from '../../graphql/errors';
import { Beneficiary } from '../beneficiaries/beneficiary.entity';
import { countCandidates, topCandidatesForOpening } from './reads/candidate-ranking';
import { countEligiblePairs, findExcludedPairs } from './reads/candidate-search';
import { ExclusionReason, explainExclusion } from './rules/exclusion-reasons';
import { topOpeningsForPerson } from './reads/opening-ranking';
import { openingToRank } from './reads/opening-to-rank';
import { MatchAnchor, MatchFilter } from './sql/pair-query';
import { RankedMatch, ScoredMatch } from './pair-scoring';

export interface RankOptions {
  first: number;
  minScore: number | null;
  includeExcluded: boolean;
  excludedFirst: number;
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

async function withExclusions(
  manager: EntityManager,
  anchor: MatchAnchor,
  filter: MatchFilter,
  options: RankOptions,
  ranked: ScoredMatch[],
  countEligible: () => Promise<number>,
): Promise<Ranking> {
  const excluded = options.includeExcluded
    ? await findExcludedPairs(manager, anchor, filter, options.excludedFirst)
    : null;
  return {
    matches: ranked.slice(0, options.first).map((m, i) => ({ ...m, rank: i + 1 })),
    countEligible,
    totalExcluded: excluded?.total ?? null,
    excluded:
      excluded?.pairs.map((p) => ({
        beneficiaryId: p.beneficiaryId,
        openingId: p.openingId,
        reasons: explainExclusion(p),
      })) ?? null,
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
  return withExclusions(manager, { openingId }, filter, options, ranked, () =>
    countCandidates(manager, openingId, filter, opening),
  );
}

export async function matchOpeningsForBeneficiary(
  manager: EntityManager,
  beneficiaryId: string,
  filter: MatchFilter,
  options: RankOptions,
): Promise<Ranking> {
  if (!(await manager.existsBy(Beneficiary, { id: beneficiaryId })))
    throw new NotFoundError('Beneficiary', 'beneficiaryId');
  const ranked = await topOpeningsForPerson(manager, beneficiaryId, filter, options.first, options.minScore);
  return withExclusions(manager, { beneficiaryId }, filter, options, ranked, () =>
    countEligiblePairs(manager, { beneficiaryId }, filter),
  );
}
