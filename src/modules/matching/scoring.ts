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
  /** Points this factor can give at most, after redistributing the weight of factors that do not apply. */
  weight: number;
  factorScore: number;
  points: number;
  explanation: string;
}

export interface MatchScore {
  score: number;
  factors: FactorScore[];
}

const round2 = (value: number) => Math.round(value * 100) / 100;

/** Partial credit for a skill held below the level asked: half, scaled by how close it is. */
function skillCredit(held: number, needed: number): number {
  if (held >= needed) return 1;
  return held > 0 ? (0.5 * held) / needed : 0;
}

/** Required skills weigh twice as much as preferred ones. */
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
  return (2 * requiredCredit + preferredCredit) / (2 * required + (skills.length - required));
}

export function skillsFactor(skills: SkillRequirementFeature[]): { score: number; explanation: string } {
  if (!skills.length) return { score: 1, explanation: 'The opening asks for no particular skill' };
  const required = skills.filter((s) => s.required);
  const preferred = skills.filter((s) => !s.required);
  const met = (list: SkillRequirementFeature[]) => list.filter((s) => s.heldLevel >= s.minimumLevel).length;
  const score = skillsScore(skills);
  const parts = [];
  if (required.length) parts.push(`${met(required)} of ${required.length} required skills at the level asked`);
  if (preferred.length) parts.push(`${met(preferred)} of ${preferred.length} preferred`);
  return { score, explanation: `Holds ${parts.join('; ')}` };
}

function commuteScore(f: MatchFeatures): number {
  const ratio =
    f.commuteLimitMinutes !== null
      ? f.commuteMinutes / f.commuteLimitMinutes
      : f.commuteLimitKm !== null
        ? f.roadKm / f.commuteLimitKm
        : f.commuteMinutes / 60;
  return 1 - Math.min(ratio, 1);
}

export function commuteFactor(f: MatchFeatures): { score: number; explanation: string } {
  const limit =
    f.commuteLimitMinutes !== null ? `limit ${f.commuteLimitMinutes} min` : f.commuteLimitKm !== null ? `limit ${f.commuteLimitKm} km` : 'no limit set; 60 min taken as reference';
  return {
    score: commuteScore(f),
    explanation: `About ${Math.round(f.commuteMinutes)} min for ${round2(f.roadKm).toFixed(1)} km (${limit})`,
  };
}

/** The preferences factor: the occupation preferred, the sector, no preference recorded, other preferences. */
export const PREFERENCE_SCORES = { occupation: 1, sector: 0.7, noneRecorded: 0.5, elsewhere: 0 } as const;

function preferencesScore(f: MatchFeatures): number {
  if (f.occupationPreferred) return PREFERENCE_SCORES.occupation;
  if (f.sectorPreferred) return PREFERENCE_SCORES.sector;
  return f.hasPreferences ? PREFERENCE_SCORES.elsewhere : PREFERENCE_SCORES.noneRecorded;
}

export function preferencesFactor(f: MatchFeatures): { score: number; explanation: string } {
  const score = preferencesScore(f);
  if (f.occupationPreferred) return { score, explanation: 'The occupation is one the person prefers' };
  if (f.sectorPreferred) return { score, explanation: 'The sector is one the person prefers' };
  if (!f.hasPreferences) return { score, explanation: 'No preferences recorded yet' };
  return { score, explanation: 'Neither the sector nor the occupation is among the person’s preferences' };
}

function law68Score(shortfall: number): number {
  return shortfall <= 0 ? 0 : Math.min(1, 0.6 + 0.2 * (shortfall - 1));
}

export function law68Factor(shortfall: number): { score: number; explanation: string } {
  if (shortfall <= 0) return { score: 0, explanation: 'The employer’s Law 68/99 quota is covered' };
  return {
    score: law68Score(shortfall),
    explanation: `The employer must still hire ${shortfall} disabled worker${shortfall === 1 ? '' : 's'} under Law 68/99`,
  };
}

/** A year's wait gives the waiting-time factor in full. */
export const DAYS_FOR_FULL_WAITING = 365;

