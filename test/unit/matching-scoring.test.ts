import { render } from '../../src/i18n/message';
import { estimateCommute, minutesByMode } from '../../src/modules/matching/rules/commute';
import { DEFAULT_WEIGHTS, MatchFactorCode } from '../../src/modules/matching/rules/factors';
import {
  commuteFactor,
  law68Factor,
  MatchFeatures,
  PREFERENCE_SCORES,
  preferencesFactor,
  scoreMatch,
  scoreOnly,
  skillsFactor,
  waitingFactor,
} from '../../src/modules/matching/rules/scoring';
import {
  bestScoreWithoutSkills,
  leastWaitingToReach,
  RankingWeights,
} from '../../src/modules/matching/sql/scoring-sql';
import { TransportMode } from '../../src/modules/work-conditions/work-conditions.enums';

const base: MatchFeatures = {
  skills: [],
  roadKm: 10,
  commuteMinutes: 30,
  commuteLimitMinutes: 60,
  commuteLimitKm: null,
  occupationPreferred: false,
  sectorPreferred: false,
  hasPreferences: false,
  waitingDays: 0,
  law68Shortfall: null,
  pastPositivePlacement: false,
};

describe('skills factor', () => {
  it('gives full credit when the opening asks for no skill', () => {
    expect(skillsFactor([]).score).toBe(1);
  });

  it('weighs required skills twice as much as preferred ones, with half credit scaled for a lower level', () => {
    // required: held 3/needed 2 → 1; held 1/needed 2 → 0.5 × 1/2 = 0.25; preferred: missing → 0
    // (2 × (1 + 0.25) + 0) / (2 × 2 + 1) = 2.5 / 5 = 0.5
    const result = skillsFactor([
      { skillId: 'a', required: true, minimumLevel: 2, heldLevel: 3 },
      { skillId: 'b', required: true, minimumLevel: 2, heldLevel: 1 },
      { skillId: 'c', required: false, minimumLevel: 1, heldLevel: 0 },
    ]);
    expect(result.score).toBeCloseTo(0.5, 10);
    expect(render(result.message, 'it')).toBe(
      'Possiede 1 di 2 competenze richieste al livello chiesto; 0 di 1 preferita',
    );
    expect(render(result.message, 'en')).toBe('Holds 1 of 2 required skills at the level asked; 0 of 1 preferred');
  });
});

describe('other factors', () => {
  it('scores the commute by the share of a 60-minute reference it uses, whatever the person’s own limit', () => {
    expect(commuteFactor({ ...base, commuteMinutes: 15, commuteLimitMinutes: 60 }).score).toBeCloseTo(0.75);
    expect(commuteFactor({ ...base, commuteMinutes: 15, commuteLimitMinutes: 20 }).score).toBeCloseTo(0.75);
    expect(commuteFactor({ ...base, commuteMinutes: 90, commuteLimitMinutes: 120 }).score).toBe(0);
    expect(
      commuteFactor({ ...base, commuteLimitMinutes: null, commuteLimitKm: 20, commuteMinutes: 30 }).score,
    ).toBeCloseTo(0.5);
    expect(commuteFactor({ ...base, commuteLimitMinutes: null, commuteMinutes: 30 }).score).toBeCloseTo(0.5);
  });

  it('ranks a preferred occupation above a preferred sector above no preference above a mismatch', () => {
    const scores = [
      preferencesFactor({ ...base, occupationPreferred: true, hasPreferences: true }),
      preferencesFactor({ ...base, sectorPreferred: true, hasPreferences: true }),
      preferencesFactor({ ...base, hasPreferences: false }),
      preferencesFactor({ ...base, hasPreferences: true }),
    ].map((r) => r.score);
    expect(scores).toEqual([1, 0.7, 0.5, 0]);
  });

  it('grows with the employer’s uncovered Law 68/99 quota, and gives nothing when it is covered', () => {
    expect([0, 1, 2, 3, 9].map((n) => law68Factor(n).score)).toEqual([0, 0.6, 0.8, 1, 1]);
  });

  it('grows with waiting time up to a year', () => {
    expect(waitingFactor(0).score).toBe(0);
    expect(waitingFactor(365 / 2).score).toBeCloseTo(0.5);
    expect(waitingFactor(800).score).toBe(1);
    expect(render(waitingFactor(100).message, 'it')).toBe('In attesa da 3 mesi nel carico del servizio');
    expect(render(waitingFactor(100).message, 'en')).toBe('Waiting 3 months in the service’s caseload');
  });
});

