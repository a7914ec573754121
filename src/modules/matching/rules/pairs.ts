import { CaseStatus } from '../../beneficiaries/beneficiary.enums';
import {
  AccessibilityFeature,
  PhysicalDemand,
  Sector,
  Shift,
  TransportMode,
} from '../../work-conditions/work-conditions.enums';
import { HardConstraintCode } from './factors';
import { SkillRequirementFeature } from './scoring';

/* The pairs the rules work on, as the reads give them: plain data, no database. */

/** One eligible pair with what scoring and explanation need; read straight from SQL. */
export interface EligiblePair {
  beneficiaryId: string;
  openingId: string;
  employerId: string;
  ambito: number | null;
  roadKm: number;
  transportModes: TransportMode[];
  maxCommuteMinutes: number | null;
  maxCommuteKm: number | null;
  occupationPreferred: boolean;
  sectorPreferred: boolean;
  hasPreferences: boolean;
  waitingDays: number;
  law68Applies: boolean;
  /** Whether the person is among those the quota is for, whatever the opening (law68Applies needs both). */
  law68Eligible: boolean;
  /** The opening's skills, each with the level the person holds (0 when not held). */
  skills: SkillRequirementFeature[];
  accessibilityNeeds: AccessibilityFeature[];
  accessibilityFeatures: AccessibilityFeature[];
  accommodationsArrangeable: boolean;
  pastPositivePlacement: boolean;
}

/** A pair that fails at least one hard constraint, with the values the explanations quote. */
export interface ExcludedPair {
  beneficiaryId: string;
  openingId: string;
  failed: HardConstraintCode[];
  caseStatus: CaseStatus;
  weeklyHours: number;
  minWeeklyHours: number | null;
  maxWeeklyHours: number | null;
  shifts: Shift[];
  availableShifts: Shift[];
  physicalDemands: PhysicalDemand[];
  physicalLimitations: PhysicalDemand[];
  accessibilityNeeds: AccessibilityFeature[];
  accessibilityFeatures: AccessibilityFeature[];
  roadKm: number;
  minutes: number;
  maxCommuteKm: number | null;
  maxCommuteMinutes: number | null;
  sector: Sector;
  missingIndispensableSkills: string[];
  /** Weekly hours of the person's running placements, and whether one of them is on this opening. */
  runningWeeklyHours: number;
  holdsOpening: boolean;
}
