import fc from 'fast-check';
import { MatchFactorCode, MatchingWeights } from '../../src/modules/matching/rules/factors';

/** Weights an ambito may have: six whole numbers adding up to 100. */
export const weightsArb: fc.Arbitrary<MatchingWeights> = fc
  .tuple(...Array.from({ length: 5 }, () => fc.integer({ min: 0, max: 20 })))
  .map(([commute, preferences, law68, waiting, past]) => ({
    [MatchFactorCode.SKILLS]: 100 - commute - preferences - law68 - waiting - past,
    [MatchFactorCode.COMMUTE]: commute,
    [MatchFactorCode.PREFERENCES]: preferences,
    [MatchFactorCode.LAW68_QUOTA]: law68,
    [MatchFactorCode.WAITING_TIME]: waiting,
    [MatchFactorCode.PAST_PLACEMENT]: past,
  }));
