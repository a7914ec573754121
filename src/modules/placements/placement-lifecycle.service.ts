import { DataSource, EntityManager, In } from 'typeorm';
import { GraphQLError } from 'graphql';
import { addDays, todayInItaly } from '../../config/calendar';
import { ConflictError, LocalizedError, NotFoundError, UserInputError } from '../../graphql/errors';
import { Beneficiary } from '../beneficiaries/beneficiary.entity';
import { lockBeneficiary, recordCaseStatus } from '../beneficiaries/case-lifecycle.service';
import { Opening } from '../openings/opening.entity';
import { ContractType, OpeningStatus } from '../openings/opening.enums';
import { cancelPlannedVisits, planNextVisitIfNone } from './monitoring-visits.service';
import {
  allowedNextPlacementStatuses,
  canChangePlacementStatus,
  caseMoveOnEnd,
  caseMoveOnStart,
  missingTransitionDetail,
} from './rules/placement-transitions';
import {
  checkBookingFits,
  knownActor,
  lockOpening,
  lockPlacement,
  recordPlacementStatus,
} from './placement-write-checks';
import { checkContractFields, checkDates } from './rules/proposal-checks';
import { Placement } from './placement.entity';
import {
  CONTRACT_KINDS,
  EmploymentContractType,
  PlacementKind,
  PlacementOutcome,
  PlacementStatus,
} from './placement.enums';
import { msg } from '../../i18n/message';
import { enumParam } from '../../i18n/translate';

/*
 * A placement's lifecycle: confirming (taking one of the opening's positions under the opening's row lock), status
 * changes, and conversion of an internship to a hiring.
 */

const P = PlacementStatus;
/** Opening statuses in which a proposal can be confirmed (FILLED still passes the position count). */
const CONFIRMABLE_OPENING = [OpeningStatus.OPEN, OpeningStatus.FILLED];

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

/** How many of an opening's positions are held: placements ACTIVE or SUSPENDED on it. */
export async function positionsHeld(manager: EntityManager, openingId: string): Promise<number> {
  const [{ held }] = await manager.query(
    `SELECT count(*)::int AS held FROM placement WHERE opening_id = $1 AND status IN ('ACTIVE', 'SUSPENDED')`,
    [openingId],
  );
  return held;
}

/**
 * Takes one of the opening's positions, or answers CONFLICT. Must run after lockOpening in the same transaction: the
 * row lock makes a concurrent confirmation wait, and its count (a new snapshot per statement under READ COMMITTED)
 * then sees the position this one took.
 */
async function takePosition(manager: EntityManager, opening: Opening, field: string): Promise<void> {
  if (!CONFIRMABLE_OPENING.includes(opening.status)) {
    throw new ConflictError(
      msg('placements.openingTakesPlacementNow', { status: enumParam('OpeningStatus', opening.status) }),
      field,
    );
  }
  const held = await positionsHeld(manager, opening.id);
  if (held >= opening.positions) {
    throw new ConflictError(msg('placements.allPositionSOpening', { positions: opening.positions }), field);
  }
}

function forbiddenTransition(placement: Placement, to: PlacementStatus, field: string): GraphQLError {
  const allowed = allowedNextPlacementStatuses(placement.kind, placement.status);
  return new LocalizedError(
    msg('placements.forbiddenTransition', {
      kind: enumParam('PlacementKind', placement.kind),
      status: enumParam('PlacementStatus', placement.status),
      to: enumParam('PlacementStatus', to),
      allowed: enumParam('PlacementStatus', allowed),
    }),
    { code: 'BAD_USER_INPUT', field, allowedStatuses: allowed },
  );
}

/**
 * A renewal replaces the running contract with the same employer: that contract is COMPLETED (POSITIVE) the day
 * before the renewal starts, so one person never counts twice toward the employer's quota.
 */
async function closeRenewedContracts(
  manager: EntityManager,
  renewal: Placement,
  actorId: string | null,
): Promise<void> {
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
    await recordPlacementStatus(manager, contract, from, contract.endedOn, msg('placements.history.renewed'), actorId);
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
  if (move.to)
    await recordCaseStatus(
      manager,
      beneficiary,
      move.to,
      msg('placements.history.started', { kind: enumParam('PlacementKind', placement.kind) }),
      actorId,
    );
}

