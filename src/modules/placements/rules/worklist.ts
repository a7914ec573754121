import { daysBetween } from '../../../config/calendar';

/** What an operator has to do; the order here is the priority among items equally late. */
export enum WorklistItemKind {
  /** A monitoring visit planned, or due by the rhythm, for a running placement the operator follows. */
  VISIT_DUE = 'VISIT_DUE',
  /** An internship or work trial whose planned end is near (or past, while still running): decide what comes next. */
  INTERNSHIP_ENDING = 'INTERNSHIP_ENDING',
  /** A person referred and waiting for the intake interview longer than the service allows. */
  REFERRAL_WAITING = 'REFERRAL_WAITING',
  /** An open case with no recorded contact for too long. */
  NO_CONTACT = 'NO_CONTACT',
  /** (Coordinators) A referral an operator could not take on, waiting to be assigned. */
  REFERRAL_TO_ASSIGN = 'REFERRAL_TO_ASSIGN',
  /** A workshop session held, of a workshop the operator is in charge of, whose attendance is not recorded. */
  WORKSHOP_SESSION_TO_RECORD = 'WORKSHOP_SESSION_TO_RECORD',
}

export enum WorklistUrgency {
  OVERDUE = 'OVERDUE',
  DUE_TODAY = 'DUE_TODAY',
  UPCOMING = 'UPCOMING',
}

export interface WorklistEntry {
  kind: WorklistItemKind;
  /** The day the thing is (or was) due: the visit date, the planned end, the day the wait or silence became too long. */
  dueOn: string;
  /** The last visit said the placement is at risk. */
  atRisk: boolean;
  /** Null for a referral waiting for assignment (not anyone's case yet) and a workshop session (about a group). */
  beneficiaryId: string | null;
  /** For a stable order among equals. */
  sortName: string;
}

const KIND_PRIORITY: Record<WorklistItemKind, number> = {
  [WorklistItemKind.VISIT_DUE]: 0,
  [WorklistItemKind.INTERNSHIP_ENDING]: 1,
  [WorklistItemKind.REFERRAL_WAITING]: 2,
  [WorklistItemKind.NO_CONTACT]: 3,
  [WorklistItemKind.REFERRAL_TO_ASSIGN]: 4,
  // After the people's own items: a sheet can be filled in from the session's notes a day later without harm.
  [WorklistItemKind.WORKSHOP_SESSION_TO_RECORD]: 5,
};

const URGENCY_RANK: Record<WorklistUrgency, number> = {
  [WorklistUrgency.OVERDUE]: 0,
  [WorklistUrgency.DUE_TODAY]: 1,
  [WorklistUrgency.UPCOMING]: 2,
};

export function urgencyOf(dueOn: string, today: string): WorklistUrgency {
  if (dueOn < today) return WorklistUrgency.OVERDUE;
  return dueOn === today ? WorklistUrgency.DUE_TODAY : WorklistUrgency.UPCOMING;
}

/** Days past due (negative: days left). */
export function daysOverdue(dueOn: string, today: string): number {
  return daysBetween(dueOn, today);
}

/**
 * The worklist order, most urgent first:
 * 1. overdue, then due today, then upcoming;
 * 2. within each, items about a placement whose last visit found it AT_RISK first;
 * 3. then by kind: visits, ending internships, waiting referrals, silent cases (people at work and in internships
 *    before people waiting);
 * 4. then the earliest due date first (the longest overdue);
 * 5. then by name, for a stable list.
 */
export function compareWorklistEntries(a: WorklistEntry, b: WorklistEntry, today: string): number {
  return (
    URGENCY_RANK[urgencyOf(a.dueOn, today)] - URGENCY_RANK[urgencyOf(b.dueOn, today)] ||
    Number(b.atRisk) - Number(a.atRisk) ||
    KIND_PRIORITY[a.kind] - KIND_PRIORITY[b.kind] ||
    a.dueOn.localeCompare(b.dueOn) ||
    a.sortName.localeCompare(b.sortName) ||
    (a.beneficiaryId ?? '').localeCompare(b.beneficiaryId ?? '')
  );
}

export function sortWorklist<T extends WorklistEntry>(entries: readonly T[], today: string): T[] {
  return [...entries].sort((a, b) => compareWorklistEntries(a, b, today));
}
