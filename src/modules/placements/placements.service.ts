import { DataSource, EntityManager, In } from 'typeorm';
import { GraphQLError } from 'graphql';
import { todayInItaly } from '../../config/calendar';
import { ConflictError, NotFoundError, UserInputError } from '../../graphql/errors';
import { PageArgs, paginate, SortKey } from '../../graphql/pagination';
import { ConnectionShape } from '../../graphql/relay';
import { Beneficiary } from '../beneficiaries/beneficiary.entity';
import { lockBeneficiary, recordCaseStatus } from '../beneficiaries/case-lifecycle.service';
import { Employer } from '../employers/employer.entity';
import { Opening } from '../openings/opening.entity';
import { ContractType, OpeningStatus } from '../openings/opening.enums';
import { Operator } from '../operators/operator.entity';
import { addDays } from './dates';
import { MonitoringRhythmStep } from './monitoring-rhythm.entity';
import { nextVisitDue, stepsForKind } from './monitoring-rhythm';
import { MonitoringVisit } from './monitoring-visit.entity';
import { PlacementStatusChange } from './placement-status-change.entity';
import {
  allowedNextPlacementStatuses,
  canChangePlacementStatus,
  caseMoveOnEnd,
  caseMoveOnStart,
  holdsPosition,
  missingTransitionDetail,
} from './placement-transitions';
import { Placement } from './placement.entity';
import {
  CONTRACT_KINDS,
  EmploymentContractType,
  PlacementKind,
  PlacementOutcome,
  PlacementStatus,
  VisitStatus,
} from './placement.enums';
import { CompanyTutorInput } from './placements.types';

const P = PlacementStatus;
/** Case statuses in which a placement may be proposed: the person has been taken in charge and is not closed. */
const PROPOSABLE_CASE = ['ORIENTATION', 'TRAINING', 'INTERNSHIP', 'PLACED', 'MONITORING'];
/** Opening statuses in which a proposal can be confirmed (FILLED still passes the position count). */
const CONFIRMABLE_OPENING = [OpeningStatus.OPEN, OpeningStatus.FILLED];

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

export interface ChangePlacementStatusCommand {
  status: PlacementStatus;
  effectiveOn: string | null;
  reason: string | null;
  outcome: PlacementOutcome | null;
}

export interface ConvertToHiringCommand {
  startsOn: string;
  contractType: EmploymentContractType;
  plannedEndOn: string | null;
  weeklyHours: number | null;
  openingId: string | null;
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
}

const isContract = (kind: PlacementKind) => CONTRACT_KINDS.includes(kind);

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
  return paginate(query, NEWEST_FIRST, 'DESC', page, limits);
}

/** How many of an opening's positions are held: placements ACTIVE or SUSPENDED on it. */
export async function positionsHeld(manager: EntityManager, openingId: string): Promise<number> {
  const [{ held }] = await manager.query(
    `SELECT count(*)::int AS held FROM placement WHERE opening_id = $1 AND status IN ('ACTIVE', 'SUSPENDED')`,
    [openingId],
  );
  return held;
}

// ---------------------------------------------------------------------------------------------------------------
// Checks shared by the writes

async function requireOperator(manager: EntityManager, id: string, field: string): Promise<void> {
  if (!(await manager.existsBy(Operator, { id }))) throw new NotFoundError('Operator', field);
}

/** Row lock on the opening: every write that takes one of its positions goes through here first. */
async function lockOpening(manager: EntityManager, id: string, field: string): Promise<Opening> {
  const opening = await manager.findOne(Opening, { where: { id }, lock: { mode: 'pessimistic_write' } });
  if (!opening) throw new NotFoundError('Opening', field);
  return opening;
}

async function lockPlacement(manager: EntityManager, id: string, field = 'id'): Promise<Placement> {
  const placement = await manager.findOne(Placement, { where: { id }, lock: { mode: 'pessimistic_write' } });
  if (!placement) throw new NotFoundError('Placement', field);
  return placement;
}

/**
 * Takes one of the opening's positions, or answers CONFLICT. Must run after lockOpening in the same transaction: the
 * row lock makes a concurrent confirmation wait, and its count (a new snapshot per statement under READ COMMITTED)
 * then sees the position this one took.
 */