describe('match score', () => {
  it('is the weighted sum computed by hand, and the factor points add up exactly to it', () => {
    const features: MatchFeatures = {
      ...base,
      skills: [{ skillId: 'a', required: true, minimumLevel: 2, heldLevel: 2 }], // 1
      commuteMinutes: 30, // 1 − 30/60 = 0.5 (the person's limit of 40 plays no part)
      commuteLimitMinutes: 40,
      sectorPreferred: true, // 0.7
      hasPreferences: true,
      waitingDays: 73, // 0.2
      pastPositivePlacement: true, // 1
    };
    // The five core factors share 100 points (total 90 → × 100/90); LAW68_QUOTA does not apply.
    // SKILLS 40 → 44.44 × 1 = 44.44; COMMUTE 20 → 22.22 × 0.5 = 11.11; PREFERENCES 15 → 16.67 × 0.7 = 11.67;
    // WAITING 10 → 11.11 × 0.2 = 2.22; PAST 5 → 5.56 × 1 = 5.56  → 75.00
    const { score, factors } = scoreMatch(features, DEFAULT_WEIGHTS);
    expect(factors.map((f) => [f.code, f.points])).toEqual([
      [MatchFactorCode.SKILLS, 44.44],
      [MatchFactorCode.COMMUTE, 11.11],
      [MatchFactorCode.PREFERENCES, 11.67],
      [MatchFactorCode.WAITING_TIME, 2.22],
      [MatchFactorCode.PAST_PLACEMENT, 5.56],
    ]);
    expect(score).toBe(75);
    expect(factors.reduce((sum, f) => sum + f.weight, 0)).toBeCloseTo(100, 1);
  });

  it('adds the Law 68/99 factor as a bonus on top of the core, worth its configured weight', () => {
    const { score, factors } = scoreMatch({ ...base, law68Shortfall: 2 }, DEFAULT_WEIGHTS);
    const quota = factors.find((f) => f.code === MatchFactorCode.LAW68_QUOTA)!;
    expect(quota).toMatchObject({ weight: 10, factorScore: 0.8, points: 8 });
    expect(score).toBe(Math.round((scoreMatch(base, DEFAULT_WEIGHTS).score + 8) * 100) / 100);
    expect(Math.round(factors.reduce((sum, f) => sum + f.points * 100, 0))).toBe(Math.round(score * 100));
  });

  it('adds up exactly for many feature combinations', () => {
    for (let i = 0; i < 500; i++) {
      const features: MatchFeatures = {
        ...base,
        skills: [{ skillId: 's', required: i % 2 === 0, minimumLevel: 1 + (i % 4), heldLevel: i % 5 }],
        commuteMinutes: i % 70,
        waitingDays: (i * 7) % 500,
        law68Shortfall: i % 3 === 0 ? i % 4 : null,
        sectorPreferred: i % 5 === 0,
        hasPreferences: i % 7 !== 0,
      };
      const { score, factors } = scoreMatch(features, DEFAULT_WEIGHTS);
      const hundredths = factors.reduce((sum, f) => sum + Math.round(f.points * 100), 0);
      expect(Math.round(score * 100)).toBe(hundredths);
      expect(score).toBeGreaterThanOrEqual(0);
      expect(score).toBeLessThanOrEqual(features.law68Shortfall === null ? 100 : 110);
    }
  });
});

describe('commute estimate', () => {
  it('takes the fastest of the person’s modes and defaults to public transport', () => {
    expect(minutesByMode(18, TransportMode.PUBLIC_TRANSPORT)).toBeCloseTo(72);
    const estimate = estimateCommute(9, [TransportMode.BICYCLE, TransportMode.PUBLIC_TRANSPORT]);
    expect(estimate.fastestMode).toBe(TransportMode.BICYCLE);
    expect(estimate.estimatedMinutes).toBe(Math.round((9 / 14) * 60 + 2));
    expect(estimateCommute(9, []).fastestMode).toBe(TransportMode.PUBLIC_TRANSPORT);
  });
});

describe('the score without explanations', () => {
  it('equals the explained score to the hundredth, for thousands of random pairs and weights', () => {
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const pick = <T>(values: T[]) => values[Math.floor(random() * values.length)];
    for (let i = 0; i < 5000; i++) {
      const features: MatchFeatures = {
        skills: Array.from({ length: Math.floor(random() * 6) }, (_, k) => ({
          skillId: `s${k}`,
          required: random() < 0.6,
          minimumLevel: 1 + Math.floor(random() * 4),
          heldLevel: Math.floor(random() * 5),
        })),
        roadKm: random() * 60,
        commuteMinutes: random() * 120,
        commuteLimitMinutes: pick([null, 20, 45, 90]),
        commuteLimitKm: pick([null, 10, 30]),
        occupationPreferred: random() < 0.2,
        sectorPreferred: random() < 0.3,
        hasPreferences: random() < 0.7,
        waitingDays: Math.floor(random() * 900) - 10,
        law68Shortfall: pick([null, 0, 1, 2, 5]),
        pastPositivePlacement: random() < 0.1,
      };
      const weights = { ...DEFAULT_WEIGHTS, SKILLS: Math.floor(random() * 60), COMMUTE: Math.floor(random() * 30) };
      expect(scoreOnly(features, weights)).toBe(scoreMatch(features, weights).score);
    }
  });
});

