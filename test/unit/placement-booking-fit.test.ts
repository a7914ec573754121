import fc from 'fast-check';
import { bookingConflict as conflictMessage, RunningBooking } from '../../src/modules/placements/rules/booking-fit';
import { render } from '../../src/i18n/message';
import { PlacementKind } from '../../src/modules/placements/placement.enums';

/** The conflict as the catalogue words it in English, or null. */
const bookingConflict = (...args: Parameters<typeof conflictMessage>) => {
  const message = conflictMessage(...args);
  return message && render(message, 'en');
};

const internship = (weeklyHours: number, openingId: string | null = null): RunningBooking => ({
  openingId,
  employerId: 'e1',
  kind: PlacementKind.TIROCINIO_INCLUSIONE,
  weeklyHours,
});

describe('one placement at a time, unless it fits', () => {
  it('refuses the reported double booking: 20 hours running, 30 more, a maximum of 30', () => {
    expect(bookingConflict([internship(20, 'a')], { ...internship(30, 'b') }, 30)).toBe(
      'This person already works 20 hours a week in running placements; with 30 more that is 50, over their maximum of 30',
    );
  });

  it('refuses the opening already held, whatever the hours', () => {
    expect(bookingConflict([internship(5, 'a')], internship(5, 'a'), 40)).toBe(
      'This person already has a running placement on this opening',
    );
  });

  it('takes the legal 48 hours when no maximum is recorded', () => {
    expect(bookingConflict([internship(30, 'a')], internship(18, 'b'), null)).toBeNull();
    expect(bookingConflict([internship(30, 'a')], internship(19, 'b'), null)).toMatch(/over their maximum of 48/);
  });

  it('lets a renewal replace the running contract with the same employer', () => {
    const contract: RunningBooking = { openingId: null, employerId: 'e1', kind: PlacementKind.HIRING, weeklyHours: 30 };
    const renewal = { openingId: null, employerId: 'e1', kind: PlacementKind.CONTRACT_RENEWAL, weeklyHours: 30 };
    expect(bookingConflict([contract], renewal, 30)).toBeNull();
    expect(bookingConflict([contract], { ...renewal, employerId: 'e2' }, 30)).not.toBeNull();
  });

  it('admits a booking exactly when the hours fit, for any running placements', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 20 }), { maxLength: 3 }),
        fc.integer({ min: 1, max: 40 }),
        fc.integer({ min: 10, max: 48 }),
        (running, hours, max) => {
          const total = running.reduce((sum, h) => sum + h, 0);
          const conflict = bookingConflict(
            running.map((h, i) => internship(h, `o${i}`)),
            internship(hours, 'new'),
            max,
          );
          expect(conflict === null).toBe(total === 0 || total + hours <= max);
        },
      ),
    );
  });
});
