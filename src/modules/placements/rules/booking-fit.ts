import { LEGAL_MAX_WEEKLY_HOURS } from '../../matching/rules/factors';
import { PlacementKind } from '../placement.enums';
import { Message, msg } from '../../../i18n/message';

/** A placement the person is committed to now (ACTIVE or SUSPENDED). */
export interface RunningBooking {
  openingId: string | null;
  employerId: string | null;
  kind: PlacementKind;
  weeklyHours: number;
}

export interface NewBooking {
  openingId: string | null;
  employerId: string | null;
  kind: PlacementKind;
  weeklyHours: number;
}

/**
 * One placement at a time, unless it fits: the rule matching applies as the RUNNING_PLACEMENT constraint, for the
 * writes. A new booking may not be on an opening the person already holds, nor take their weekly hours beyond their
 * own maximum (the legal 48 when none is recorded). A contract renewal replaces the running contract with the same
 * employer (it is closed when the renewal is confirmed), so that contract's hours do not count against it. Returns
 * why the booking does not fit, or null.
 */
export function bookingConflict(
  running: readonly RunningBooking[],
  booking: NewBooking,
  maxWeeklyHours: number | null,
): Message | null {
  if (booking.openingId && running.some((r) => r.openingId === booking.openingId)) {
    return msg('placements.bookingSameOpening');
  }
  const replaced = (r: RunningBooking) =>
    booking.kind === PlacementKind.CONTRACT_RENEWAL &&
    r.employerId === booking.employerId &&
    (r.kind === PlacementKind.HIRING || r.kind === PlacementKind.CONTRACT_RENEWAL);
  const hours = running.filter((r) => !replaced(r)).reduce((sum, r) => sum + r.weeklyHours, 0);
  const max = maxWeeklyHours ?? LEGAL_MAX_WEEKLY_HOURS;
  if (hours > 0 && hours + booking.weeklyHours > max) {
    return msg('placements.bookingOverHours', {
      hours,
      more: booking.weeklyHours,
      total: hours + booking.weeklyHours,
      max,
    });
  }
  return null;
}