async function takePosition(manager: EntityManager, opening: Opening, field: string): Promise<void> {
  if (!CONFIRMABLE_OPENING.includes(opening.status)) {
    throw new ConflictError(`The opening is ${opening.status}: it takes no placement now`, field);
  }
  const held = await positionsHeld(manager, opening.id);
  if (held >= opening.positions) {
    throw new ConflictError(
      `All ${opening.positions} position(s) of this opening are taken by active placements`,
      field,
    );
  }
}

function forbiddenTransition(placement: Placement, to: PlacementStatus, field: string): GraphQLError {
  const allowed = allowedNextPlacementStatuses(placement.kind, placement.status);
  return new GraphQLError(
    `A ${placement.kind} placement in ${placement.status} cannot move to ${to}; allowed: ${allowed.join(', ') || 'none'}`,
    { extensions: { code: 'BAD_USER_INPUT', field, allowedStatuses: allowed } },
  );
}

function checkDates(startsOn: string, plannedEndOn: string | null, field: string): void {
  if (plannedEndOn !== null && plannedEndOn < startsOn) {
    throw new UserInputError('The planned end is before the start', field);
  }
}

/** What the contract fields must look like for a kind. */
function checkContractFields(
  kind: PlacementKind,
  fields: { plannedEndOn: string | null; monthlyAllowanceCents: number | null; contractType: EmploymentContractType | null },
  prefix: string,
): void {
  if (isContract(kind)) {
    if (fields.monthlyAllowanceCents != null) {
      throw new UserInputError('A monthly allowance is only for internships and work trials', `${prefix}.monthlyAllowanceCents`);
    }
    if (!fields.contractType) throw new UserInputError('A hiring or renewal needs its contract type', `${prefix}.contractType`);
    if (fields.contractType === EmploymentContractType.FIXED_TERM && !fields.plannedEndOn) {
      throw new UserInputError('A fixed-term contract needs its planned end', `${prefix}.plannedEndOn`);
    }
  } else {
    if (fields.contractType) throw new UserInputError('Only hirings and renewals have a contract type', `${prefix}.contractType`);
    if (!fields.plannedEndOn) throw new UserInputError(`A ${kind} needs its planned end`, `${prefix}.plannedEndOn`);
    if (fields.monthlyAllowanceCents != null && kind === PlacementKind.WORKSHOP) {
      throw new UserInputError('A monthly allowance is only for internships and work trials', `${prefix}.monthlyAllowanceCents`);
    }
  }
}

async function recordPlacementStatus(
  manager: EntityManager,
  placement: Placement,
  from: PlacementStatus | null,
  effectiveOn: string,
  reason: string,
  actorId: string | null,
): Promise<void> {
  await manager.insert(PlacementStatusChange, {
    placementId: placement.id,
    fromStatus: from,
    toStatus: placement.status,
    effectiveOn,
    reason,
    changedById: actorId,
  });
}

/** The acting operator as recorded in histories: null when the header names no known operator. */
async function knownActor(manager: EntityManager, actorId: string | null): Promise<string | null> {
  return actorId && (await manager.existsBy(Operator, { id: actorId })) ? actorId : null;
}

async function rhythmSteps(manager: EntityManager, kind: PlacementKind) {
  return stepsForKind(kind, await manager.find(MonitoringRhythmStep));
}

/** Plans the next visit by the rhythm when the placement runs and has none planned. */
async function planNextVisitIfNone(manager: EntityManager, placement: Placement, notBefore: string | null): Promise<void> {
  if (placement.status !== P.ACTIVE) return;
  const planned = await manager.existsBy(MonitoringVisit, { placementId: placement.id, status: VisitStatus.PLANNED });
  if (planned) return;
  const [last] = await manager.find(MonitoringVisit, {
    where: { placementId: placement.id, status: VisitStatus.DONE },
    order: { doneOn: 'DESC' },
    take: 1,
  });
  let due = nextVisitDue(placement.startsOn, last?.doneOn ?? null, await rhythmSteps(manager, placement.kind));
  if (due === null) return;
  if (notBefore && due < notBefore) due = notBefore;
  await manager.insert(MonitoringVisit, {
    placementId: placement.id,
    status: VisitStatus.PLANNED,
    plannedOn: due,
    operatorId: placement.tutorId,
    notes: '',
  });
}

