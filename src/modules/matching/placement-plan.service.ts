import { registerEnumType } from 'type-graphql';
import { EntityManager } from 'typeorm';
import { UserInputError } from '../../graphql/errors';
import { findEligiblePairs } from './reads/candidate-search';
import { EligiblePair } from './rules/pairs';
import { byScoreThenId, pairScorer, RankedMatch } from './pair-scoring';
import { groupBy } from '../../lib/group-by';
import { solvePlacementPlan } from './rules/plan-solver';
import { openPositionsSql } from './sql/plan-sql';
import { OpeningStatus } from '../openings/opening.enums';
import { msg } from '../../i18n/message';

export interface PlanRequest {
  ambito: number;
  openingIds: string[] | null;
  beneficiaryIds: string[] | null;
  /** Points added to a pair that would cover an employer's uncovered Law 68/99 quota. */
  law68Priority: number;
}

export enum UnfilledReason {
  NOT_OPEN = 'NOT_OPEN',
  NO_ELIGIBLE_CANDIDATE = 'NO_ELIGIBLE_CANDIDATE',
  TOO_FEW_ELIGIBLE_CANDIDATES = 'TOO_FEW_ELIGIBLE_CANDIDATES',
  CANDIDATES_BETTER_PLACED_ELSEWHERE = 'CANDIDATES_BETTER_PLACED_ELSEWHERE',
}
registerEnumType(UnfilledReason, { name: 'UnfilledReason' });

export interface PlanOutcome {
  totalScore: number;
  assignments: RankedMatch[];
  openings: Array<{
    openingId: string;
    openPositions: number;
    filledPositions: number;
    unfilledReason: UnfilledReason | null;
    bestAlternative: { match: RankedMatch; assignedElsewhere: boolean } | null;
  }>;
}

/** The default priority, in score points, for pairs that cover an uncovered Law 68/99 quota. */
export const DEFAULT_LAW68_PRIORITY = 10;

/** Limits that keep one plan within a couple of seconds; a coordinator narrows larger runs by openings or people. */
export const PLAN_LIMITS = { openings: 1000, people: 3000 };

async function openPositions(manager: EntityManager, request: PlanRequest) {
  const { text, params } = openPositionsSql(request.openingIds);
  const rows: Array<{ id: string; status: string; open: number }> = await manager.query(text, params);
  if (request.openingIds && rows.length !== new Set(request.openingIds).size) {
    throw new UserInputError(msg('matching.someTheseOpeningsDo'), 'openingIds');
  }
  if (rows.length > PLAN_LIMITS.openings) {
    throw new UserInputError(msg('matching.planCoversMostOpenings', { openings: PLAN_LIMITS.openings }), 'openingIds');
  }
  return rows;
}

/**
 * The placement plan: the assignment of the ambito's people to open positions that maximises the total score
 * (plus the Law 68/99 priority), each person at most once, each opening at most its open positions.
 */
export async function computePlacementPlan(manager: EntityManager, request: PlanRequest): Promise<PlanOutcome> {
  if (request.beneficiaryIds && request.beneficiaryIds.length > PLAN_LIMITS.people) {
    throw new UserInputError(msg('matching.planCoversMostPeople', { people: PLAN_LIMITS.people }), 'beneficiaryIds');
  }
  const openings = await openPositions(manager, request);
  const openIds = openings.filter((o) => o.status === OpeningStatus.OPEN).map((o) => o.id);
  const pairs = openIds.length
    ? await findEligiblePairs(
        manager,
        { openingIds: openIds, beneficiaryIds: request.beneficiaryIds },
        { ambito: request.ambito },
      )
    : [];
  const scorer = await pairScorer(manager, pairs);
  const scored = pairs.map((pair) => ({ pair, score: scorer.score(pair) }));
  const assignments = solvePlacementPlan(
    openings.map((o) => ({ openingId: o.id, positions: o.open })),
    scored.map(({ pair, score }) => ({
      openingId: pair.openingId,
      beneficiaryId: pair.beneficiaryId,
      value: score + (scorer.coversQuota(pair) ? request.law68Priority : 0),
    })),
  );

  const key = (openingId: string, beneficiaryId: string) => `${openingId}|${beneficiaryId}`;
  const byPair = new Map(pairs.map((pair) => [key(pair.openingId, pair.beneficiaryId), pair]));
  const assignedTo = new Map(assignments.map((a) => [a.beneficiaryId, a.openingId]));
  // Only the pairs shown are explained: the assignments and each opening's best alternative.
  const chosen = assignments
    .map((a) => scorer.explained(byPair.get(key(a.openingId, a.beneficiaryId))!))
    .sort(byScoreThenId('beneficiaryId'))
    .map((m, i) => ({ ...m, rank: i + 1 }));

  const candidatesOf = groupBy(scored, (candidate) => candidate.pair.openingId);
  const bestFirst = (a: { pair: EligiblePair; score: number }, b: { pair: EligiblePair; score: number }) =>
    b.score - a.score || a.pair.beneficiaryId.localeCompare(b.pair.beneficiaryId);
  return {
    totalScore: Math.round(chosen.reduce((sum, m) => sum + m.score * 100, 0)) / 100,
    assignments: chosen,
    openings: openings.map((o) => {
      const candidates = candidatesOf.get(o.id) ?? [];
      const filled = assignments.filter((a) => a.openingId === o.id).length;
      const alternative = candidates
        .filter((c) => assignedTo.get(c.pair.beneficiaryId) !== o.id)
        .reduce<(typeof candidates)[number] | null>(
          (best, c) => (best === null || bestFirst(c, best) < 0 ? c : best),
          null,
        );
      return {
        openingId: o.id,
        openPositions: o.open,
        filledPositions: filled,
        unfilledReason: filled >= o.open ? null : unfilledReason(o.status, candidates.length, o.open),
        bestAlternative: alternative
          ? {
              match: { ...scorer.explained(alternative.pair), rank: 0 },
              assignedElsewhere: assignedTo.has(alternative.pair.beneficiaryId),
            }
          : null,
      };
    }),
  };
}

function unfilledReason(status: string, eligible: number, positions: number): UnfilledReason {
  if (status !== OpeningStatus.OPEN) return UnfilledReason.NOT_OPEN;
  if (eligible === 0) return UnfilledReason.NO_ELIGIBLE_CANDIDATE;
  if (eligible < positions) return UnfilledReason.TOO_FEW_ELIGIBLE_CANDIDATES;
  return UnfilledReason.CANDIDATES_BETTER_PLACED_ELSEWHERE;
}
