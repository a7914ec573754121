import { DataSource, EntityManager, In } from 'typeorm';
import { todayInItaly } from '../../config/calendar';
import { ConflictError, NotFoundError, UserInputError } from '../../graphql/errors';
import { PageArgs, paginate, SortKey } from '../../graphql/pagination';
import { ConnectionShape } from '../../graphql/relay';
import { lockBeneficiary } from '../beneficiaries/case-lifecycle.service';
import { Employer } from '../employers/employer.entity';
import { Opening } from '../openings/opening.entity';
import { ContractType, OpeningStatus } from '../openings/opening.enums';
import {
  checkBookingFits,
  checkContractFields,
  checkDates,
  isContract,
  knownActor,
  lockOpening,
  lockPlacement,
  recordPlacementStatus,
  requireOperator,
} from './placement-write-checks';
import { recordMatchEvidence } from './match-evidence.service';
import { Placement } from './placement.entity';
import { EmploymentContractType, PlacementKind, PlacementStatus } from './placement.enums';
import { CompanyTutorInput } from './placements.types';
import { PROPOSABLE } from '../beneficiaries/case-transitions';

/*
 * Listing, proposing and correcting placements. Confirming, status changes and conversion to hiring are in
 * placement-lifecycle.service.ts; monitoring visits in monitoring-visits.service.ts.
 */

const P = PlacementStatus;
const isEnded = (status: PlacementStatus) => [P.COMPLETED, P.ENDED_EARLY, P.CONVERTED_TO_HIRING].includes(status);
/** Case statuses in which a placement may be proposed: the person has been taken in charge and is not closed. */

export interface ProposePlacementCommand {
  beneficiaryId: string;
  kind: PlacementKind;
  openingId: string | null;
  employerId: string | null;
  startsOn: string;
  plannedEndOn: string | null;
  weeklyHours: number | null;
  tutorId: string | null;
  companyTutor: CompanyTutorInput | null;
  monthlyAllowanceCents: number | null;
  contractType: EmploymentContractType | null;
  countsTowardQuota: boolean | null;
  notes: string;
}

export interface PlacementQuery {
  beneficiaryId?: string | null;
  openingId?: string | null;
  employerId?: string | null;
  tutorId?: string | null;
  statuses?: PlacementStatus[] | null;
  kinds?: PlacementKind[] | null;
  ambito?: number | null;
}

// ---------------------------------------------------------------------------------------------------------------
// Reading

const NEWEST_FIRST: SortKey[] = [
  { expression: 'p.created_at', sqlType: 'timestamptz' },
  { expression: 'p.id', sqlType: 'uuid' },
];

export function listPlacements(
  manager: EntityManager,
  filter: PlacementQuery,
  page: PageArgs,
  limits: { defaultPageSize: number; maxPageSize: number },
): Promise<ConnectionShape<Placement>> {
  const query = manager.createQueryBuilder(Placement, 'p');
  if (filter.beneficiaryId) query.andWhere('p.beneficiary_id = :beneficiaryId', filter);
  if (filter.openingId) query.andWhere('p.opening_id = :openingId', filter);
  if (filter.employerId) query.andWhere('p.employer_id = :employerId', filter);
  if (filter.tutorId) query.andWhere('p.tutor_id = :tutorId', filter);
  if (filter.statuses?.length) query.andWhere('p.status IN (:...statuses)', filter);
  if (filter.kinds?.length) query.andWhere('p.kind IN (:...kinds)', filter);
  if (filter.ambito != null) {
    query.andWhere(
      `p.beneficiary_id IN (SELECT b.id FROM beneficiary b JOIN municipality m ON m.id = b.residence_municipality_id
        WHERE m.ambito_number = :ambito)`,
      filter,
    );
  }
  return paginate(query, NEWEST_FIRST, 'DESC', page, limits);
}

// ---------------------------------------------------------------------------------------------------------------
// Writes

