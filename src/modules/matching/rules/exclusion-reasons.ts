import { enumParam } from '../../../i18n/translate';
import { CaseStatus } from '../../beneficiaries/beneficiary.enums';
import { Message, msg } from '../../../i18n/message';
import { HardConstraintCode, LEGAL_MAX_WEEKLY_HOURS } from './factors';
import { ExcludedPair } from './pairs';

export interface ExclusionReason {
  code: HardConstraintCode;
  /** Why, as a catalogue message: rendered in the request's language at the edge. */
  message: Message;
}

/** Closed-list values the sentence quotes, as their codes (clients label them; see the enums' labels). */
const list = (values: readonly string[]) => values.join(', ');

const EXPLAIN: Record<HardConstraintCode, (p: ExcludedPair) => Message> = {
  [HardConstraintCode.CASE_NOT_AVAILABLE]: (p) =>
    [CaseStatus.CLOSED, CaseStatus.PLACED, CaseStatus.MONITORING].includes(p.caseStatus)
      ? msg('matching.exclusion.caseNotAvailable', { caseStatus: p.caseStatus })
      : msg('matching.exclusion.caseInStatus', { caseStatus: enumParam('CaseStatus', p.caseStatus) }),
  [HardConstraintCode.WEEKLY_HOURS]: (p) =>
    msg('matching.exclusion.weeklyHours', {
      minHours: p.minWeeklyHours ?? 0,
      maxHours: p.maxWeeklyHours ?? LEGAL_MAX_WEEKLY_HOURS,
      weeklyHours: p.weeklyHours,
    }),
  [HardConstraintCode.SHIFTS]: (p) =>
    msg('matching.exclusion.shifts', { shifts: list(p.shifts.filter((s) => !p.availableShifts.includes(s))) }),
  [HardConstraintCode.PHYSICAL_LIMITATION]: (p) =>
    msg('matching.exclusion.physicalLimitation', {
      demands: list(p.physicalDemands.filter((d) => p.physicalLimitations.includes(d))),
    }),
  [HardConstraintCode.NO_DRIVING_LICENCE]: () => msg('matching.exclusion.noDrivingLicence'),
  [HardConstraintCode.ACCESSIBILITY]: (p) =>
    msg('matching.exclusion.accessibility', {
      needs: list(p.accessibilityNeeds.filter((n) => !p.accessibilityFeatures.includes(n))),
    }),
  [HardConstraintCode.COMMUTE]: (p) =>
    msg('matching.exclusion.commute', {
      minutes: Math.round(p.minutes),
      km: p.roadKm,
      maxMinutes: p.maxCommuteMinutes,
      maxKm: p.maxCommuteKm,
      limits:
        p.maxCommuteMinutes !== null && p.maxCommuteKm !== null ? 'both' : p.maxCommuteKm !== null ? 'km' : 'minutes',
    }),
  [HardConstraintCode.EXCLUDED_SECTOR]: (p) => msg('matching.exclusion.excludedSector', { sector: p.sector }),
  [HardConstraintCode.INDISPENSABLE_SKILL]: (p) =>
    msg('matching.exclusion.indispensableSkill', { skills: p.missingIndispensableSkills.join(', ') }),
  [HardConstraintCode.RUNNING_PLACEMENT]: (p) => {
    if (p.holdsOpening) return msg('matching.exclusion.holdsOpening');
    return msg('matching.exclusion.runningHours', {
      runningHours: p.runningWeeklyHours,
      weeklyHours: p.weeklyHours,
      total: p.runningWeeklyHours + p.weeklyHours,
      max: p.maxWeeklyHours ?? LEGAL_MAX_WEEKLY_HOURS,
      legalMax: p.maxWeeklyHours === null,
    });
  },
};

/** Every hard constraint a pair fails, each as a sentence an operator can read out. */
export function explainExclusion(pair: ExcludedPair): ExclusionReason[] {
  return pair.failed.map((code) => ({ code, message: EXPLAIN[code](pair) }));
}
