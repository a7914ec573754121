import { ContractType } from '../../openings/opening.enums';
import {
  AccessibilityFeature,
  PhysicalDemand,
  Shift,
  TransportMode,
} from '../../work-conditions/work-conditions.enums';

/*
 * The changes a mediation can work on, as plain data. Each one is a modification of one side's match profile
 * (sql/variants.ts says which columns it rewrites); the hard constraints and the score that judge the modified
 * profile are matching's own, never restated here.
 */

/** Who would make the change, and how it may be presented. */
export enum ChangeKind {
  /** The employer relaxes a requirement of the opening. */
  REQUIREMENT = 'REQUIREMENT',
  /** The employer or the service arranges something at the workplace (an accessibility feature, an accommodation). */
  ARRANGEMENT = 'ARRANGEMENT',
  /** The person acquires something: a skill, a driving licence, a way to travel. */
  TRAINING = 'TRAINING',
  /** The person would accept worse conditions (a longer commute, a shift they did not want): theirs to decide, never advice. */
  PERSONS_CHOICE = 'PERSONS_CHOICE',
}

export enum ChangeCode {
  // Opening side
  SKILL_NOT_INDISPENSABLE = 'SKILL_NOT_INDISPENSABLE',
  LOWER_LEVEL = 'LOWER_LEVEL',
  CONTRACT = 'CONTRACT',
  WEEKLY_HOURS = 'WEEKLY_HOURS',
  DROP_SHIFT = 'DROP_SHIFT',
  DROP_PHYSICAL_DEMAND = 'DROP_PHYSICAL_DEMAND',
  DROP_DRIVING = 'DROP_DRIVING',
  OFFER_FEATURE = 'OFFER_FEATURE',
  ARRANGE_ACCOMMODATIONS = 'ARRANGE_ACCOMMODATIONS',
  // Person side
  TRAIN_SKILL = 'TRAIN_SKILL',
  DRIVING_LICENCE = 'DRIVING_LICENCE',
  ADD_TRANSPORT_MODE = 'ADD_TRANSPORT_MODE',
  LONGER_COMMUTE = 'LONGER_COMMUTE',
  ACCEPT_SHIFT = 'ACCEPT_SHIFT',
  NEED_ARRANGED = 'NEED_ARRANGED',
}

/** What a change is about; only the fields its code uses are set. */
export interface ChangeParams {
  skillId?: string;
  skillBit?: number;
  level?: number;
  weeklyHours?: number;
  shift?: Shift;
  demand?: PhysicalDemand;
  feature?: AccessibilityFeature;
  transportMode?: TransportMode;
  extraKm?: number;
  extraMinutes?: number;
  contractType?: ContractType;
}

export interface Change {
  code: ChangeCode;
  kind: ChangeKind;
  params: ChangeParams;
}

/** The kind each code always has: a change's kind is a rule, not a choice of the caller. */
export const KIND_OF: Readonly<Record<ChangeCode, ChangeKind>> = {
  [ChangeCode.SKILL_NOT_INDISPENSABLE]: ChangeKind.REQUIREMENT,
  [ChangeCode.LOWER_LEVEL]: ChangeKind.REQUIREMENT,
  [ChangeCode.CONTRACT]: ChangeKind.REQUIREMENT,
  [ChangeCode.WEEKLY_HOURS]: ChangeKind.REQUIREMENT,
  [ChangeCode.DROP_SHIFT]: ChangeKind.REQUIREMENT,
  [ChangeCode.DROP_PHYSICAL_DEMAND]: ChangeKind.REQUIREMENT,
  [ChangeCode.DROP_DRIVING]: ChangeKind.REQUIREMENT,
  [ChangeCode.OFFER_FEATURE]: ChangeKind.ARRANGEMENT,
  [ChangeCode.ARRANGE_ACCOMMODATIONS]: ChangeKind.ARRANGEMENT,
  [ChangeCode.TRAIN_SKILL]: ChangeKind.TRAINING,
  [ChangeCode.DRIVING_LICENCE]: ChangeKind.TRAINING,
  [ChangeCode.ADD_TRANSPORT_MODE]: ChangeKind.TRAINING,
  [ChangeCode.LONGER_COMMUTE]: ChangeKind.PERSONS_CHOICE,
  [ChangeCode.ACCEPT_SHIFT]: ChangeKind.PERSONS_CHOICE,
  [ChangeCode.NEED_ARRANGED]: ChangeKind.ARRANGEMENT,
};

/**
 * Changes whose effect tells something of people's health: which people a dropped physical demand or an offered
 * feature brings in says what they cannot do or need. Who they are is shown only to case workers, and recorded as a
 * read of that work-constraint field.
 */
export const HEALTH_FIELD_OF: Readonly<Partial<Record<ChangeCode, 'physicalLimitations' | 'accessibilityNeeds'>>> = {
  [ChangeCode.DROP_PHYSICAL_DEMAND]: 'physicalLimitations',
  [ChangeCode.DROP_DRIVING]: 'physicalLimitations',
  [ChangeCode.OFFER_FEATURE]: 'accessibilityNeeds',
  [ChangeCode.ARRANGE_ACCOMMODATIONS]: 'accessibilityNeeds',
  [ChangeCode.NEED_ARRANGED]: 'accessibilityNeeds',
};

/** Changes that set the same thing to different values cannot be combined into a pair. */
const EXCLUSIVE: ReadonlySet<ChangeCode> = new Set([ChangeCode.WEEKLY_HOURS, ChangeCode.LONGER_COMMUTE]);

/**
 * Changes that move no one's eligibility, only scores: a lower required level (levels weigh in the skills factor, an
 * indispensable skill excludes only who lacks it altogether) and a contract that counts toward the Law 68/99 quota
 * (the quota factor applies). Their effect is who enters the top 10, found by ranking the changed opening again;
 * paired with another change they would bring in the same people as that change alone, so they are not paired.
 */
export const SCORE_ONLY: ReadonlySet<ChangeCode> = new Set([ChangeCode.LOWER_LEVEL, ChangeCode.CONTRACT]);

export function combinable(a: Change, b: Change): boolean {
  if (SCORE_ONLY.has(a.code) || SCORE_ONLY.has(b.code)) return false;
  return !(a.code === b.code && EXCLUSIVE.has(a.code));
}

export const change = (code: ChangeCode, params: ChangeParams = {}): Change => ({ code, kind: KIND_OF[code], params });

/** The weekly hours an employer could offer instead (part time as in Italian contracts: 20, 24, 30, 36). */
export const WEEKLY_HOURS_ALTERNATIVES = [20, 24, 30, 36] as const;

/** How much further a person could choose to travel, each a step on its own. */
export const COMMUTE_STEPS = { extraKm: 10, extraMinutes: 15 } as const;

/** A stable key for a change, for pairing and tests. */
export function changeKey(c: Change): string {
  return `${c.code}:${Object.entries(c.params)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([k, v]) => `${k}=${v}`)
    .join(',')}`;
}
