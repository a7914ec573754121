import { enumParam } from '../../../i18n/translate';
import { ConflictError, UserInputError } from '../../../graphql/errors';
import { CaseStatus, Law68Category } from '../../beneficiaries/beneficiary.enums';
import { PROPOSABLE } from '../../beneficiaries/case-transitions';
import { ContractType, OpeningStatus } from '../../openings/opening.enums';
import { CONTRACT_KINDS, EmploymentContractType, PlacementKind } from '../placement.enums';
import { msg } from '../../../i18n/message';

/*
 * What a placement proposal must satisfy, decided over plain facts: the service reads and locks the records, this
 * decides. Each refusal names the input field at fault.
 */

export const isContract = (kind: PlacementKind) => CONTRACT_KINDS.includes(kind);

export function checkDates(startsOn: string, plannedEndOn: string | null, field: string): void {
  if (plannedEndOn !== null && plannedEndOn < startsOn) {
    throw new UserInputError(msg('placements.plannedEndBeforeStart'), field);
  }
}

/** What the contract fields must look like for a kind. */
export function checkContractFields(
  kind: PlacementKind,
  fields: {
    plannedEndOn: string | null;
    monthlyAllowanceCents: number | null;
    contractType: EmploymentContractType | null;
  },
  prefix: string,
): void {
  if (isContract(kind)) {
    if (fields.monthlyAllowanceCents != null) {
      throw new UserInputError(msg('placements.monthlyAllowanceOnlyInternships'), `${prefix}.monthlyAllowanceCents`);
    }
    if (!fields.contractType)
      throw new UserInputError(msg('placements.hiringRenewalNeedsContract'), `${prefix}.contractType`);
    if (fields.contractType === EmploymentContractType.FIXED_TERM && !fields.plannedEndOn) {
      throw new UserInputError(msg('placements.fixedTermContractNeeds'), `${prefix}.plannedEndOn`);
    }
  } else {
    if (fields.contractType)
      throw new UserInputError(msg('placements.onlyHiringsRenewalsContract'), `${prefix}.contractType`);
    if (!fields.plannedEndOn)
      throw new UserInputError(
        msg('placements.needsPlannedEnd', { kind: enumParam('PlacementKind', kind) }),
        `${prefix}.plannedEndOn`,
      );
    if (fields.monthlyAllowanceCents != null && kind === PlacementKind.WORKSHOP) {
      throw new UserInputError(msg('placements.monthlyAllowanceOnlyInternships2'), `${prefix}.monthlyAllowanceCents`);
    }
  }
}

export interface ProposalRequest {
  kind: PlacementKind;
  openingId: string | null;
  employerId: string | null;
  startsOn: string;
  plannedEndOn: string | null;
  weeklyHours: number | null;
  monthlyAllowanceCents: number | null;
  contractType: EmploymentContractType | null;
  countsTowardQuota: boolean | null;
}

/** What a proposal needs to be checked before anything is read: its own fields. */
export function checkProposalRequest(request: ProposalRequest): void {
  checkDates(request.startsOn, request.plannedEndOn, 'input.plannedEndOn');
  if (!request.openingId && !request.employerId && request.kind !== PlacementKind.WORKSHOP) {
    throw new UserInputError(
      msg('placements.needsOpeningWithoutOne', { kind: enumParam('PlacementKind', request.kind) }),
      'input.openingId',
    );
  }
}

export interface ProposalFacts {
  opening: {
    status: OpeningStatus;
    employerId: string;
    contractType: ContractType;
    weeklyHours: number;
    countsTowardQuota: boolean;
  } | null;
  person: { caseStatus: CaseStatus; law68Category: Law68Category | null };
  /** The person already has a proposed or running placement on this opening. */
  alreadyOnOpening: boolean;
}

/** The placement's derived fields, once every check passed. */
export interface ProposalDecision {
  employerId: string | null;
  weeklyHours: number;
  contractType: EmploymentContractType | null;
  countsTowardQuota: boolean;
}

export function decideProposal(request: ProposalRequest, facts: ProposalFacts): ProposalDecision {
  const { opening, person } = facts;
  if (opening) {
    if (opening.status !== OpeningStatus.OPEN) {
      throw new ConflictError(
        msg('placements.openingOnlyOpenOpening', { status: enumParam('OpeningStatus', opening.status) }),
        'input.openingId',
      );
    }
    if (request.employerId && request.employerId !== opening.employerId) {
      throw new UserInputError(msg('placements.employerOpeningSEmployer'), 'input.employerId');
    }
    if (isContract(request.kind) && opening.contractType === ContractType.TIROCINIO) {
      throw new UserInputError(
        msg('placements.placedInternshipOpening', { kind: enumParam('PlacementKind', request.kind) }),
        'input.kind',
      );
    }
  }
  if (!PROPOSABLE.includes(person.caseStatus)) {
    throw new UserInputError(
      msg('placements.casePlacementProposedOnly', { caseStatus: enumParam('CaseStatus', person.caseStatus) }),
      'input.beneficiaryId',
    );
  }
  if (facts.alreadyOnOpening) {
    throw new ConflictError(msg('placements.personAlreadyRunningPlacement'), 'input.openingId');
  }
  const weeklyHours = request.weeklyHours ?? opening?.weeklyHours ?? null;
  if (weeklyHours === null) throw new UserInputError(msg('placements.weeklyHoursRequiredWithout'), 'input.weeklyHours');

  const openingContract =
    opening && opening.contractType !== ContractType.TIROCINIO
      ? (opening.contractType as unknown as EmploymentContractType)
      : null;
  const contractType = isContract(request.kind) ? (request.contractType ?? openingContract) : request.contractType;
  checkContractFields(
    request.kind,
    { plannedEndOn: request.plannedEndOn, monthlyAllowanceCents: request.monthlyAllowanceCents, contractType },
    'input',
  );

  return {
    employerId: opening?.employerId ?? request.employerId,
    weeklyHours,
    contractType,
    countsTowardQuota: countsTowardQuota(request, opening, person),
  };
}

/** Only a hiring or renewal of a person enrolled under Law 68/99 counts toward the employer's quota. */
function countsTowardQuota(
  request: ProposalRequest,
  opening: ProposalFacts['opening'],
  person: ProposalFacts['person'],
): boolean {
  if (!isContract(request.kind)) {
    if (request.countsTowardQuota)
      throw new UserInputError(msg('placements.onlyHiringsRenewalsCount'), 'input.countsTowardQuota');
    return false;
  }
  const counts = request.countsTowardQuota ?? Boolean(opening?.countsTowardQuota && person.law68Category);
  if (counts && !person.law68Category) {
    throw new UserInputError(msg('placements.onlyPersonEnrolledUnder'), 'input.countsTowardQuota');
  }
  return counts;
}
