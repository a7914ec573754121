import { CaseStatus } from '../../beneficiaries/beneficiary.enums';
import { HardConstraintCode, LEGAL_MAX_WEEKLY_HOURS } from './factors';
import { ExcludedPair } from './pairs';

export interface ExclusionReason {
  code: HardConstraintCode;
  explanation: string;
}

const CASE_NOT_AVAILABLE: Partial<Record<CaseStatus, string>> = {
  [CaseStatus.CLOSED]: 'The case is closed',
  [CaseStatus.PLACED]: 'The person is already placed',
  [CaseStatus.MONITORING]: 'The person is already placed and followed in monitoring',
};

const list = (values: readonly string[]) => values.map((v) => v.toLowerCase().replace(/_/g, ' ')).join(', ');

const EXPLAIN: Record<HardConstraintCode, (p: ExcludedPair) => string> = {
  [HardConstraintCode.CASE_NOT_AVAILABLE]: (p) =>
    CASE_NOT_AVAILABLE[p.caseStatus] ?? `The case is ${p.caseStatus.toLowerCase()}`,
  [HardConstraintCode.WEEKLY_HOURS]: (p) =>
    `Can work ${p.minWeeklyHours ?? 0}–${p.maxWeeklyHours ?? LEGAL_MAX_WEEKLY_HOURS} hours a week; the opening is ${p.weeklyHours} hours`,
  [HardConstraintCode.SHIFTS]: (p) =>
    `Cannot work the ${list(p.shifts.filter((s) => !p.availableShifts.includes(s)))} shift the opening needs`,
  [HardConstraintCode.PHYSICAL_LIMITATION]: (p) =>
    `The job involves ${list(p.physicalDemands.filter((d) => p.physicalLimitations.includes(d)))}, which the person must avoid`,
  [HardConstraintCode.NO_DRIVING_LICENCE]: () => 'The job involves driving and the person has no driving licence',
  [HardConstraintCode.ACCESSIBILITY]: (p) =>
    `Needs ${list(p.accessibilityNeeds.filter((n) => !p.accessibilityFeatures.includes(n)))}, which the workplace does not offer`,
  [HardConstraintCode.COMMUTE]: (p) => {
    const limits = [
      p.maxCommuteMinutes !== null ? `${p.maxCommuteMinutes} min` : null,
      p.maxCommuteKm !== null ? `${p.maxCommuteKm} km` : null,
    ];
    return `About ${Math.round(p.minutes)} min for ${p.roadKm.toFixed(1)} km, beyond the limit of ${limits.filter(Boolean).join(' / ')}`;
  },
  [HardConstraintCode.EXCLUDED_SECTOR]: (p) => `The operator ruled out the ${list([p.sector])} sector for this person`,
  [HardConstraintCode.INDISPENSABLE_SKILL]: (p) =>
    `Lacks a skill the employer will not train: ${p.missingIndispensableSkills.join(', ')}`,
  [HardConstraintCode.RUNNING_PLACEMENT]: (p) => {
    if (p.holdsOpening) return 'The person already has a running placement on this opening';
    const max = p.maxWeeklyHours ?? LEGAL_MAX_WEEKLY_HOURS;
    return `Already works ${p.runningWeeklyHours} hours a week in running placements; with this opening’s ${p.weeklyHours} that is ${
      p.runningWeeklyHours + p.weeklyHours
    }, over the maximum of ${max}${p.maxWeeklyHours === null ? ' (the legal weekly maximum; none recorded)' : ''}`;
  },
};

/** Every hard constraint a pair fails, each in a sentence an operator can read out. */
export function explainExclusion(pair: ExcludedPair): ExclusionReason[] {
  return pair.failed.map((code) => ({ code, explanation: EXPLAIN[code](pair) }));
}
