import { EntityManager } from 'typeorm';
import { findEligiblePairs } from './candidate-search';
import {
  countCandidatesSql,
  EVERYONE,
  holdersOf,
  preRankCandidatesSql,
  OpeningToRank,
  Readers,
} from '../sql/candidate-pre-rank-sql';
import { byScoreThenId, ScoredMatch, scoreEligiblePairs } from '../pair-scoring';
import { openingToRank } from './opening-to-rank';
import { MatchFilter } from '../sql/pair-query';
import { EligiblePair } from '../rules/pairs';
import { peopleWithoutSkillsWhoCouldReach } from './people-without-skills';
import { PRE_SCORE_TOLERANCE } from '../sql/scoring-sql';

interface PreRanked {
  id: string;
  preScore: number;
}

/** How many people pass every hard constraint for one opening (and the filter), counted over `match_profile`. */
export async function countCandidates(
  manager: EntityManager,
  openingId: string,
  filter: MatchFilter,
  known?: OpeningToRank,
): Promise<number> {
  const opening = known ?? (await openingToRank(manager, openingId));
  const { text, params } = countCandidatesSql(openingId, opening, filter);
  const [{ total }] = await manager.query(text, params);
  return total;
}

async function preRank(
  manager: EntityManager,
  openingId: string,
  filter: MatchFilter,
  depth: number,
  opening: OpeningToRank,
  readers: Readers,
): Promise<PreRanked[]> {
  const { text, params } = preRankCandidatesSql(openingId, opening, filter, depth, readers);
  const rows = await manager.query(text, params);
  return rows.map((row: { id: string; preScore: string }) => ({ id: row.id, preScore: Number(row.preScore) }));
}

/** The people of both reads, once each, who reach the `depth`-th best of all minus twice the tolerance. */
function cut(rows: PreRanked[], depth: number): PreRanked[] {
  const sorted = [...new Map(rows.map((row) => [row.id, row])).values()].sort(
    (a, b) => b.preScore - a.preScore || a.id.localeCompare(b.id),
  );
  const threshold = sorted.length >= depth ? sorted[depth - 1].preScore - 2 * PRE_SCORE_TOLERANCE : -Infinity;
  return sorted.filter((row) => row.preScore >= threshold);
}

/**
 * Everyone for one opening who could make its best `depth`, pre-ranked. The holders of at least one of its skills
 * (and anyone with a positive past placement at its employer) are read first, through the index of held skills;
 * their `depth`-th best sets the score to beat. The others score nothing for skills, so how high each group of them
 * could score is known in advance: only the groups that could beat the holders are read, and in each only the people
 * who have waited long enough to (through the index of case openings); none at all when no group can.
 */
export async function preRankCandidates(
  manager: EntityManager,
  openingId: string,
  filter: MatchFilter,
  depth: number,
  opening?: OpeningToRank,
): Promise<PreRanked[]> {
  const toRank = opening ?? (await openingToRank(manager, openingId));
  if (!toRank.skills.length) return preRank(manager, openingId, filter, depth, toRank, EVERYONE);

  const holders = await preRank(manager, openingId, filter, depth, toRank, holdersOf(toRank));
  const floor = holders.length >= depth ? holders[depth - 1].preScore - 2 * PRE_SCORE_TOLERANCE : -Infinity;
  const couldReach = await peopleWithoutSkillsWhoCouldReach(manager, toRank, floor);
  if (!couldReach) return holders;
  // Holders met again are scored alike and counted once: excluding them here would cost an array test per row.
  const others = await preRank(manager, openingId, filter, depth, toRank, { condition: couldReach, floor });
  return cut([...holders, ...others], depth);
}

/**
 * The best `first` people for one opening, exactly as `scoreMatch` ranks them, without scoring everyone in Node:
 * the database pre-ranks everyone (see scoring-sql.ts) and Node scores exactly only those who could make the list.
 */
export async function topCandidatesForOpening(
  manager: EntityManager,
  openingId: string,
  filter: MatchFilter,
  first: number,
  minScore: number | null,
  known?: OpeningToRank,
  /** The opening as a what-if changes it: its pairs as the score would read them (`known` is then the changed one). */
  changed?: (pair: EligiblePair) => EligiblePair,
): Promise<ScoredMatch[]> {
  const opening = known ?? (await openingToRank(manager, openingId));
  const ids = (await preRankCandidates(manager, openingId, filter, first, opening)).map((r) => r.id);
  if (!ids.length) return [];
  const found = await findEligiblePairs(manager, { openingId, beneficiaryIds: ids }, filter);
  const pairs = changed ? found.map(changed) : found;
  const scored = await scoreEligiblePairs(manager, pairs, {
    weights: opening.weights.weightsByAmbito,
    shortfalls: opening.shortfalls,
  });
  return scored
    .filter((m) => minScore === null || m.score >= minScore)
    .sort(byScoreThenId('beneficiaryId'))
    .slice(0, first);
}
