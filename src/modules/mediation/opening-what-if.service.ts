import { EntityManager } from 'typeorm';
import { findPairsIgnoringConstraints } from '../matching/reads/candidate-search';
import { topCandidatesForOpening } from '../matching/reads/candidate-ranking';
import { openingToRank } from '../matching/reads/opening-to-rank';
import { scoreEligiblePairs } from '../matching/pair-scoring';
import { PRE_SCORE_TOLERANCE } from '../matching/sql/scoring-sql';
import { OpeningToRank } from '../matching/sql/candidate-pre-rank-sql';
import { Change, ChangeCode, SCORE_ONLY } from './rules/changes';
import {
  bestOf,
  byGain,
  entrants,
  newcomers,
  openingChanges,
  openingPairAfter,
  pairsOf,
  Ranked,
  worthScoring,
} from './rules/what-if';
import { variantOf } from './sql/variants';
import { countOpeningVariants, readOpeningFacts } from './reads/opening-what-if';
import { VariantCount } from './reads/variant-counts';

/** How many places of the ranking a newcomer must reach to be named. */
export const WHAT_IF_TOP = 10;

export interface WhatIfScope {
  /** The ambito counted apart (the viewer's, or the one asked for), or null. */
  ambito: number | null;
  /** People outside this ambito are never named (an operator's own); null: everyone may be. */
  visibleAmbito: number | null;
}

export interface ChangeOutcome {
  changes: Change[];
  gained: number;
  gainedInAmbito: number | null;
  gainedLaw68: number;
  lost: number;
  /** The newcomers to the top 10 (the other side's IDs) with their score and new rank; empty for pairs. */
  entrants: Array<Ranked & { rank: number }>;
}

export interface WhatIfResult {
  eligibleNow: { total: number; inAmbito: number | null; law68: number };
  changes: ChangeOutcome[];
  bestPair: ChangeOutcome | null;
}

const outcome = (changes: Change[], c: VariantCount, named: ChangeOutcome['entrants']): ChangeOutcome => ({
  changes,
  gained: c.gained,
  gainedInAmbito: c.gainedInAmbito,
  gainedLaw68: c.gainedLaw68,
  lost: c.lost,
  entrants: named,
});

/**
 * The newcomers to the top 10 once a score-only change is made: the changed opening ranked again by matching's own
 * ranking, over the people the viewer may see.
 */
async function rerankedNewcomers(
  manager: EntityManager,
  openingId: string,
  opening: OpeningToRank,
  c: Change,
  filter: { ambito: number | null },
  before: Ranked[],
): Promise<ChangeOutcome['entrants']> {
  const changed =
    c.code === ChangeCode.CONTRACT
      ? { ...(await openingToRank(manager, openingId, true)), skills: opening.skills }
      : { ...opening, skills: variantOf([c], opening.skills).skills! };
  const after = await topCandidatesForOpening(manager, openingId, filter, WHAT_IF_TOP, null, changed, (pair) =>
    openingPairAfter(pair, c),
  );
  return newcomers(
    before,
    after.map((m) => ({ id: m.beneficiaryId, score: m.score })),
    WHAT_IF_TOP,
  );
}

/**
 * `openingWhatIf`: each change the employer could make to the opening, how many more people it makes eligible and
 * who of them enters the top 10 with their score, counted by matching's own rules over a modified profile.
 */
export async function openingWhatIf(
  manager: EntityManager,
  openingId: string,
  scope: WhatIfScope,
): Promise<WhatIfResult> {
  const opening = await openingToRank(manager, openingId);
  const facts = await readOpeningFacts(manager, openingId);
  const singles = openingChanges(facts);
  const pairs = pairsOf(singles);
  // The current best of the people the viewer may see, deep enough that losing some still leaves the 10th known.
  const filter = { ambito: scope.visibleAmbito };
  const current = await topCandidatesForOpening(manager, openingId, filter, 2 * WHAT_IF_TOP, null, opening);
  const counts = await countOpeningVariants(
    manager,
    openingId,
    opening,
    singles.map((c) => variantOf([c], opening.skills)),
    pairs.map(([i, j]) => variantOf([singles[i], singles[j]], opening.skills)),
    { ...scope, watched: current.map((m) => m.beneficiaryId) },
  );

  const toScore = counts.singles.map((c) =>
    worthScoring(c.gainedIds, c.gainedPreScores, WHAT_IF_TOP, PRE_SCORE_TOLERANCE),
  );
  const ids = [...new Set(toScore.flat())];
  const scored = ids.length
    ? await scoreEligiblePairs(
        manager,
        await findPairsIgnoringConstraints(manager, { openingId, beneficiaryIds: ids }),
        {
          weights: opening.weights.weightsByAmbito,
          shortfalls: opening.shortfalls,
        },
      )
    : [];
  const scoreOf = new Map(scored.map((m) => [m.beneficiaryId, m.score]));
  const ranked = current.map((m) => ({ id: m.beneficiaryId, score: m.score }));

  const rerankedEntrants = await Promise.all(
    singles.map((c) =>
      SCORE_ONLY.has(c.code) ? rerankedNewcomers(manager, openingId, opening, c, filter, ranked) : null,
    ),
  );
  const changes = counts.singles.map((c, k) => {
    const reranked = rerankedEntrants[k];
    if (reranked) return outcome([singles[k]], c, reranked);
    const gained = toScore[k].filter((id) => scoreOf.has(id)).map((id) => ({ id, score: scoreOf.get(id)! }));
    return outcome([singles[k]], c, entrants(ranked, c.lostWatchedIds, gained, WHAT_IF_TOP));
  });
  const pairOutcomes = counts.pairs.map((c, k) => outcome([singles[pairs[k][0]], singles[pairs[k][1]]], c, []));
  return { eligibleNow: counts.eligibleNow, changes: changes.sort(byGain), bestPair: bestOf(pairOutcomes) };
}
