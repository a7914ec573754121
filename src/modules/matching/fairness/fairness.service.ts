import { EntityManager } from 'typeorm';
import { todayInItaly } from '../../../config/calendar';
import { UserInputError } from '../../../graphql/errors';
import { findEligiblePairs } from '../reads/candidate-search';
import { groupBy } from '../../../lib/group-by';
import { pairScorer } from '../pair-scoring';
import { ageBand, FairnessDimension, fairnessFigures, GroupFigures, GroupKey, RankedPair } from './fairness';
import { checkServiceAmbito } from '../../territory/service-ambiti';
import { msg } from '../../../i18n/message';

export interface FairnessReport {
  ambito: number;
  asOf: string;
  openings: number;
  eligiblePairs: number;
  groups: GroupFigures[];
}

interface PersonFacts {
  id: string;
  law68Category: string | null;
  law381Category: string | null;
  disabilityKinds: string[];
  birthDate: string;
  followedBySocialServices: boolean;
  transportModes: string[];
}

function groupsOf(p: PersonFacts, asOf: string): GroupKey[] {
  const D = FairnessDimension;
  return [
    { dimension: D.LAW68_ART1, value: p.law68Category === 'DISABLED_ART1' ? 'ELIGIBLE' : 'NOT_ELIGIBLE' },
    { dimension: D.LAW381_CATEGORY, value: p.law381Category ?? 'NONE' },
    ...(p.disabilityKinds.length ? p.disabilityKinds : ['NONE']).map((value) => ({
      dimension: D.DISABILITY_KIND,
      value,
    })),
    { dimension: D.AGE_BAND, value: ageBand(p.birthDate, asOf) },
    { dimension: D.SOCIAL_SERVICES, value: p.followedBySocialServices ? 'FOLLOWED' : 'NOT_FOLLOWED' },
    ...(p.transportModes.length ? p.transportModes : ['NONE_RECORDED']).map((value) => ({
      dimension: D.TRANSPORT_MODE,
      value,
    })),
  ];
}

/**
 * Every open opening ranked exactly over the ambito's people, as matchCandidates ranks them with the ambito filter,
 * and the figures of each group (README.md). Rankings are not stored: they are measured on today's records, so
 * `asOf` can only be today.
 */
export async function matchingFairness(
  manager: EntityManager,
  ambito: number,
  asOf: string | null,
): Promise<FairnessReport> {
  checkServiceAmbito(ambito, 'ambito');
  const today = todayInItaly();
  if (asOf !== null && asOf !== today) {
    throw new UserInputError(msg('matching.rankingsMeasuredTodayS', { today }), 'asOf');
  }
  const pairs = await findEligiblePairs(manager, { openingIds: null, beneficiaryIds: null }, { ambito });
  const scorer = await pairScorer(manager, pairs);
  const ranked: RankedPair[] = [];
  for (const candidates of groupBy(pairs, (p) => p.openingId).values()) {
    candidates
      .map((pair) => ({ beneficiaryId: pair.beneficiaryId, score: scorer.score(pair) }))
      .sort((a, b) => b.score - a.score || a.beneficiaryId.localeCompare(b.beneficiaryId))
      .forEach((pair, i) => ranked.push({ ...pair, rank: i + 1 }));
  }
  const people: PersonFacts[] = await manager.query(
    `SELECT b.id, b.law68_category AS "law68Category", b.law381_category AS "law381Category",
            b.disability_kinds AS "disabilityKinds", b.birth_date::text AS "birthDate",
            b.followed_by_social_services AS "followedBySocialServices", coalesce(wc.transport_modes, '{}') AS "transportModes"
     FROM beneficiary b LEFT JOIN work_constraints wc ON wc.beneficiary_id = b.id
     WHERE b.id = ANY($1::uuid[])`,
    [[...new Set(pairs.map((p) => p.beneficiaryId))]],
  );
  const groups = new Map(people.map((p) => [p.id, groupsOf(p, today)]));
  return {
    ambito,
    asOf: today,
    openings: new Set(pairs.map((p) => p.openingId)).size,
    eligiblePairs: pairs.length,
    groups: fairnessFigures(ranked, (id) => groups.get(id) ?? []),
  };
}
