import { enumParam } from '../../../i18n/translate';
import { CaseStatus } from '../../beneficiaries/beneficiary.enums';
import { canChangeCaseStatus } from '../../beneficiaries/case-transitions';
import { INTERNSHIP_KINDS, PlacementKind, PlacementStatus } from '../placement.enums';
import { Message, msg } from '../../../i18n/message';

const P = PlacementStatus;

/**
 * The allowed moves of a placement. A proposal is confirmed (ACTIVE) or withdrawn (WITHDRAWN, with a reason: it never
 * started, so it did not end early — ENDED_EARLY is for a placement that ran);
 * an active placement can be suspended and resumed, and ends COMPLETED (at or near its planned end, with an outcome),
 * ENDED_EARLY (with a reason) or, for an internship or work trial only, CONVERTED_TO_HIRING. The three endings are
 * final, and so is a withdrawal: a new period is a new placement (a CONTRACT_RENEWAL for a contract).
 */
const ALLOWED: Readonly<Record<PlacementStatus, readonly PlacementStatus[]>> = {
  [P.PROPOSED]: [P.ACTIVE, P.WITHDRAWN],
  [P.ACTIVE]: [P.SUSPENDED, P.COMPLETED, P.ENDED_EARLY, P.CONVERTED_TO_HIRING],
  [P.SUSPENDED]: [P.ACTIVE, P.COMPLETED, P.ENDED_EARLY],
  [P.COMPLETED]: [],
  [P.ENDED_EARLY]: [],
  [P.CONVERTED_TO_HIRING]: [],
  [P.WITHDRAWN]: [],
};

export function allowedNextPlacementStatuses(kind: PlacementKind, from: PlacementStatus): PlacementStatus[] {
  return ALLOWED[from].filter((to) => to !== P.CONVERTED_TO_HIRING || INTERNSHIP_KINDS.includes(kind));
}

export function canChangePlacementStatus(kind: PlacementKind, from: PlacementStatus, to: PlacementStatus): boolean {
  return allowedNextPlacementStatuses(kind, from).includes(to);
}

/**
 * A placement confirmed ahead of its first day (a hiring signed for next month) is planned until that day and running
 * from it. Computed from the date, not moved by a job: it is right whenever it is read, on the start day included, and
 * agrees with everything else that reads starts_on (quota cover, statistics, the monitoring rhythm).
 */
export function isPlannedOn(placement: { status: PlacementStatus; startsOn: string }, day: string): boolean {
  return placement.status === P.ACTIVE && placement.startsOn > day;
}

/** A placement that holds one of its opening's positions: started and not ended. */
export function holdsPosition(status: PlacementStatus): boolean {
  return status === P.ACTIVE || status === P.SUSPENDED;
}

export function isFinal(status: PlacementStatus): boolean {
  return ALLOWED[status].length === 0;
}

/** What a move needs besides being allowed; returns the problem, or null when the details are complete. */
export function missingTransitionDetail(
  to: PlacementStatus,
  details: { reason?: string | null; outcome?: string | null },
): 'reason' | 'outcome' | null {
  const reason = details.reason?.trim();
  if ((to === P.ENDED_EARLY || to === P.SUSPENDED || to === P.WITHDRAWN) && !reason) return 'reason';
  if (to === P.COMPLETED && !details.outcome) return 'outcome';
  return null;
}

/**
 * Where a case goes when a placement of this kind starts: workshops are training, internships and work trials are
 * INTERNSHIP, hirings and renewals are PLACED.
 */
export function caseStatusFor(kind: PlacementKind): CaseStatus {
  switch (kind) {
    case PlacementKind.WORKSHOP:
      return CaseStatus.TRAINING;
    case PlacementKind.TIROCINIO_INCLUSIONE:
    case PlacementKind.WORK_TRIAL:
      return CaseStatus.INTERNSHIP;
    case PlacementKind.HIRING:
    case PlacementKind.CONTRACT_RENEWAL:
      return CaseStatus.PLACED;
  }
}

/** How far along the path a case is; PLACED and MONITORING are both "in work". */
const PROGRESS: Partial<Record<CaseStatus, number>> = {
  [CaseStatus.ORIENTATION]: 1,
  [CaseStatus.TRAINING]: 2,
  [CaseStatus.INTERNSHIP]: 3,
  [CaseStatus.PLACED]: 4,
  [CaseStatus.MONITORING]: 4,
};

export type CaseMove = { ok: true; to: CaseStatus | null } | { ok: false; reason: Message };

/**
 * The case move when a placement of `kind` starts. The case only moves forward: a workshop started by someone
 * already in an internship leaves the case as it is. A hiring or renewal of someone in MONITORING brings the case
 * back to PLACED. A placement cannot start before the case reached orientation, nor on a closed case.
 */
export function caseMoveOnStart(kind: PlacementKind, current: CaseStatus): CaseMove {
  const current_progress = PROGRESS[current];
  if (current_progress === undefined) {
    return {
      ok: false,
      reason: msg('placements.startBeforeOrientation', { current: enumParam('CaseStatus', current ?? '') }),
    };
  }
  const target = caseStatusFor(kind);
  if (target === current) return { ok: true, to: null };
  if (target === CaseStatus.PLACED && current === CaseStatus.MONITORING) return { ok: true, to: CaseStatus.PLACED };
  if (PROGRESS[target]! <= current_progress) return { ok: true, to: null };
  return canChangeCaseStatus(current, target)
    ? { ok: true, to: target }
    : {
        ok: false,
        reason: msg('placements.caseCannotMove', {
          current: enumParam('CaseStatus', current ?? ''),
          target: enumParam('CaseStatus', target),
        }),
      };
}

/**
 * The case move when a placement of `kind` ends without a hiring (COMPLETED or ENDED_EARLY after it started). An
 * internship, work trial or workshop hands the case back to the most advanced of the person's other running
 * placements, or to ORIENTATION when none is left. The end of a hiring or renewal moves nothing: the operator decides
 * between monitoring, a new search or closure.
 */
export function caseMoveOnEnd(
  kind: PlacementKind,
  current: CaseStatus,
  otherRunningKinds: readonly PlacementKind[],
): CaseStatus | null {
  if (kind === PlacementKind.HIRING || kind === PlacementKind.CONTRACT_RENEWAL) return null;
  if (current !== CaseStatus.TRAINING && current !== CaseStatus.INTERNSHIP) return null;
  let target = CaseStatus.ORIENTATION;
  for (const other of otherRunningKinds) {
    const status = caseStatusFor(other);
    if (PROGRESS[status]! > PROGRESS[target]!) target = status;
  }
  if (PROGRESS[target]! >= PROGRESS[current]!) return null;
  return canChangeCaseStatus(current, target) ? target : null;
}
