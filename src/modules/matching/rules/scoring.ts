import { Message, msg } from '../../../i18n/message';
import { MatchFactorCode, MatchingWeights } from './factors';

export interface SkillRequirementFeature {
  skillId: string;
  required: boolean;
  minimumLevel: number;
  /** 0 when the person does not hold the skill. */
  heldLevel: number;
}

/** What scoring needs to know about one person–opening pair; nothing about health enters here. */
export interface MatchFeatures {
  skills: SkillRequirementFeature[];
  roadKm: number;
  commuteMinutes: number;
  commuteLimitMinutes: number | null;
  commuteLimitKm: number | null;
  occupationPreferred: boolean;
  sectorPreferred: boolean;
  hasPreferences: boolean;
  waitingDays: number;
  /** Present only when the opening counts toward Law 68/99 and the person is eligible under art. 1. */
  law68Shortfall: number | null;
  pastPositivePlacement: boolean;
}

export interface FactorScore {
  code: MatchFactorCode;
  /** Points this factor can give at most: the five core factors share 100, the Law 68/99 bonus adds its own. */
  weight: number;
  factorScore: number;
  points: number;
  /** Why, as a catalogue message: rendered in the request's language at the edge. */
  message: Message;
}

export interface MatchScore {
  score: number;
  factors: FactorScore[];
}

const round2 = (value: number) => Math.round(value * 100) / 100;

/** Partial credit for a skill held below the level asked: this share, scaled by how close it is. */
export const BELOW_LEVEL_CREDIT = 0.5;

/** Required skills weigh twice as much as preferred ones. */
export const SKILL_WEIGHTS = { required: 2, preferred: 1 } as const;

function skillCredit(held: number, needed: number): number {
  if (held >= needed) return 1;
  return held > 0 ? (BELOW_LEVEL_CREDIT * held) / needed : 0;
}

function skillsScore(skills: SkillRequirementFeature[]): number {
  if (!skills.length) return 1;
  let requiredCredit = 0;
  let preferredCredit = 0;
  let required = 0;
  for (const s of skills) {
    if (s.required) {
      requiredCredit += skillCredit(s.heldLevel, s.minimumLevel);
      required += 1;
    } else {
      preferredCredit += skillCredit(s.heldLevel, s.minimumLevel);
    }
  }
  const { required: weight, preferred: preferredWeight } = SKILL_WEIGHTS;
  return (
    (weight * requiredCredit + preferredWeight * preferredCredit) /
    (weight * required + preferredWeight * (skills.length - required))
  );
}

export function skillsFactor(skills: SkillRequirementFeature[]): { score: number; message: Message } {
  if (!skills.length) return { score: 1, message: msg('matching.factor.skillsNone') };
  const required = skills.filter((s) => s.required);
  const preferred = skills.filter((s) => !s.required);
  const met = (list: SkillRequirementFeature[]) => list.filter((s) => s.heldLevel >= s.minimumLevel).length;
  const score = skillsScore(skills);
  const shape = required.length && preferred.length ? 'both' : required.length ? 'required' : 'preferred';
  return {
    score,
    message: msg('matching.factor.skills', {
      shape,
      requiredMet: met(required),
      required: required.length,
      preferredMet: met(preferred),
      preferred: preferred.length,
    }),
  };
}

/**
 * The trip every commute is scored against. A person's own limit (often set for health reasons) is a hard
 * constraint only: scoring against it would rank the same trip lower for whoever can travel less.
 */
export const COMMUTE_REFERENCE_MINUTES = 60;

function commuteScore(f: MatchFeatures): number {
  return 1 - Math.min(f.commuteMinutes / COMMUTE_REFERENCE_MINUTES, 1);
}

export function commuteFactor(f: MatchFeatures): { score: number; message: Message } {
  return {
    score: commuteScore(f),
    message: msg('matching.factor.commute', {
      minutes: Math.round(f.commuteMinutes),
      km: round2(f.roadKm),
      reference: COMMUTE_REFERENCE_MINUTES,
    }),
  };
}

/** The preferences factor: the occupation preferred, the sector, no preference recorded, other preferences. */
export const PREFERENCE_SCORES = { occupation: 1, sector: 0.7, noneRecorded: 0.5, elsewhere: 0 } as const;

function preferencesScore(f: MatchFeatures): number {
  if (f.occupationPreferred) return PREFERENCE_SCORES.occupation;
  if (f.sectorPreferred) return PREFERENCE_SCORES.sector;
  return f.hasPreferences ? PREFERENCE_SCORES.elsewhere : PREFERENCE_SCORES.noneRecorded;
}

export function preferencesFactor(f: MatchFeatures): { score: number; message: Message } {
  const score = preferencesScore(f);
  if (f.occupationPreferred) return { score, message: msg('matching.factor.occupationPreferred') };
  if (f.sectorPreferred) return { score, message: msg('matching.factor.sectorPreferred') };
  if (!f.hasPreferences) return { score, message: msg('matching.factor.noPreferences') };
  return { score, message: msg('matching.factor.notPreferred') };
}