describe('the best score without the opening’s skills', () => {
  let seed = 11;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const pick = <T>(values: T[]) => values[Math.floor(random() * values.length)];
  const weightsAt = (skills: number) => ({ ...DEFAULT_WEIGHTS, SKILLS: skills, COMMUTE: Math.floor(random() * 30) });
  const randomWeights = (): RankingWeights => ({
    weightsByAmbito: new Map([
      [1, weightsAt(Math.floor(random() * 60))],
      [3, weightsAt(Math.floor(random() * 60))],
    ]),
    defaultWeights: DEFAULT_WEIGHTS,
  });
  const scoreFor = (shortfall: number | null) => (shortfall === null ? null : law68Factor(shortfall).score);
  const preferenceOf = (f: MatchFeatures) =>
    f.occupationPreferred
      ? PREFERENCE_SCORES.occupation
      : f.sectorPreferred
        ? PREFERENCE_SCORES.sector
        : f.hasPreferences
          ? PREFERENCE_SCORES.elsewhere
          : PREFERENCE_SCORES.noneRecorded;
  const withoutSkills = (shortfall: number | null, commuteMinutes: number): MatchFeatures => ({
    ...base,
    skills: [{ skillId: 's', required: true, minimumLevel: 2, heldLevel: 0 }],
    commuteMinutes,
    commuteLimitMinutes: pick([null, 45, 90]),
    occupationPreferred: random() < 0.25,
    sectorPreferred: random() < 0.4,
    hasPreferences: random() < 0.7,
    waitingDays: Math.floor(random() * 500),
    law68Shortfall: random() < 0.5 ? shortfall : null,
  });

  it('bounds the score of anyone holding none of them, by preferences, Law 68/99 and wait, in every ambito', () => {
    for (let i = 0; i < 3000; i++) {
      const shortfall = pick([null, 0, 1, 3]);
      const weights = randomWeights();
      const features = withoutSkills(shortfall, random() * 90);
      if (shortfall === null) features.law68Shortfall = null;
      const waiting = Math.min(features.waitingDays / 365, 1);
      const which = {
        law68Score: scoreFor(shortfall),
        preference: preferenceOf(features),
        quotaApplies: features.law68Shortfall !== null,
      };
      const bound = bestScoreWithoutSkills(weights, which, waiting);
      for (const ambitoWeights of [...weights.weightsByAmbito.values(), weights.defaultWeights]) {
        expect(scoreOnly(features, ambitoWeights)).toBeLessThanOrEqual(bound + 0.05);
      }
    }
  });

  it('is reached by someone at the best commute, so it prunes nobody who could make the list', () => {
    const weights: RankingWeights = { weightsByAmbito: new Map(), defaultWeights: DEFAULT_WEIGHTS };
    for (const preference of Object.values(PREFERENCE_SCORES)) {
      const features: MatchFeatures = {
        ...withoutSkills(2, 0),
        commuteLimitMinutes: 60,
        occupationPreferred: preference === PREFERENCE_SCORES.occupation,
        sectorPreferred: preference === PREFERENCE_SCORES.sector,
        hasPreferences: preference !== PREFERENCE_SCORES.noneRecorded,
        waitingDays: 400,
        law68Shortfall: 2,
      };
      const which = { law68Score: scoreFor(2), preference, quotaApplies: true };
      expect(scoreOnly(features, DEFAULT_WEIGHTS)).toBeCloseTo(bestScoreWithoutSkills(weights, which), 1);
    }
  });

  it('gives the least wait with which such a person could still reach a score, or none when no wait could', () => {
    for (let i = 0; i < 2000; i++) {
      const weights = randomWeights();
      const law68Score = scoreFor(pick([null, 0, 2]));
      const which = {
        law68Score,
        preference: pick(Object.values(PREFERENCE_SCORES)),
        quotaApplies: law68Score !== null && random() < 0.5,
      };
      const target = random() * 70;
      const least = leastWaitingToReach(weights, which, target);
      if (least === null) {
        expect(bestScoreWithoutSkills(weights, which, 1)).toBeLessThan(target);
      } else {
        expect(bestScoreWithoutSkills(weights, which, least)).toBeGreaterThanOrEqual(target - 1e-9);
        if (least > 0.01) expect(bestScoreWithoutSkills(weights, which, least - 0.01)).toBeLessThan(target);
      }
    }
  });
});
