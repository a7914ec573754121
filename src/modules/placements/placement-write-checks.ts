import { Message, storedText } from '../../i18n/message';
import { EntityManager, In } from 'typeorm';
import { ConflictError, NotFoundError } from '../../graphql/errors';
import { Opening } from '../openings/opening.entity';
import { Operator } from '../operators/operator.entity';
import { PlacementStatusChange } from './placement-status-change.entity';
import { Placement } from './placement.entity';
import { bookingConflict, NewBooking } from './rules/booking-fit';
import { PlacementStatus, RUNNING_PLACEMENT_STATUSES } from './placement.enums';

// ---------------------------------------------------------------------------------------------------------------
// Checks shared by the writes

export async function requireOperator(manager: EntityManager, id: string, field: string): Promise<void> {
  if (!(await manager.existsBy(Operator, { id }))) throw new NotFoundError('Operator', field);
}

/**
 * Row lock on the opening: every write that takes one of its positions goes through here first, exclusively. A
 * write that reads the opening but takes no position (a proposal) asks for it `shared`: the opening cannot change,
 * nor a position be taken, until that write ends, but such writes do not wait for each other. Either way in the same
 * place of the lock order.
 */
export async function lockOpening(
  manager: EntityManager,
  id: string,
  field: string,
  { shared = false } = {},
): Promise<Opening> {
  const mode = shared ? 'pessimistic_read' : 'pessimistic_write';
  const opening = await manager.findOne(Opening, { where: { id }, lock: { mode } });
  if (!opening) throw new NotFoundError('Opening', field);
  return opening;
}

export async function lockPlacement(manager: EntityManager, id: string, field = 'id'): Promise<Placement> {
  const placement = await manager.findOne(Placement, { where: { id }, lock: { mode: 'pessimistic_write' } });
  if (!placement) throw new NotFoundError('Placement', field);
  return placement;
}

export async function recordPlacementStatus(
  manager: EntityManager,
  placement: Placement,
  from: PlacementStatus | null,
  effectiveOn: string,
  reason: string | Message,
  actorId: string | null,
): Promise<void> {
  await manager.insert(PlacementStatusChange, {
    placementId: placement.id,
    fromStatus: from,
    toStatus: placement.status,
    effectiveOn,
    reason: storedText(reason),
    changedById: actorId,
  });
}

/** The acting operator as recorded in histories: null when the header names no known operator. */
export async function knownActor(manager: EntityManager, actorId: string | null): Promise<string | null> {
  return actorId && (await manager.existsBy(Operator, { id: actorId })) ? actorId : null;
}

/**
 * Refuses (CONFLICT) a booking that does not fit beside the person's running placements (see `bookingConflict`).
 * Must run under the person's row lock, so two bookings of one person are checked one after the other.
 */
export async function checkBookingFits(
  manager: EntityManager,
  beneficiaryId: string,
  booking: NewBooking & { id?: string },
  field: string,
): Promise<void> {
  const [running, [limits]] = await Promise.all([
    manager.find(Placement, { where: { beneficiaryId, status: In([...RUNNING_PLACEMENT_STATUSES]) } }),
    manager.query(`SELECT max_weekly_hours AS "maxWeeklyHours" FROM work_constraints WHERE beneficiary_id = $1`, [
      beneficiaryId,
    ]) as Promise<Array<{ maxWeeklyHours: number | null }>>,
  ]);
  const conflict = bookingConflict(
    running.filter((r) => r.id !== booking.id),
    booking,
    limits?.maxWeeklyHours ?? null,
  );
  if (conflict) throw new ConflictError(conflict, field);
}