/** A new PROPOSED placement. Nothing is held yet: positions are taken when the placement is confirmed. */
export async function proposePlacement(
  dataSource: DataSource,
  cmd: ProposePlacementCommand,
  actorId: string | null,
  today = todayInItaly(),
): Promise<Placement> {
  checkDates(cmd.startsOn, cmd.plannedEndOn, 'input.plannedEndOn');
  if (!cmd.openingId && !cmd.employerId && cmd.kind !== PlacementKind.WORKSHOP) {
    throw new UserInputError(`A ${cmd.kind} needs an opening (or, without one, its employer)`, 'input.openingId');
  }
  return dataSource.transaction(async (manager) => {
    let opening: Opening | null = null;
    let employerId = cmd.employerId;
    if (cmd.openingId) {
      opening = await lockOpening(manager, cmd.openingId, 'input.openingId');
      if (opening.status !== OpeningStatus.OPEN) {
        throw new ConflictError(`The opening is ${opening.status}: only an OPEN opening takes proposals`, 'input.openingId');
      }
      if (employerId && employerId !== opening.employerId) {
        throw new UserInputError('The employer is not the opening’s employer', 'input.employerId');
      }
      if (isContract(cmd.kind) && opening.contractType === ContractType.TIROCINIO) {
        throw new UserInputError(`A ${cmd.kind} cannot be placed on an internship opening`, 'input.kind');
      }
      employerId = opening.employerId;
    } else if (employerId && !(await manager.existsBy(Employer, { id: employerId }))) {
      throw new NotFoundError('Employer', 'input.employerId');
    }

    const beneficiary = await lockBeneficiary(manager, cmd.beneficiaryId, 'input.beneficiaryId');
    if (!PROPOSABLE.includes(beneficiary.caseStatus)) {
      throw new UserInputError(
        `The case is ${beneficiary.caseStatus}: a placement is proposed only from orientation on`,
        'input.beneficiaryId',
      );
    }
    if (opening) {
      const open = await manager.existsBy(Placement, {
        beneficiaryId: beneficiary.id,
        openingId: opening.id,
        status: In([P.PROPOSED, P.ACTIVE, P.SUSPENDED]),
      });
      if (open) throw new ConflictError('This person already has a running placement on this opening', 'input.openingId');
    }

    const tutorId = cmd.tutorId ?? beneficiary.assignedOperatorId ?? (await knownActor(manager, actorId));
    if (cmd.tutorId) await requireOperator(manager, cmd.tutorId, 'input.tutorId');

    const weeklyHours = cmd.weeklyHours ?? opening?.weeklyHours ?? null;
    if (weeklyHours === null) throw new UserInputError('Weekly hours are required without an opening', 'input.weeklyHours');
    await checkBookingFits(manager, beneficiary.id, { openingId: opening?.id ?? null, employerId, kind: cmd.kind, weeklyHours }, 'input.weeklyHours');

    const openingContract = opening && opening.contractType !== ContractType.TIROCINIO
      ? (opening.contractType as unknown as EmploymentContractType)
      : null;
    const contractType = isContract(cmd.kind) ? cmd.contractType ?? openingContract : cmd.contractType;
    checkContractFields(cmd.kind, { plannedEndOn: cmd.plannedEndOn, monthlyAllowanceCents: cmd.monthlyAllowanceCents, contractType }, 'input');

    let countsTowardQuota = false;
    if (isContract(cmd.kind)) {
      countsTowardQuota = cmd.countsTowardQuota ?? Boolean(opening?.countsTowardQuota && beneficiary.law68Category);
      if (countsTowardQuota && !beneficiary.law68Category) {
        throw new UserInputError('Only a person enrolled under Law 68/99 counts toward the quota', 'input.countsTowardQuota');
      }
    } else if (cmd.countsTowardQuota) {
      throw new UserInputError('Only hirings and renewals count toward the quota', 'input.countsTowardQuota');
    }

    const actor = await knownActor(manager, actorId);
    const placement = await manager.save(
      manager.create(Placement, {
        beneficiaryId: beneficiary.id,
        openingId: opening?.id ?? null,
        employerId,
        kind: cmd.kind,
        status: P.PROPOSED,
        outcome: null,
        startsOn: cmd.startsOn,
        plannedEndOn: cmd.plannedEndOn,
        endedOn: null,
        weeklyHours,
        tutorId,
        companyTutorName: cmd.companyTutor?.name.trim() ?? null,
        companyTutorEmail: cmd.companyTutor?.email ?? null,
        companyTutorPhone: cmd.companyTutor?.phone ?? null,
        monthlyAllowanceCents: cmd.monthlyAllowanceCents,
        contractType,
        countsTowardQuota,
        endReason: null,
        convertedFromId: null,
        notes: cmd.notes,
        proposedById: actor,
        startedAt: null,
      }),
    );
    await recordPlacementStatus(manager, placement, null, today, 'Proposed', actor);
    await recordMatchEvidence(manager, placement, actor);
    return placement;
  });
}

export interface UpdatePlacementCommand {
  startsOn?: string;
  plannedEndOn?: string | null;
  weeklyHours?: number;
  tutorId?: string | null;
  companyTutor?: CompanyTutorInput | null;
  monthlyAllowanceCents?: number | null;
  notes?: string;
}

export async function updatePlacement(dataSource: DataSource, id: string, cmd: UpdatePlacementCommand): Promise<Placement> {
  return dataSource.transaction(async (manager) => {
    // The person first, as every placement write locks them (the match profile follows placements and locks them too).
    const unlocked = await manager.findOneBy(Placement, { id });
    if (!unlocked) throw new NotFoundError('Placement');
    await lockBeneficiary(manager, unlocked.beneficiaryId);
    const placement = await lockPlacement(manager, id);
    if (cmd.startsOn !== undefined && cmd.startsOn !== placement.startsOn) {
      if (placement.status !== P.PROPOSED) {
        throw new UserInputError('The start date changes only while the placement is proposed', 'input.startsOn');
      }
      placement.startsOn = cmd.startsOn;
    }
    if (cmd.plannedEndOn !== undefined) placement.plannedEndOn = cmd.plannedEndOn;
    if (cmd.monthlyAllowanceCents !== undefined) placement.monthlyAllowanceCents = cmd.monthlyAllowanceCents;
    checkDates(placement.startsOn, placement.plannedEndOn, 'input.plannedEndOn');
    checkContractFields(placement.kind, placement, 'input');
    if (cmd.weeklyHours !== undefined && cmd.weeklyHours !== placement.weeklyHours && !isEnded(placement.status)) {
      await checkBookingFits(manager, placement.beneficiaryId, { ...placement, weeklyHours: cmd.weeklyHours }, 'input.weeklyHours');
    }
    if (cmd.weeklyHours !== undefined) placement.weeklyHours = cmd.weeklyHours;
    if (cmd.tutorId !== undefined) {
      if (cmd.tutorId) await requireOperator(manager, cmd.tutorId, 'input.tutorId');
      placement.tutorId = cmd.tutorId;
    }
    if (cmd.companyTutor !== undefined) {
      placement.companyTutorName = cmd.companyTutor?.name.trim() ?? null;
      placement.companyTutorEmail = cmd.companyTutor?.email ?? null;
      placement.companyTutorPhone = cmd.companyTutor?.phone ?? null;
    }
    if (cmd.notes !== undefined) placement.notes = cmd.notes;
    return manager.save(placement);
  });
}