function waitingScore(days: number): number {
  return Math.min(Math.max(days, 0) / DAYS_FOR_FULL_WAITING, 1);
}

export function waitingFactor(days: number): { score: number; explanation: string } {
  const months = Math.floor(days / 30.4);
  return {
    score: waitingScore(days),
    explanation: months >= 1 ? `Waiting ${months} month${months === 1 ? '' : 's'} since the case opened` : 'Case opened less than a month ago',
  };
}

export function pastPlacementFactor(positive: boolean): { score: number; explanation: string } {
  return positive
    ? { score: 1, explanation: 'A past internship or work trial with this employer went well' }
    : { score: 0, explanation: 'No positive past internship or trial with this employer' };
}

/** Points of one factor, rounded as shown; the score is the sum of these, so it is the same in both functions below. */
function points(code: MatchFactorCode, score: number, weights: MatchingWeights, totalWeight: number): number {
  return round2(((weights[code] * 100) / totalWeight) * score);
}

/**
 * The score `scoreMatch` gives, without the factor list and its sentences: for ranking tens of thousands of pairs
 * (a placement plan) and explaining only those shown.
 */
export function scoreOnly(f: MatchFeatures, weights: MatchingWeights): number {
  const law68 = f.law68Shortfall !== null;
  const totalWeight =
    weights.SKILLS + weights.COMMUTE + weights.PREFERENCES + weights.WAITING_TIME + weights.PAST_PLACEMENT + (law68 ? weights.LAW68_QUOTA : 0);
  if (totalWeight <= 0) return 0;
  let hundredths =
    Math.round(points(MatchFactorCode.SKILLS, skillsScore(f.skills), weights, totalWeight) * 100) +
    Math.round(points(MatchFactorCode.COMMUTE, commuteScore(f), weights, totalWeight) * 100) +
    Math.round(points(MatchFactorCode.PREFERENCES, preferencesScore(f), weights, totalWeight) * 100) +
    Math.round(points(MatchFactorCode.WAITING_TIME, waitingScore(f.waitingDays), weights, totalWeight) * 100) +
    Math.round(points(MatchFactorCode.PAST_PLACEMENT, f.pastPositivePlacement ? 1 : 0, weights, totalWeight) * 100);
  if (law68) hundredths += Math.round(points(MatchFactorCode.LAW68_QUOTA, law68Score(f.law68Shortfall!), weights, totalWeight) * 100);
  return hundredths / 100;
}

/**
 * The score is the weighted sum of the factors that apply, in points out of 100. Each factor's points are rounded
 * first and the score is their sum, so the explanation adds up exactly to the score shown.
 */
export function scoreMatch(f: MatchFeatures, weights: MatchingWeights): MatchScore {
  const evaluated: Array<[MatchFactorCode, { score: number; explanation: string }]> = [
    [MatchFactorCode.SKILLS, skillsFactor(f.skills)],
    [MatchFactorCode.COMMUTE, commuteFactor(f)],
    [MatchFactorCode.PREFERENCES, preferencesFactor(f)],
    [MatchFactorCode.WAITING_TIME, waitingFactor(f.waitingDays)],
    [MatchFactorCode.PAST_PLACEMENT, pastPlacementFactor(f.pastPositivePlacement)],
  ];
  if (f.law68Shortfall !== null) evaluated.push([MatchFactorCode.LAW68_QUOTA, law68Factor(f.law68Shortfall)]);

  const totalWeight = evaluated.reduce((sum, [code]) => sum + weights[code], 0);
  if (totalWeight <= 0) return { score: 0, factors: [] };

  const factors = evaluated.map(([code, { score, explanation }]) => {
    const weight = (weights[code] * 100) / totalWeight;
    return { code, weight: round2(weight), factorScore: round2(score), points: points(code, score, weights, totalWeight), explanation };
  });
  const hundredths = factors.reduce((sum, factor) => sum + Math.round(factor.points * 100), 0);
  return { score: hundredths / 100, factors };
}
