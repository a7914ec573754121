import fc from 'fast-check';
import {
  ageBand,
  FairnessDimension,
  fairnessFigures,
  GroupKey,
  RankedPair,
} from '../../src/modules/matching/fairness/fairness';

const D = FairnessDimension;

describe('fairness figures', () => {
  it('computes shares, means and the four-fifths flag as defined, by hand', () => {
    // One opening, 12 people ranked 1..12: the first 10 take the top places. Law 68: p0..p5 eligible (6), p6..p11 not.
    // Eligible at ranks 7..12 hold 4 top places of 10: topShare 0.4, poolShare 0.5, ratio 0.8 (not flagged).
    const pairs: RankedPair[] = Array.from({ length: 12 }, (_, i) => ({
      beneficiaryId: `p${i}`,
      score: 100 - i,
      rank: i < 6 ? i + 7 : i - 5,
    }));
    const groups = (id: string): GroupKey[] => [
      { dimension: D.LAW68_ART1, value: Number(id.slice(1)) < 6 ? 'ELIGIBLE' : 'NOT_ELIGIBLE' },
    ];
    const [eligible, other] = fairnessFigures(pairs, groups);
    expect(eligible).toEqual({
      dimension: D.LAW68_ART1,
      value: 'ELIGIBLE',
      suppressed: false,
      people: 6,
      poolShare: 0.5,
      topShare: 0.4,
      meanScore: 97.5,
      meanRank: 9.5,
      ratio: 0.8,
      flagged: false,
    });
    expect(other).toMatchObject({ value: 'NOT_ELIGIBLE', topShare: 0.6, ratio: 1.2, flagged: false });
    // One eligible person drops out of the top: 3 of the 9 top places left, 0.3333 against 0.5, flagged.
    const fewerOnTop = pairs.map((p) => ({ ...p, rank: Number(p.beneficiaryId.slice(1)) < 6 ? p.rank + 1 : p.rank }));
    expect(fairnessFigures(fewerOnTop, groups)[0]).toMatchObject({ topShare: 0.3333, ratio: 0.6667, flagged: true });
  });

  it('withholds groups under five people, and in a partition the next smallest while the withheld are under five together', () => {
    const pairs: RankedPair[] = Array.from({ length: 20 }, (_, i) => ({
      beneficiaryId: `p${i}`,
      score: 50,
      rank: i + 1,
    }));
    const band = (id: string) => {
      const n = Number(id.slice(1));
      return n < 3 ? 'UNDER_25' : n < 9 ? 'FROM_25_TO_34' : 'FROM_35_TO_49';
    };
    const kinds = (id: string) => (Number(id.slice(1)) < 2 ? ['PSYCHIC'] : ['NONE']);
    const figures = fairnessFigures(pairs, (id) => [
      { dimension: D.AGE_BAND, value: band(id) },
      ...kinds(id).map((value) => ({ dimension: D.DISABILITY_KIND, value })),
    ]);
    const by = (value: string) => figures.find((f) => f.value === value)!;
    expect(by('UNDER_25')).toMatchObject({ suppressed: true, people: null, poolShare: null, ratio: null });
    expect(by('FROM_25_TO_34')).toMatchObject({ suppressed: true, people: null });
    expect(by('FROM_35_TO_49')).toMatchObject({ suppressed: false, people: 11 });
    expect(by('PSYCHIC')).toMatchObject({ suppressed: true });
    expect(by('NONE')).toMatchObject({ suppressed: false, people: 18 });
  });

  it('never shows a group of fewer than five, nor lets the withheld of a partition be fewer than five together', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 30 }), fc.integer({ min: 1, max: 3 })), {
          minLength: 1,
          maxLength: 80,
        }),
        (rows) => {
          const pairs = rows.map(([person, rank], i) => ({
            beneficiaryId: `p${person}`,
            score: 50 - rank,
            rank: rank + (i % 12),
          }));
          const figures = fairnessFigures(pairs, (id) => [
            { dimension: D.SOCIAL_SERVICES, value: Number(id.slice(1)) % 2 ? 'FOLLOWED' : 'NOT_FOLLOWED' },
          ]);
          const hidden = new Set(figures.filter((f) => f.suppressed).map((f) => f.value));
          const hiddenPeople = new Set(
            pairs
              .map((p) => p.beneficiaryId)
              .filter((id) => hidden.has(Number(id.slice(1)) % 2 ? 'FOLLOWED' : 'NOT_FOLLOWED')),
          );
          expect(hiddenPeople.size === 0 || hiddenPeople.size >= 5 || figures.every((f) => f.suppressed)).toBe(true);
          for (const f of figures) {
            if (!f.suppressed) expect(f.people!).toBeGreaterThanOrEqual(5);
            expect(f.flagged).toBe(!f.suppressed && f.ratio! < 0.8);
          }
          if (figures.every((f) => !f.suppressed))
            expect(figures.reduce((sum, f) => sum + f.poolShare!, 0)).toBeCloseTo(1, 3);
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('bands ages at the day of the figures', () => {
    expect(
      ['2002-06-02', '2002-06-01', '1992-06-01', '1977-06-02', '1976-06-01'].map((b) => ageBand(b, '2027-06-01')),
    ).toEqual(['UNDER_25', 'FROM_25_TO_34', 'FROM_35_TO_49', 'FROM_35_TO_49', 'FROM_50']);
  });
});
