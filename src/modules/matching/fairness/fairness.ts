/*
 * The fairness of a ranking, measured per group of people (definitions in README.md). Pure: it takes every eligible
 * pair with its rank and the groups of its person, and returns the figures per group.
 */

/** The dimensions along which people are grouped. */
export enum FairnessDimension {
  LAW68_ART1 = 'LAW68_ART1',
  LAW381_CATEGORY = 'LAW381_CATEGORY',
  DISABILITY_KIND = 'DISABILITY_KIND',
  AGE_BAND = 'AGE_BAND',
  SOCIAL_SERVICES = 'SOCIAL_SERVICES',
  TRANSPORT_MODE = 'TRANSPORT_MODE',
}

/** Dimensions where each person is in exactly one group; in the others a person may be in several. */
export const PARTITIONS: ReadonlySet<FairnessDimension> = new Set([
  FairnessDimension.LAW68_ART1,
  FairnessDimension.LAW381_CATEGORY,
  FairnessDimension.AGE_BAND,
  FairnessDimension.SOCIAL_SERVICES,
]);

/** Fewer people than this in a group and its figures are withheld: they could point at someone. */
export const MIN_GROUP_SIZE = 5;
/** The four-fifths rule: a group whose share of the top places is under 0.8 of its share of the pool is flagged. */
export const FOUR_FIFTHS = 0.8;
/** The places that count as "the top" of each opening's ranking. */
export const TOP_PLACES = 10;

export interface GroupKey {
  dimension: FairnessDimension;
  value: string;
}

export interface RankedPair {
  beneficiaryId: string;
  score: number;
  /** 1 for the best of the opening's eligible people. */
  rank: number;
}

export interface GroupFigures extends GroupKey {
  suppressed: boolean;
  people: number | null;
  poolShare: number | null;
  topShare: number | null;
  meanScore: number | null;
  meanRank: number | null;
  /** topShare / poolShare. */
  ratio: number | null;
  flagged: boolean;
}

const round4 = (x: number) => Math.round(x * 10_000) / 10_000;
const keyOf = (g: GroupKey) => `${g.dimension}\u0000${g.value}`;

/**
 * The figures of every group met among the pairs' people: its share of the pool (eligible pairs), its share of the
 * top places, its mean score and rank, and their ratio, flagged under four fifths. Groups under MIN_GROUP_SIZE people
 * are withheld; in a partition, the smallest groups shown are withheld too until the withheld ones hold at least
 * MIN_GROUP_SIZE people together, so none can be worked out as what the others leave.
 */
export function fairnessFigures(
  pairs: readonly RankedPair[],
  groupsOf: (beneficiaryId: string) => readonly GroupKey[],
): GroupFigures[] {
  const top = pairs.filter((p) => p.rank <= TOP_PLACES).length;
  const acc = new Map<
    string,
    GroupKey & { people: Set<string>; pairs: number; top: number; scoreSum: number; rankSum: number }
  >();
  for (const pair of pairs) {
    for (const group of groupsOf(pair.beneficiaryId)) {
      let a = acc.get(keyOf(group));
      if (!a) acc.set(keyOf(group), (a = { ...group, people: new Set(), pairs: 0, top: 0, scoreSum: 0, rankSum: 0 }));
      a.people.add(pair.beneficiaryId);
      a.pairs += 1;
      if (pair.rank <= TOP_PLACES) a.top += 1;
      a.scoreSum += pair.score;
      a.rankSum += pair.rank;
    }
  }
  const withheld = new Set([...acc.values()].filter((a) => a.people.size < MIN_GROUP_SIZE).map(keyOf));
  // In a partition what the shown groups leave is the withheld groups together: while they are fewer than
  // MIN_GROUP_SIZE people in all, the smallest group shown is withheld with them.
  for (const dimension of PARTITIONS) {
    const groups = [...acc.values()]
      .filter((a) => a.dimension === dimension)
      .sort((a, b) => a.people.size - b.people.size);
    const hiddenPeople = () => groups.filter((a) => withheld.has(keyOf(a))).reduce((sum, a) => sum + a.people.size, 0);
    while (hiddenPeople() > 0 && hiddenPeople() < MIN_GROUP_SIZE) {
      const nextSmallest = groups.find((a) => !withheld.has(keyOf(a)));
      if (!nextSmallest) break;
      withheld.add(keyOf(nextSmallest));
    }
  }
  return [...acc.values()]
    .sort((a, b) => a.dimension.localeCompare(b.dimension) || a.value.localeCompare(b.value))
    .map((a) => {
      const base = { dimension: a.dimension, value: a.value };
      if (withheld.has(keyOf(a))) {
        return {
          ...base,
          suppressed: true,
          people: null,
          poolShare: null,
          topShare: null,
          meanScore: null,
          meanRank: null,
          ratio: null,
          flagged: false,
        };
      }
      const poolShare = a.pairs / pairs.length;
      const topShare = top > 0 ? a.top / top : 0;
      // Flagged on the ratio as shown, so the flag never contradicts the figure next to it.
      const ratio = round4(topShare / poolShare);
      return {
        ...base,
        suppressed: false,
        people: a.people.size,
        poolShare: round4(poolShare),
        topShare: round4(topShare),
        meanScore: Math.round((a.scoreSum / a.pairs) * 100) / 100,
        meanRank: Math.round((a.rankSum / a.pairs) * 100) / 100,
        ratio,
        flagged: ratio < FOUR_FIFTHS,
      };
    });
}

/** Age bands at the day of the figures. */
export function ageBand(birthDate: string, asOf: string): string {
  const [by, bm, bd] = birthDate.split('-').map(Number);
  const [y, m, d] = asOf.split('-').map(Number);
  const age = y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
  if (age < 25) return 'UNDER_25';
  if (age < 35) return 'FROM_25_TO_34';
  if (age < 50) return 'FROM_35_TO_49';
  return 'FROM_50';
}
