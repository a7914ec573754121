import fc from 'fast-check';
import { MatchFactorCode, MatchingWeights } from '../../src/modules/matching/rules/factors';
import { MatchFeatures, scoreMatch, scoreOnly } from '../../src/modules/matching/rules/scoring';
import {
  bestScoreWithoutSkills,
  leastWaitingToReach,
  RankingWeights,
} from '../../src/modules/matching/sql/scoring-sql';

/*
 * Fairness of the pure scorer, stated as properties over generated pairs and weight settings. The same promises are
 * checked on the SQL pre-score and the placement plan by test/integration/matching-fairness.test.ts.
 */

const weightsArb: fc.Arbitrary<MatchingWeights> = fc.record({
  [MatchFactorCode.SKILLS]: fc.integer({ min: 0, max: 100 }),
  [MatchFactorCode.PREFERENCES]: fc.integer({ min: 0, max: 100 }),
  [MatchFactorCode.COMMUTE]: fc.integer({ min: 0, max: 100 }),
  [MatchFactorCode.LAW68_QUOTA]: fc.integer({ min: 0, max: 100 }),
  [MatchFactorCode.WAITING_TIME]: fc.integer({ min: 0, max: 100 }),
  [MatchFactorCode.PAST_PLACEMENT]: fc.integer({ min: 0, max: 100 }),
});

const featuresArb: fc.Arbitrary<MatchFeatures> = fc.record({
  skills: fc.array(
    fc.record({
      skillId: fc.string({ maxLength: 3 }),
      required: fc.boolean(),
      minimumLevel: fc.integer({ min: 1, max: 4 }),
      heldLevel: fc.integer({ min: 0, max: 4 }),
    }),
    { maxLength: 6 },
  ),
  roadKm: fc.double({ min: 0, max: 80, noNaN: true }),
  commuteMinutes: fc.double({ min: 0, max: 150, noNaN: true }),
  commuteLimitMinutes: fc.option(fc.integer({ min: 1, max: 120 })),
  commuteLimitKm: fc.option(fc.integer({ min: 1, max: 80 })),
  occupationPreferred: fc.boolean(),
  sectorPreferred: fc.boolean(),
  hasPreferences: fc.boolean(),
  waitingDays: fc.integer({ min: 0, max: 1000 }),
  law68Shortfall: fc.constant(null),
  pastPositivePlacement: fc.boolean(),
});

/** Every shortfall an employer can show: covered or unknown (0), one unit, two, three or more. */
const shortfallArb = fc.oneof(fc.constantFrom(0, 1, 2, 3), fc.integer({ min: 4, max: 40 }));

describe('Law 68/99 eligibility never lowers a score', () => {
  it('scores an eligible person at least as high as an otherwise identical person who is not, for every shortfall and weights', () => {
    fc.assert(
      fc.property(featuresArb, weightsArb, shortfallArb, (features, weights, shortfall) => {
        const notEligible = scoreMatch(features, weights).score;
        const eligible = scoreMatch({ ...features, law68Shortfall: shortfall }, weights).score;
        expect(eligible).toBeGreaterThanOrEqual(notEligible);
        expect(scoreOnly({ ...features, law68Shortfall: shortfall }, weights)).toBe(eligible);
      }),
      { numRuns: 2000 },
    );
  });

  it('scores the two people of the reported experiment alike, or the eligible one higher', () => {
    // Two people identical but for their Law 68/99 registration: 68.98 against 76.64 before the fix.
    const person: MatchFeatures = {
      skills: [{ skillId: 'a', required: true, minimumLevel: 2, heldLevel: 2 }],
      roadKm: 12,
      commuteMinutes: 30,
      commuteLimitMinutes: 60,
      commuteLimitKm: null,
      occupationPreferred: false,
      sectorPreferred: true,
      hasPreferences: true,
      waitingDays: 120,
      law68Shortfall: null,
      pastPositivePlacement: false,
    };
    const other = scoreMatch(person, defaultWeights()).score;
    for (const shortfall of [0, 1, 2, 3, 7]) {
      expect(scoreMatch({ ...person, law68Shortfall: shortfall }, defaultWeights()).score).toBeGreaterThanOrEqual(
        other,
      );
    }
  });

  it('keeps the points adding up exactly to the score', () => {
    fc.assert(
      fc.property(featuresArb, weightsArb, fc.option(shortfallArb), (features, weights, shortfall) => {
        const { score, factors } = scoreMatch({ ...features, law68Shortfall: shortfall }, weights);
        expect(factors.reduce((sum, f) => sum + Math.round(f.points * 100), 0)).toBe(Math.round(score * 100));
      }),
      { numRuns: 1000 },
    );
  });

  it('bounds the people without skills so that eligibility never lowers the bound either', () => {
    fc.assert(
      fc.property(
        weightsArb,
        fc.constantFrom(0, 0.5, 0.7, 1),
        fc.constantFrom(0, 0.6, 0.8, 1),
        (w, preference, law68Score) => {
          const weights: RankingWeights = { weightsByAmbito: new Map(), defaultWeights: w };
          const without = bestScoreWithoutSkills(weights, { law68Score, preference, quotaApplies: false });
          const withQuota = bestScoreWithoutSkills(weights, { law68Score, preference, quotaApplies: true });
          expect(withQuota).toBeGreaterThanOrEqual(without - 1e-9);
          const needed = leastWaitingToReach(weights, { law68Score, preference, quotaApplies: true }, without);
          if (needed !== null) expect(needed).toBeLessThanOrEqual(1);
        },
      ),
    );
  });
});

