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

export function skillsFactor(skills: SkillRequirementFeature[]): { score: number; explanation: string } {
  if (!skills.length) return { score: 1, explanation: 'The opening asks for no particular skill' };
  const required = skills.filter((s) => s.required);
  const preferred = skills.filter((s) => !s.required);
  const credit = (list: SkillRequirementFeature[]) => list.reduce((sum, s) => sum + skillCredit(s.heldLevel, s.minimumLevel), 0);
  const met = (list: SkillRequirementFeature[]) => list.filter((s) => s.heldLevel >= s.minimumLevel).length;
  // Required skills weigh twice as much as preferred ones.
  const score = (2 * credit(required) + credit(preferred)) / (2 * required.length + preferred.length);
  const parts = [];
  if (required.length) parts.push(`${met(required)} of ${required.length} required skills at the level asked`);
  if (preferred.length) parts.push(`${met(preferred)} of ${preferred.length} preferred`);
  return { score, explanation: `Holds ${parts.join('; ')}` };
}

export function commuteFactor(f: MatchFeatures): { score: number; explanation: string } {
  const ratio =
    f.commuteLimitMinutes !== null
      ? f.commuteMinutes / f.commuteLimitMinutes
      : f.commuteLimitKm !== null
        ? f.roadKm / f.commuteLimitKm
        : f.commuteMinutes / 60;
  const limit =
    f.commuteLimitMinutes !== null ? `limit ${f.commuteLimitMinutes} min` : f.commuteLimitKm !== null ? `limit ${f.commuteLimitKm} km` : 'no limit set; 60 min taken as reference';
  return {
    score: 1 - Math.min(ratio, 1),
    explanation: `About ${Math.round(f.commuteMinutes)} min for ${round2(f.roadKm).toFixed(1)} km (${limit})`,
  };
}

export function preferencesFactor(f: MatchFeatures): { score: number; explanation: string } {
  if (f.occupationPreferred) return { score: 1, explanation: 'The occupation is one the person prefers' };
  if (f.sectorPreferred) return { score: 0.7, explanation: 'The sector is one the person prefers' };
  if (!f.hasPreferences) return { score: 0.5, explanation: 'No preferences recorded yet' };
  return { score: 0, explanation: 'Neither the sector nor the occupation is among the person’s preferences' };
}

export function law68Factor(shortfall: number): { score: number; explanation: string } {
  if (shortfall <= 0) return { score: 0, explanation: 'The employer’s Law 68/99 quota is covered' };
  return {
    score: Math.min(1, 0.6 + 0.2 * (shortfall - 1)),
    explanation: `The employer must still hire ${shortfall} disabled worker${shortfall === 1 ? '' : 's'} under Law 68/99`,
  };
}

export function waitingFactor(days: number): { score: number; explanation: string } {
  const months = Math.floor(days / 30.4);
  return {
    score: Math.min(Math.max(days, 0) / 365, 1),
    explanation: months >= 1 ? `Waiting ${months} month${months === 1 ? '' : 's'} since the case opened` : 'Case opened less than a month ago',
  };
}

export function pastPlacementFactor(positive: boolean): { score: number; explanation: string } {
  return positive
    ? { score: 1, explanation: 'A past internship or work trial with this employer went well' }
    : { score: 0, explanation: 'No positive past internship or trial with this employer' };
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
    return { code, weight: round2(weight), factorScore: round2(score), points: round2(weight * score), explanation };
  });
  const hundredths = factors.reduce((sum, factor) => sum + Math.round(factor.points * 100), 0);
  return { score: hundredths / 100, factors };
}