async function cancelPlannedVisits(manager: EntityManager, placementId: string): Promise<void> {
  await manager.update(MonitoringVisit, { placementId, status: VisitStatus.PLANNED }, { status: VisitStatus.CANCELLED });
}

/**
 * A renewal replaces the running contract with the same employer: that contract is COMPLETED (POSITIVE) the day
 * before the renewal starts, so one person never counts twice toward the employer's quota.
 */
async function closeRenewedContracts(manager: EntityManager, renewal: Placement, actorId: string | null): Promise<void> {
  if (!renewal.employerId) return;
  const running = await manager.find(Placement, {
    where: {
      beneficiaryId: renewal.beneficiaryId,
      employerId: renewal.employerId,
      kind: In([...CONTRACT_KINDS]),
      status: In([P.ACTIVE, P.SUSPENDED]),
    },
    lock: { mode: 'pessimistic_write' },
  });
  for (const contract of running.filter((c) => c.id !== renewal.id)) {
    const from = contract.status;
    const dayBefore = addDays(renewal.startsOn, -1);
    contract.status = P.COMPLETED;
    contract.outcome = PlacementOutcome.POSITIVE;
    contract.endedOn = dayBefore < contract.startsOn ? contract.startsOn : dayBefore;
    await manager.save(contract);
    await recordPlacementStatus(manager, contract, from, contract.endedOn, 'Renewed', actorId);
    await cancelPlannedVisits(manager, contract.id);
  }
}

