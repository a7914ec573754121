import { EntityManager } from 'typeorm';
import { findPairsIgnoringConstraints } from '../matching/reads/candidate-search';
import { topOpeningsForPerson } from '../matching/reads/opening-ranking';
import { pairScorer } from '../matching/pair-scoring';
import { bestOf, byGain, entrants, pairAfter, pairsOf, personChanges } from './rules/what-if';
import { variantOf } from './sql/variants';
import { countPersonVariants, readPersonFacts } from './reads/person-what-if';
import { ChangeOutcome, WHAT_IF_TOP, WhatIfResult } from './opening-what-if.service';

export interface PersonWhatIfOptions {
  /** The ambito whose openings are counted apart, or null. */
  ambito: number | null;
  /** Whether the viewer may read the person's accessibility needs (case workers): else no change names one. */
  withNeeds: boolean;
}

/**
 * `beneficiaryWhatIf`: each change that could be worked on with the person, how many more open openings it makes
 * eligible and which of them enter the person's top 10, counted by matching's own rules over a modified profile.
 */
export async function personWhatIf(
  manager: EntityManager,
  beneficiaryId: string,
  options: PersonWhatIfOptions,
): Promise<WhatIfResult> {
  const facts = await readPersonFacts(manager, beneficiaryId);
  const singles = personChanges(facts, options.withNeeds);
  const pairs = pairsOf(singles);
  const current = await topOpeningsForPerson(manager, beneficiaryId, {}, 2 * WHAT_IF_TOP, null);
  const counts = await countPersonVariants(
    manager,
    beneficiaryId,
    singles.map((c) => variantOf([c])),
    pairs.map(([i, j]) => variantOf([singles[i], singles[j]])),
    options.ambito,
    current.map((m) => m.openingId),
  );

  // Every gained opening is scored exactly: a person's gains are openings, at most a few hundred.
  const openingIds = [...new Set(counts.singles.flatMap((c) => c.gainedIds))];
  const pairs0 = openingIds.length
    ? await findPairsIgnoringConstraints(manager, { openingIds, beneficiaryIds: [beneficiaryId] })
    : [];
  const scorer = await pairScorer(manager, pairs0);
  const pairByOpening = new Map(pairs0.map((p) => [p.openingId, p]));
  const ranked = current.map((m) => ({ id: m.openingId, score: m.score }));

  const changes: ChangeOutcome[] = counts.singles.map((c, k) => {
    const gained = c.gainedIds
      .filter((id) => pairByOpening.has(id))
      .map((id) => ({ id, score: scorer.score(pairAfter(pairByOpening.get(id)!, singles[k])) }));
    return {
      changes: [singles[k]],
      gained: c.gained,
      gainedInAmbito: c.gainedInAmbito,
      gainedLaw68: c.gainedLaw68,
      lost: c.lost,
      entrants: entrants(ranked, c.lostWatchedIds, gained, WHAT_IF_TOP),
    };
  });
  const pairOutcomes = counts.pairs.map((c, k) => ({
    changes: [singles[pairs[k][0]], singles[pairs[k][1]]],
    gained: c.gained,
    gainedInAmbito: c.gainedInAmbito,
    gainedLaw68: c.gainedLaw68,
    lost: c.lost,
    entrants: [],
  }));
  return { eligibleNow: counts.eligibleNow, changes: changes.sort(byGain), bestPair: bestOf(pairOutcomes) };
}