function law68Score(shortfall: number): number {
  return shortfall <= 0 ? 0 : Math.min(1, 0.6 + 0.2 * (shortfall - 1));
}

export function law68Factor(shortfall: number): { score: number; message: Message } {
  if (shortfall <= 0) return { score: 0, message: msg('matching.factor.quotaCovered') };
  return { score: law68Score(shortfall), message: msg('matching.factor.quotaShortfall', { shortfall }) };
}

/** A year's wait gives the waiting-time factor in full. */
export const DAYS_FOR_FULL_WAITING = 365;

function waitingScore(days: number): number {
  return Math.min(Math.max(days, 0) / DAYS_FOR_FULL_WAITING, 1);
}

export function waitingFactor(days: number): { score: number; message: Message } {
  const months = Math.floor(days / 30.4);
  return {
    score: waitingScore(days),
    message: msg('matching.factor.waiting', { months }),
  };
}

export function pastPlacementFactor(positive: boolean): { score: number; message: Message } {
  return positive
    ? { score: 1, message: msg('matching.factor.pastPositive') }
    : { score: 0, message: msg('matching.factor.pastNone') };
}

/** The factors every pair is scored on; their weights are shared out to 100 points. */
export const CORE_FACTORS = [
  MatchFactorCode.SKILLS,
  MatchFactorCode.COMMUTE,
  MatchFactorCode.PREFERENCES,
  MatchFactorCode.WAITING_TIME,
  MatchFactorCode.PAST_PLACEMENT,
] as const;

/**
 * How many points each factor can give at most. The core factors share 100 in proportion to their weights. The
 * Law 68/99 factor is a bonus on top, worth its weight's share of all six weights (its weight itself when they add
 * up to 100, as `setMatchingWeights` requires): it is given only to eligible people, so it can only add to their
 * score and never dilutes their other factors (a person not eligible scores exactly the core, as an eligible one
 * does before the bonus).
 */
export function factorMaxima(weights: MatchingWeights): Record<MatchFactorCode, number> {
  const core = CORE_FACTORS.reduce((sum, code) => sum + weights[code], 0);
  const all = core + weights[MatchFactorCode.LAW68_QUOTA];
  const maxima = {} as Record<MatchFactorCode, number>;
  for (const code of CORE_FACTORS) maxima[code] = core > 0 ? (weights[code] * 100) / core : 0;
  maxima[MatchFactorCode.LAW68_QUOTA] = all > 0 ? (weights[MatchFactorCode.LAW68_QUOTA] * 100) / all : 0;
  return maxima;
}

/** Points of one factor, rounded as shown; the score is the sum of these, so it is the same in both functions below. */
function points(maximum: number, score: number): number {
  return round2(maximum * score);
}

/**
 * The score `scoreMatch` gives, without the factor list and its sentences: for ranking tens of thousands of pairs
 * (a placement plan) and explaining only those shown.
 */
export function scoreOnly(f: MatchFeatures, weights: MatchingWeights): number {
  const max = factorMaxima(weights);
  let hundredths =
    Math.round(points(max.SKILLS, skillsScore(f.skills)) * 100) +
    Math.round(points(max.COMMUTE, commuteScore(f)) * 100) +
    Math.round(points(max.PREFERENCES, preferencesScore(f)) * 100) +
    Math.round(points(max.WAITING_TIME, waitingScore(f.waitingDays)) * 100) +
    Math.round(points(max.PAST_PLACEMENT, f.pastPositivePlacement ? 1 : 0) * 100);
  if (f.law68Shortfall !== null) hundredths += Math.round(points(max.LAW68_QUOTA, law68Score(f.law68Shortfall)) * 100);
  return hundredths / 100;
}

/**
 * The score is the weighted sum of the core factors, in points out of 100, plus the Law 68/99 bonus where it
 * applies. Each factor's points are rounded first and the score is their sum, so the explanation adds up exactly to
 * the score shown.
 */
export function scoreMatch(f: MatchFeatures, weights: MatchingWeights): MatchScore {
  const evaluated: Array<[MatchFactorCode, { score: number; message: Message }]> = [
    [MatchFactorCode.SKILLS, skillsFactor(f.skills)],
    [MatchFactorCode.COMMUTE, commuteFactor(f)],
    [MatchFactorCode.PREFERENCES, preferencesFactor(f)],
    [MatchFactorCode.WAITING_TIME, waitingFactor(f.waitingDays)],
    [MatchFactorCode.PAST_PLACEMENT, pastPlacementFactor(f.pastPositivePlacement)],
  ];
  if (f.law68Shortfall !== null) evaluated.push([MatchFactorCode.LAW68_QUOTA, law68Factor(f.law68Shortfall)]);

  const max = factorMaxima(weights);
  const factors = evaluated.map(([code, { score, message }]) => ({
    code,
    weight: round2(max[code]),
    factorScore: round2(score),
    points: points(max[code], score),
    message,
  }));
  const hundredths = factors.reduce((sum, factor) => sum + Math.round(factor.points * 100), 0);
  return { score: hundredths / 100, factors };
}
