/** The soft factors of a match score; each scores 0–1 and carries a weight set per ambito. */
export enum MatchFactorCode {
  SKILLS = 'SKILLS',
  PREFERENCES = 'PREFERENCES',
  COMMUTE = 'COMMUTE',
  LAW68_QUOTA = 'LAW68_QUOTA',
  WAITING_TIME = 'WAITING_TIME',
  PAST_PLACEMENT = 'PAST_PLACEMENT',
}

/** The hard constraints: failing one excludes a candidate, with the reason shown to the operator. */
export enum HardConstraintCode {
  CASE_NOT_AVAILABLE = 'CASE_NOT_AVAILABLE',
  WEEKLY_HOURS = 'WEEKLY_HOURS',
  SHIFTS = 'SHIFTS',
  PHYSICAL_LIMITATION = 'PHYSICAL_LIMITATION',
  NO_DRIVING_LICENCE = 'NO_DRIVING_LICENCE',
  ACCESSIBILITY = 'ACCESSIBILITY',
  COMMUTE = 'COMMUTE',
  EXCLUDED_SECTOR = 'EXCLUDED_SECTOR',
  INDISPENSABLE_SKILL = 'INDISPENSABLE_SKILL',
  RUNNING_PLACEMENT = 'RUNNING_PLACEMENT',
}

export type MatchingWeights = Record<MatchFactorCode, number>;

/**
 * Defaults when a coordinator has not changed them (documented in the README). They add up to 100 so a score reads
 * as points out of 100.
 */
export const DEFAULT_WEIGHTS: MatchingWeights = {
  [MatchFactorCode.SKILLS]: 40,
  [MatchFactorCode.COMMUTE]: 20,
  [MatchFactorCode.PREFERENCES]: 15,
  [MatchFactorCode.LAW68_QUOTA]: 10,
  [MatchFactorCode.WAITING_TIME]: 10,
  [MatchFactorCode.PAST_PLACEMENT]: 5,
};

/**
 * The weekly hours no one is booked beyond when their own maximum is not recorded: the legal average maximum
 * working week (D.Lgs. 66/2003, art. 4).
 */
export const LEGAL_MAX_WEEKLY_HOURS = 48;
