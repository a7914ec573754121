import { ConflictError, UserInputError } from '../../../graphql/errors';
import { CaseStatus, Law68Category } from '../../beneficiaries/beneficiary.enums';
import { PROPOSABLE } from '../../beneficiaries/case-transitions';
import { ContractType, OpeningStatus } from '../../openings/opening.enums';
import { CONTRACT_KINDS, EmploymentContractType, PlacementKind } from '../placement.enums';

/*
 * What a placement proposal must satisfy, decided over plain facts: the service reads and locks the records, this
 * decides. Each refusal names the input field at fault.
 */

export const isContract = (kind: PlacementKind) => CONTRACT_KINDS.includes(kind);

export function checkDates(startsOn: string, plannedEndOn: string | null, field: string): void {
  if (plannedEndOn !== null && plannedEndOn < startsOn) {
    throw new UserInputError('The planned end is before the start', field);
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
      throw new UserInputError(
        'A monthly allowance is only for internships and work trials',
        `${prefix}.monthlyAllowanceCents`,
      );
    }
    if (!fields.contractType)
      throw new UserInputError('A hiring or renewal needs its contract type', `${prefix}.contractType`);
    if (fields.contractType === EmploymentContractType.FIXED_TERM && !fields.plannedEndOn) {
      throw new UserInputError('A fixed-term contract needs its planned end', `${prefix}.plannedEndOn`);
    }
  } else {
    if (fields.contractType)
      throw new UserInputError('Only hirings and renewals have a contract type', `${prefix}.contractType`);
    if (!fields.plannedEndOn) throw new UserInputError(`A ${kind} needs its planned end`, `${prefix}.plannedEndOn`);
    if (fields.monthlyAllowanceCents != null && kind === PlacementKind.WORKSHOP) {
      throw new UserInputError(
        'A monthly allowance is only for internships and work trials',
        `${prefix}.monthlyAllowanceCents`,
      );
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
    throw new UserInputError(`A ${request.kind} needs an opening (or, without one, its employer)`, 'input.openingId');
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
        `The opening is ${opening.status}: only an OPEN opening takes proposals`,
        'input.openingId',
      );
    }
    if (request.employerId && request.employerId !== opening.employerId) {
      throw new UserInputError('The employer is not the opening’s employer', 'input.employerId');
    }
    if (isContract(request.kind) && opening.contractType === ContractType.TIROCINIO) {
      throw new UserInputError(`A ${request.kind} cannot be placed on an internship opening`, 'input.kind');
    }
  }
  if (!PROPOSABLE.includes(person.caseStatus)) {
    throw new UserInputError(
      `The case is ${person.caseStatus}: a placement is proposed only from orientation on`,
      'input.beneficiaryId',
    );
  }
  if (facts.alreadyOnOpening) {
    throw new ConflictError('This person already has a running placement on this opening', 'input.openingId');
  }
  const weeklyHours = request.weeklyHours ?? opening?.weeklyHours ?? null;
  if (weeklyHours === null)
    throw new UserInputError('Weekly hours are required without an opening', 'input.weeklyHours');

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
      throw new UserInputError('Only hirings and renewals count toward the quota', 'input.countsTowardQuota');
    return false;
  }
  const counts = request.countsTowardQuota ?? Boolean(opening?.countsTowardQuota && person.law68Category);
  if (counts && !person.law68Category) {
    throw new UserInputError(
      'Only a person enrolled under Law 68/99 counts toward the quota',
      'input.countsTowardQuota',
    );
  }
  return counts;
}
