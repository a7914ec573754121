import { SkillRequirement } from '../../openings/opening.enums';
import { AccessibilityFeature } from '../../work-conditions/work-conditions.enums';
import { EligiblePair } from './pairs';
import { CommuteEstimate, estimateCommute } from './commute';
import { MatchFeatures } from './scoring';

export interface SkillGap {
  skillId: string;
  requirement: SkillRequirement;
  levelNeeded: number;
  /** Null when the person does not hold the skill at all. */
  levelHeld: number | null;
}

export interface AccommodationCheck {
  need: AccessibilityFeature;
  offered: boolean;
  /** Not offered yet, but the employer said it can arrange it. */
  arrangeable: boolean;
}

export function toFeatures(pair: EligiblePair, law68Shortfall: number | null, commute: CommuteEstimate): MatchFeatures {
  return {
    skills: pair.skills,
    roadKm: pair.roadKm,
    commuteMinutes: commute.estimatedMinutes,
    commuteLimitMinutes: pair.maxCommuteMinutes,
    commuteLimitKm: pair.maxCommuteKm,
    occupationPreferred: pair.occupationPreferred,
    sectorPreferred: pair.sectorPreferred,
    hasPreferences: pair.hasPreferences,
    waitingDays: pair.waitingDays,
    law68Shortfall,
    pastPositivePlacement: pair.pastPositivePlacement,
  };
}

export function commuteOf(pair: EligiblePair): CommuteEstimate {
  return estimateCommute(pair.roadKm, pair.transportModes);
}

/** Skills asked for and not held at the level asked, required ones first. */
export function skillGaps(pair: EligiblePair): SkillGap[] {
  return pair.skills
    .filter((s) => s.heldLevel < s.minimumLevel)
    .map((s) => ({
      skillId: s.skillId,
      requirement: s.required ? SkillRequirement.REQUIRED : SkillRequirement.PREFERRED,
      levelNeeded: s.minimumLevel,
      levelHeld: s.heldLevel || null,
    }))
    .sort(
      (a, b) =>
        Number(b.requirement === SkillRequirement.REQUIRED) - Number(a.requirement === SkillRequirement.REQUIRED) ||
        a.skillId.localeCompare(b.skillId),
    );
}

export function accommodations(pair: EligiblePair): AccommodationCheck[] {
  return [...pair.accessibilityNeeds].sort().map((need) => {
    const offered = pair.accessibilityFeatures.includes(need);
    return { need, offered, arrangeable: !offered && pair.accommodationsArrangeable };
  });
}