/** Moves the case as the start of a placement requires, or refuses with the reason. */
async function moveCaseOnStart(
  manager: EntityManager,
  beneficiary: Beneficiary,
  placement: Placement,
  actorId: string | null,
  field: string,
): Promise<void> {
  const move = caseMoveOnStart(placement.kind, beneficiary.caseStatus);
  if (!move.ok) throw new UserInputError(move.reason, field);
  if (move.to) await recordCaseStatus(manager, beneficiary, move.to, `Placement started: ${placement.kind}`, actorId);
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
    if (!PROPOSABLE_CASE.includes(beneficiary.caseStatus)) {
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

/**
 * Moves a placement along its state machine, in one transaction with the moves it implies: confirming takes one of
 * the opening's positions (CONFLICT when none is left), moves the case forward and plans the first monitoring visit;
 * an ending cancels the planned visits and may hand the case back to orientation.
 */
export async function changePlacementStatus(
  dataSource: DataSource,
  id: string,
  cmd: ChangePlacementStatusCommand,
  actorId: string | null,
  today = todayInItaly(),
): Promise<Placement> {
  if (cmd.status === P.CONVERTED_TO_HIRING) {
    throw new UserInputError('Use convertPlacementToHiring: the hiring needs its contract details', 'input.status');
  }
  const effectiveOn = cmd.effectiveOn ?? today;

  return dataSource.transaction(async (manager) => {
    // Lock order everywhere: opening, then beneficiary, then placement.
    const unlocked = await manager.findOneBy(Placement, { id });
    if (!unlocked) throw new NotFoundError('Placement');
    const confirming = cmd.status === P.ACTIVE && unlocked.status === P.PROPOSED;
    const opening = confirming && unlocked.openingId ? await lockOpening(manager, unlocked.openingId, 'id') : null;
    const beneficiary = await lockBeneficiary(manager, unlocked.beneficiaryId);
    const placement = await lockPlacement(manager, id);

    const from = placement.status;
    if (!canChangePlacementStatus(placement.kind, from, cmd.status)) {
      throw forbiddenTransition(placement, cmd.status, 'input.status');
    }
    const missing = missingTransitionDetail(cmd.status, cmd);
    if (missing) {
      throw new UserInputError(
        missing === 'reason' ? `A reason is required to move to ${cmd.status}` : 'A completed placement needs its outcome',
        `input.${missing}`,
      );
    }
    const actor = await knownActor(manager, actorId);
    const reason = cmd.reason?.trim() ?? '';

    if (confirming) {
      if (cmd.effectiveOn) {
        checkDates(cmd.effectiveOn, placement.plannedEndOn, 'input.effectiveOn');
        placement.startsOn = cmd.effectiveOn;
      }
      if (opening) await takePosition(manager, opening, 'id');
      await moveCaseOnStart(manager, beneficiary, placement, actor, 'id');
      placement.status = P.ACTIVE;
      placement.startedAt = new Date();
      await manager.save(placement);
      await recordPlacementStatus(manager, placement, from, placement.startsOn, reason || 'Confirmed', actor);
      if (placement.kind === PlacementKind.CONTRACT_RENEWAL) await closeRenewedContracts(manager, placement, actor);
      await planNextVisitIfNone(manager, placement, null);
      return placement;
    }

    if (cmd.status === P.COMPLETED || cmd.status === P.ENDED_EARLY) {
      if (effectiveOn > today) throw new UserInputError('A placement cannot end in the future', 'input.effectiveOn');
      const started = from !== P.PROPOSED;
      if (started && effectiveOn < placement.startsOn) {
        throw new UserInputError('A placement cannot end before it started', 'input.effectiveOn');
      }
      placement.status = cmd.status;
      placement.endedOn = effectiveOn;
      placement.outcome = cmd.outcome ?? placement.outcome;
      if (cmd.status === P.ENDED_EARLY) placement.endReason = reason;
      await manager.save(placement);
      await recordPlacementStatus(manager, placement, from, effectiveOn, reason || 'Completed', actor);
      await cancelPlannedVisits(manager, placement.id);
      if (started) {
        const others = await manager.find(Placement, {
          where: { beneficiaryId: beneficiary.id, status: In([P.ACTIVE, P.SUSPENDED]) },
        });
        const to = caseMoveOnEnd(placement.kind, beneficiary.caseStatus, others.map((o) => o.kind));
        if (to) await recordCaseStatus(manager, beneficiary, to, `Placement ended: ${placement.kind}`, actor);
      }
      return placement;
    }

    // Suspending or resuming.
    placement.status = cmd.status;
    await manager.save(placement);
    await recordPlacementStatus(manager, placement, from, effectiveOn, reason || 'Resumed', actor);
    if (cmd.status === P.ACTIVE) await planNextVisitIfNone(manager, placement, today);
    return placement;
  });
}

/**
 * An internship or work trial turns into a hiring with the same employer: the internship ends CONVERTED_TO_HIRING
 * (outcome POSITIVE) the day before the contract starts, and a new ACTIVE HIRING placement records the contract. The
 * internship's position on its opening is released; the hiring takes a position only on the job opening it is given.
 */
export async function convertPlacementToHiring(
  dataSource: DataSource,
  id: string,
  cmd: ConvertToHiringCommand,
  actorId: string | null,
  today = todayInItaly(),
): Promise<{ internship: Placement; hiring: Placement }> {
  checkDates(cmd.startsOn, cmd.plannedEndOn, 'input.plannedEndOn');
  checkContractFields(PlacementKind.HIRING, { ...cmd, monthlyAllowanceCents: null }, 'input');
  return dataSource.transaction(async (manager) => {
    const unlocked = await manager.findOneBy(Placement, { id });
    if (!unlocked) throw new NotFoundError('Placement');
    const jobOpening = cmd.openingId ? await lockOpening(manager, cmd.openingId, 'input.openingId') : null;
    const beneficiary = await lockBeneficiary(manager, unlocked.beneficiaryId);
    const internship = await lockPlacement(manager, id);

    if (!canChangePlacementStatus(internship.kind, internship.status, P.CONVERTED_TO_HIRING)) {
      throw forbiddenTransition(internship, P.CONVERTED_TO_HIRING, 'id');
    }
    const endedOn = addDays(cmd.startsOn, -1);
    if (endedOn < internship.startsOn) {
      throw new UserInputError('The contract must start after the first day of the internship', 'input.startsOn');
    }
    if (endedOn > today) throw new UserInputError('The hiring starts more than a day from now: convert it then', 'input.startsOn');
    if (jobOpening) {
      if (jobOpening.employerId !== internship.employerId) {
        throw new UserInputError('The opening belongs to another employer', 'input.openingId');
      }
      if (jobOpening.contractType === ContractType.TIROCINIO) {
        throw new UserInputError('A hiring cannot be placed on an internship opening', 'input.openingId');
      }
      await takePosition(manager, jobOpening, 'input.openingId');
    }
    const countsTowardQuota = cmd.countsTowardQuota ?? Boolean(jobOpening?.countsTowardQuota && beneficiary.law68Category);
    if (countsTowardQuota && !beneficiary.law68Category) {
      throw new UserInputError('Only a person enrolled under Law 68/99 counts toward the quota', 'input.countsTowardQuota');
    }
    const actor = await knownActor(manager, actorId);

    internship.status = P.CONVERTED_TO_HIRING;
    internship.endedOn = endedOn;
    internship.outcome = PlacementOutcome.POSITIVE;
    await manager.save(internship);
    await recordPlacementStatus(manager, internship, P.ACTIVE, endedOn, 'Converted to hiring', actor);
    await cancelPlannedVisits(manager, internship.id);

    const hiring = manager.create(Placement, {
      beneficiaryId: beneficiary.id,
      openingId: jobOpening?.id ?? null,
      employerId: internship.employerId,
      kind: PlacementKind.HIRING,
      status: P.ACTIVE,
      outcome: null,
      startsOn: cmd.startsOn,
      plannedEndOn: cmd.plannedEndOn,
      endedOn: null,
      weeklyHours: cmd.weeklyHours ?? internship.weeklyHours,
      tutorId: internship.tutorId,
      companyTutorName: internship.companyTutorName,
      companyTutorEmail: internship.companyTutorEmail,
      companyTutorPhone: internship.companyTutorPhone,
      monthlyAllowanceCents: null,
      contractType: cmd.contractType,
      countsTowardQuota,
      endReason: null,
      convertedFromId: internship.id,
      notes: cmd.notes,
      proposedById: actor,
      startedAt: new Date(),
    });
    await moveCaseOnStart(manager, beneficiary, hiring, actor, 'id');
    await manager.save(hiring);
    await recordPlacementStatus(manager, hiring, null, cmd.startsOn, `Hired after ${internship.kind}`, actor);
    await planNextVisitIfNone(manager, hiring, null);
    return { internship, hiring };
  });
}

// ---------------------------------------------------------------------------------------------------------------
// Monitoring visits

export async function planMonitoringVisit(
  dataSource: DataSource,
  placementId: string,
  cmd: { plannedOn: string; operatorId: string | null; notes: string },
  actorId: string | null,
): Promise<MonitoringVisit> {
  return dataSource.transaction(async (manager) => {
    const placement = await lockPlacement(manager, placementId, 'placementId');
    if (!holdsPosition(placement.status) && placement.status !== P.PROPOSED) {
      throw new ConflictError(`The placement is ${placement.status}: no visit can be planned`, 'placementId');
    }
    if (cmd.plannedOn < placement.startsOn) {
      throw new UserInputError('A visit cannot be planned before the placement starts', 'input.plannedOn');
    }
    const operatorId = cmd.operatorId ?? placement.tutorId ?? (await knownActor(manager, actorId));
    if (cmd.operatorId) await requireOperator(manager, cmd.operatorId, 'input.operatorId');
    return manager.save(
      manager.create(MonitoringVisit, {
        placementId,
        status: VisitStatus.PLANNED,
        plannedOn: cmd.plannedOn,
        operatorId,
        notes: cmd.notes,
      }),
    );
  });
}

/**
 * Records a visit done: completes the planned visit given, or records an unplanned one. When the placement still
 * runs and has no other visit planned, the next one is planned by the rhythm.
 */
export async function recordMonitoringVisit(
  dataSource: DataSource,
  placementId: string,
  cmd: { visitId: string | null; doneOn: string; outcome: MonitoringVisit['outcome']; notes: string; operatorId: string | null },
  actorId: string | null,
  today = todayInItaly(),
): Promise<MonitoringVisit> {
  if (cmd.doneOn > today) throw new UserInputError('A visit cannot be done in the future', 'input.doneOn');
  return dataSource.transaction(async (manager) => {
    const placement = await lockPlacement(manager, placementId, 'placementId');
    if (placement.status === P.PROPOSED || (placement.status === P.ENDED_EARLY && !placement.startedAt)) {
      throw new ConflictError('The placement has not started: there is nothing to visit yet', 'placementId');
    }
    if (cmd.doneOn < placement.startsOn || (placement.endedOn && cmd.doneOn > placement.endedOn)) {
      throw new UserInputError('The visit date is outside the placement', 'input.doneOn');
    }
    if (cmd.operatorId) await requireOperator(manager, cmd.operatorId, 'input.operatorId');
    const operatorId = cmd.operatorId ?? (await knownActor(manager, actorId)) ?? placement.tutorId;
    if (!operatorId) throw new UserInputError('Say who did the visit', 'input.operatorId');

    let visit: MonitoringVisit;
    if (cmd.visitId) {
      const planned = await manager.findOne(MonitoringVisit, { where: { id: cmd.visitId }, lock: { mode: 'pessimistic_write' } });
      if (!planned || planned.placementId !== placementId) throw new NotFoundError('MonitoringVisit', 'input.visitId');
      if (planned.status !== VisitStatus.PLANNED) {
        throw new ConflictError(`The visit is already ${planned.status}`, 'input.visitId');
      }
      visit = planned;
    } else {
      visit = manager.create(MonitoringVisit, { placementId, plannedOn: cmd.doneOn });
    }
    Object.assign(visit, {
      status: VisitStatus.DONE,
      doneOn: cmd.doneOn,
      outcome: cmd.outcome,
      notes: cmd.notes,
      operatorId,
    });
    visit = await manager.save(visit);
    await planNextVisitIfNone(manager, placement, null);
    return visit;
  });
}

export async function cancelMonitoringVisit(dataSource: DataSource, id: string, reason: string): Promise<MonitoringVisit> {
  return dataSource.transaction(async (manager) => {
    const visit = await manager.findOne(MonitoringVisit, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!visit) throw new NotFoundError('MonitoringVisit');
    if (visit.status !== VisitStatus.PLANNED) throw new ConflictError(`The visit is already ${visit.status}`, 'id');
    visit.status = VisitStatus.CANCELLED;
    const note = reason.trim();
    if (note) visit.notes = visit.notes ? `${visit.notes}\n${note}` : note;
    return manager.save(visit);
  });
}

// ---------------------------------------------------------------------------------------------------------------
// Configuration: monitoring rhythm

export async function monitoringRhythms(manager: EntityManager): Promise<Array<{ placementKind: PlacementKind | null; steps: MonitoringRhythmStep[] }>> {
  const steps = await manager.find(MonitoringRhythmStep, { order: { fromDay: 'ASC' } });
  const kinds = [...new Set(steps.map((s) => s.placementKind))].sort((a, b) => (a ?? '').localeCompare(b ?? ''));
  return kinds.map((placementKind) => ({ placementKind, steps: steps.filter((s) => s.placementKind === placementKind) }));
}

/**
 * Replaces the rhythm of one kind (null: the default). An empty list removes a kind's own rhythm, so the default
 * applies again; the default itself must start at day 0.
 */
export async function setMonitoringRhythm(
  dataSource: DataSource,
  placementKind: PlacementKind | null,
  steps: Array<{ fromDay: number; everyDays: number }>,
): Promise<Array<{ placementKind: PlacementKind | null; steps: MonitoringRhythmStep[] }>> {
  const days = steps.map((s) => s.fromDay);
  if (new Set(days).size !== days.length) throw new UserInputError('Two steps start on the same day', 'steps');
  if (placementKind === null && !days.includes(0)) {
    throw new UserInputError('The default rhythm needs a step from day 0', 'steps');
  }
  if (placementKind !== null && steps.length && !days.includes(0)) {
    throw new UserInputError('A rhythm needs a step from day 0', 'steps');
  }
  await dataSource.transaction(async (manager) => {
    await manager.query(`LOCK TABLE monitoring_rhythm IN EXCLUSIVE MODE`);
    await manager.query(`DELETE FROM monitoring_rhythm WHERE placement_kind IS NOT DISTINCT FROM $1`, [placementKind]);
    if (steps.length) await manager.insert(MonitoringRhythmStep, steps.map((s) => ({ ...s, placementKind })));
  });
  return monitoringRhythms(dataSource.manager);
}