describe('the commute limit is a constraint, not a scale', () => {
  it('leaves the score unchanged when the person’s limit is tightened while the pair stays within it', () => {
    fc.assert(
      fc.property(
        featuresArb,
        weightsArb,
        fc.integer({ min: 1, max: 120 }),
        fc.integer({ min: 0, max: 120 }),
        fc.integer({ min: 1, max: 80 }),
        (features, weights, looser, tighter, km) => {
          const limit = Math.max(looser, tighter);
          const tight = Math.max(Math.ceil(features.commuteMinutes), Math.min(looser, tighter));
          fc.pre(features.commuteMinutes <= limit);
          const loose = scoreMatch({ ...features, commuteLimitMinutes: limit, commuteLimitKm: null }, weights).score;
          expect(scoreMatch({ ...features, commuteLimitMinutes: tight, commuteLimitKm: null }, weights).score).toBe(
            loose,
          );
          fc.pre(features.roadKm <= km);
          expect(scoreMatch({ ...features, commuteLimitMinutes: null, commuteLimitKm: km }, weights).score).toBe(
            scoreMatch(
              { ...features, commuteLimitMinutes: null, commuteLimitKm: Math.ceil(features.roadKm) || 1 },
              weights,
            ).score,
          );
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('scores the reported 30-minute trip alike for limits of 35 and 90 minutes', () => {
    const trip = { ...featureOfTrip(), commuteMinutes: 30 };
    expect(scoreMatch({ ...trip, commuteLimitMinutes: 35 }, defaultWeights()).score).toBe(
      scoreMatch({ ...trip, commuteLimitMinutes: 90 }, defaultWeights()).score,
    );
  });
});

describe('what the scorer is never given', () => {
  it('has no input for disability, invalidity, Law 381/91 category, referring service or health notes', () => {
    // Compile-time: the scorer's input is exactly these fields; adding any other one fails this file's type check.
    type Inputs =
      | 'skills'
      | 'roadKm'
      | 'commuteMinutes'
      | 'commuteLimitMinutes'
      | 'commuteLimitKm'
      | 'occupationPreferred'
      | 'sectorPreferred'
      | 'hasPreferences'
      | 'waitingDays'
      | 'law68Shortfall'
      | 'pastPositivePlacement';
    type Exactly<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
    const exactly: Exactly<keyof MatchFeatures, Inputs> = true;
    type Sensitive =
      | 'disabilityKinds'
      | 'invalidityPercentage'
      | 'law381Category'
      | 'referringService'
      | 'serviceKind'
      | 'healthNotes'
      | 'notes'
      | 'reason';
    const noneSensitive: Extract<keyof MatchFeatures, Sensitive> extends never ? true : false = true;
    expect([exactly, noneSensitive]).toEqual([true, true]);
  });
});

function defaultWeights(): MatchingWeights {
  return { SKILLS: 40, COMMUTE: 20, PREFERENCES: 15, LAW68_QUOTA: 10, WAITING_TIME: 10, PAST_PLACEMENT: 5 };
}

function featureOfTrip(): MatchFeatures {
  return {
    skills: [],
    roadKm: 10,
    commuteMinutes: 30,
    commuteLimitMinutes: null,
    commuteLimitKm: null,
    occupationPreferred: false,
    sectorPreferred: false,
    hasPreferences: false,
    waitingDays: 0,
    law68Shortfall: null,
    pastPositivePlacement: false,
  };
}
