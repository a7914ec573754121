import { CaseStatus } from './beneficiary.enums';

/**
 * The allowed moves of a case. A path can step back (an internship that ends without hiring returns to orientation)
 * but PLACED is reached only after orientation, and a closed case reopens only through a new referral.
 */
const ALLOWED: Readonly<Record<CaseStatus, readonly CaseStatus[]>> = {
  [CaseStatus.REFERRED]: [CaseStatus.INTAKE, CaseStatus.CLOSED],
  [CaseStatus.INTAKE]: [CaseStatus.ORIENTATION, CaseStatus.CLOSED],
  [CaseStatus.ORIENTATION]: [CaseStatus.TRAINING, CaseStatus.INTERNSHIP, CaseStatus.PLACED, CaseStatus.CLOSED],
  [CaseStatus.TRAINING]: [CaseStatus.ORIENTATION, CaseStatus.INTERNSHIP, CaseStatus.PLACED, CaseStatus.CLOSED],
  [CaseStatus.INTERNSHIP]: [CaseStatus.ORIENTATION, CaseStatus.TRAINING, CaseStatus.PLACED, CaseStatus.CLOSED],
  [CaseStatus.PLACED]: [CaseStatus.MONITORING, CaseStatus.CLOSED],
  [CaseStatus.MONITORING]: [CaseStatus.ORIENTATION, CaseStatus.PLACED, CaseStatus.CLOSED],
  [CaseStatus.CLOSED]: [CaseStatus.REFERRED],
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
