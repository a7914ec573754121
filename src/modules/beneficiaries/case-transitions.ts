import { daysBetween } from '../../config/calendar';
import { CaseStatus } from './beneficiary.enums';

/*
 * The case rules, in one place: the moves `changeCaseStatus` allows, how a closed case reopens, and which statuses
 * make a person available for matching or for a proposal. Everything else (SQL included) derives from these lists.
 */

/**
 * The moves `changeCaseStatus` allows. A path can step back (an internship that ends without hiring returns to
 * orientation) but PLACED is reached only after orientation. A closed case has no move here: it reopens through a
 * new referral (REOPENED_BY_REFERRAL) or, closed by mistake, by a coordinator's correction (reopenRefusal).
 */
const ALLOWED: Readonly<Record<CaseStatus, readonly CaseStatus[]>> = {
  [CaseStatus.REFERRED]: [CaseStatus.INTAKE, CaseStatus.CLOSED],
  [CaseStatus.INTAKE]: [CaseStatus.ORIENTATION, CaseStatus.CLOSED],
  [CaseStatus.ORIENTATION]: [CaseStatus.TRAINING, CaseStatus.INTERNSHIP, CaseStatus.PLACED, CaseStatus.CLOSED],
  [CaseStatus.TRAINING]: [CaseStatus.ORIENTATION, CaseStatus.INTERNSHIP, CaseStatus.PLACED, CaseStatus.CLOSED],
  [CaseStatus.INTERNSHIP]: [CaseStatus.ORIENTATION, CaseStatus.TRAINING, CaseStatus.PLACED, CaseStatus.CLOSED],
  [CaseStatus.PLACED]: [CaseStatus.MONITORING, CaseStatus.CLOSED],
  [CaseStatus.MONITORING]: [CaseStatus.ORIENTATION, CaseStatus.PLACED, CaseStatus.CLOSED],
  [CaseStatus.CLOSED]: [],
};

export function allowedNextStatuses(from: CaseStatus): readonly CaseStatus[] {
  return ALLOWED[from];
}

export function canChangeCaseStatus(from: CaseStatus, to: CaseStatus): boolean {
  return ALLOWED[from].includes(to);
}

/** Statuses in which the service is actively working with the person. */
export function isCaseActive(status: CaseStatus): boolean {
  return status !== CaseStatus.CLOSED;
}

/** A referral for a person whose case is closed opens it again, in this status. */
export const REOPENED_BY_REFERRAL = { from: CaseStatus.CLOSED, to: CaseStatus.REFERRED } as const;

/**
 * A case closed by mistake: a coordinator reopens it (reopenCase) within `withinDays` of the closure, back to the
 * status it was closed from, with a reason. Later the closure stands, and a new referral reopens the case.
 */
export function reopenRefusal(closedOn: string, today: string, withinDays: number): 'TOO_LATE' | null {
  return daysBetween(closedOn, today) > withinDays ? 'TOO_LATE' : null;
}

/** The status a case reopened by correction returns to: the one it was closed from. */
export function statusOnReopening(closedFrom: CaseStatus | null): CaseStatus {
  return closedFrom && closedFrom !== CaseStatus.CLOSED ? closedFrom : CaseStatus.REFERRED;
}

/** A step a case history can hold: a move changeCaseStatus allows, the reopening by a referral or by correction. */
export function isHistoryStep(from: CaseStatus, to: CaseStatus): boolean {
  return (
    canChangeCaseStatus(from, to) ||
    (from === REOPENED_BY_REFERRAL.from && to === REOPENED_BY_REFERRAL.to) ||
    (from === CaseStatus.CLOSED && to !== CaseStatus.CLOSED)
  );
}

/** Cases in these statuses take no new placement: closed, or the person already works. */
export const UNAVAILABLE_FOR_MATCHING: readonly CaseStatus[] = [
  CaseStatus.CLOSED,
  CaseStatus.PLACED,
  CaseStatus.MONITORING,
];

export function isAvailableForMatching(status: CaseStatus): boolean {
  return !UNAVAILABLE_FOR_MATCHING.includes(status);
}

/**
 * A placement can be proposed once the person has been through intake and orientation has begun; a person already
 * placed may get another (a renewal, a second part-time job).
 */
export const PROPOSABLE: readonly CaseStatus[] = [
  CaseStatus.ORIENTATION,
  CaseStatus.TRAINING,
  CaseStatus.INTERNSHIP,
  CaseStatus.PLACED,
  CaseStatus.MONITORING,
];
