import { CaseStatus } from '../../beneficiaries/beneficiary.enums';
import { isAvailableForMatching, PROPOSABLE } from '../../beneficiaries/case-transitions';
import { WorkshopProblem } from './problems';

/**
 * Who can be enrolled: a person taken in and in orientation or beyond (a proposal's condition) whose case is
 * available (not closed, not already at work) — the two lists of the case rules, so a change there reaches here.
 */
export const ENROLLABLE_CASE_STATUSES: readonly CaseStatus[] = PROPOSABLE.filter(isAvailableForMatching);

export interface EnrolmentFacts {
  capacity: number;
  /** People already enrolled. */
  enrolled: number;
  alreadyEnrolled: boolean;
  caseStatus: CaseStatus;
  /** The ambito the person lives in; null outside the service's territory. */
  personAmbito: number | null;
  workshopAmbito: number;
  lastSessionDay: string;
  today: string;
}

/**
 * Why a person cannot be enrolled, or null. The workshop is for the people of its ambito: the service's rules name
 * no exception, so a person living elsewhere is refused (whoever enrols them, coordinators included).
 */
export function enrolmentProblem(f: EnrolmentFacts): WorkshopProblem | null {
  const field = 'beneficiaryId';
  if (f.alreadyEnrolled) return { code: 'alreadyEnrolled', kind: 'CONFLICT', field };
  if (!ENROLLABLE_CASE_STATUSES.includes(f.caseStatus)) {
    return { code: 'caseNotAvailable', kind: 'CONFLICT', field, params: { status: f.caseStatus } };
  }
  if (f.personAmbito !== f.workshopAmbito) {
    return {
      code: 'otherAmbito',
      kind: 'CONFLICT',
      field,
      params: { personAmbito: f.personAmbito ?? '-', workshopAmbito: f.workshopAmbito },
    };
  }
  if (f.lastSessionDay < f.today) {
    return { code: 'workshopOver', kind: 'CONFLICT', field: 'workshopId', params: { lastDay: f.lastSessionDay } };
  }
  if (f.enrolled >= f.capacity) {
    return { code: 'full', kind: 'CONFLICT', field: 'workshopId', params: { capacity: f.capacity } };
  }
  return null;
}

/** A capacity may shrink, but not below the people already enrolled. */
export function capacityProblem(capacity: number, enrolled: number, field: string): WorkshopProblem | null {
  return capacity < enrolled ? { code: 'capacityBelowEnrolled', kind: 'CONFLICT', field, params: { enrolled } } : null;
}