// ---------------------------------------------------------------------------------------------------------------
// Writes

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
    throw new UserInputError(msg('placements.useConvertplacementtohiringHiringNeeds'), 'input.status');
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
        missing === 'reason'
          ? msg('placements.reasonRequired', { status: enumParam('PlacementStatus', cmd.status) })
          : msg('placements.outcomeRequired'),
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
      await checkBookingFits(manager, beneficiary.id, placement, 'id');
      await moveCaseOnStart(manager, beneficiary, placement, actor, 'id');
      placement.status = P.ACTIVE;
      placement.startedAt = new Date();
      await manager.save(placement);
      await recordPlacementStatus(
        manager,
        placement,
        from,
        placement.startsOn,
        reason || msg('placements.history.confirmed'),
        actor,
      );
      if (placement.kind === PlacementKind.CONTRACT_RENEWAL) await closeRenewedContracts(manager, placement, actor);
      await planNextVisitIfNone(manager, placement, null);
      return placement;
    }

    if (cmd.status === P.COMPLETED || cmd.status === P.ENDED_EARLY) {
      if (effectiveOn > today) throw new UserInputError(msg('placements.placementEndFuture'), 'input.effectiveOn');
      const started = from !== P.PROPOSED;
      if (started && effectiveOn < placement.startsOn) {
        throw new UserInputError(msg('placements.placementEndBeforeStarted'), 'input.effectiveOn');
      }
      placement.status = cmd.status;
      placement.endedOn = effectiveOn;
      placement.outcome = cmd.outcome ?? placement.outcome;
      if (cmd.status === P.ENDED_EARLY) placement.endReason = reason;
      await manager.save(placement);
      await recordPlacementStatus(
        manager,
        placement,
        from,
        effectiveOn,
        reason || msg('placements.history.completed'),
        actor,
      );
      await cancelPlannedVisits(manager, placement.id);
      if (started) {
        const others = await manager.find(Placement, {
          where: { beneficiaryId: beneficiary.id, status: In([P.ACTIVE, P.SUSPENDED]) },
        });
        const to = caseMoveOnEnd(
          placement.kind,
          beneficiary.caseStatus,
          others.map((o) => o.kind),
        );
        if (to)
          await recordCaseStatus(
            manager,
            beneficiary,
            to,
            msg('placements.history.ended', { kind: enumParam('PlacementKind', placement.kind) }),
            actor,
          );
      }
      return placement;
    }

    if (cmd.status === P.WITHDRAWN) {
      // Never started: nothing to end, no case move; the day is kept in the history.
      if (effectiveOn > today) throw new UserInputError(msg('placements.withdrawInFuture'), 'input.effectiveOn');
      placement.status = P.WITHDRAWN;
      placement.endReason = reason;
      await manager.save(placement);
      await recordPlacementStatus(manager, placement, from, effectiveOn, reason, actor);
      await cancelPlannedVisits(manager, placement.id);
      return placement;
    }

    // Suspending or resuming.
    placement.status = cmd.status;
    await manager.save(placement);
    await recordPlacementStatus(
      manager,
      placement,
      from,
      effectiveOn,
      reason || msg('placements.history.resumed'),
      actor,
    );
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
      throw new UserInputError(msg('placements.contractStartAfterFirst'), 'input.startsOn');
    }
    if (endedOn > today) throw new UserInputError(msg('placements.hiringStartsMoreThan'), 'input.startsOn');
    if (jobOpening) {
      if (jobOpening.employerId !== internship.employerId) {
        throw new UserInputError(msg('placements.openingBelongsAnotherEmployer'), 'input.openingId');
      }
      if (jobOpening.contractType === ContractType.TIROCINIO) {
        throw new UserInputError(msg('placements.hiringPlacedInternshipOpening'), 'input.openingId');
      }
      await takePosition(manager, jobOpening, 'input.openingId');
    }
    const countsTowardQuota =
      cmd.countsTowardQuota ?? Boolean(jobOpening?.countsTowardQuota && beneficiary.law68Category);
    if (countsTowardQuota && !beneficiary.law68Category) {
      throw new UserInputError(msg('placements.onlyPersonEnrolledUnder2'), 'input.countsTowardQuota');
    }
    const actor = await knownActor(manager, actorId);

    internship.status = P.CONVERTED_TO_HIRING;
    internship.endedOn = endedOn;
    internship.outcome = PlacementOutcome.POSITIVE;
    await manager.save(internship);
    await recordPlacementStatus(
      manager,
      internship,
      P.ACTIVE,
      endedOn,
      msg('placements.history.convertedToHiring'),
      actor,
    );
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
    await checkBookingFits(manager, beneficiary.id, hiring, 'input.weeklyHours');
    await moveCaseOnStart(manager, beneficiary, hiring, actor, 'id');
    await manager.save(hiring);
    await recordPlacementStatus(
      manager,
      hiring,
      null,
      cmd.startsOn,
      msg('placements.history.hiredAfter', { kind: enumParam('PlacementKind', internship.kind) }),
      actor,
    );
    await planNextVisitIfNone(manager, hiring, null);
    return { internship, hiring };
  });
}
