import { OpeningStatus } from '../../src/modules/openings/opening.enums';
import { allowedNextOpeningStatuses, moveOpeningStatus } from '../../src/modules/openings/opening-status';

const { DRAFT, OPEN, ON_HOLD, FILLED, CLOSED } = OpeningStatus;
const TODAY = '2025-03-10';

describe('opening status machine', () => {
  it.each([
    [DRAFT, OPEN],
    [DRAFT, CLOSED],
    [OPEN, ON_HOLD],
    [OPEN, FILLED],
    [OPEN, CLOSED],
    [ON_HOLD, OPEN],
    [ON_HOLD, CLOSED],
    [FILLED, OPEN],
    [FILLED, CLOSED],
  ])('allows %s → %s', (from, to) => {
    expect(allowedNextOpeningStatuses(from)).toContain(to);
    expect(moveOpeningStatus({ status: from, openedOn: '2025-01-02' }, to, TODAY)?.status).toBe(to);
  });

  it.each([
    [DRAFT, ON_HOLD],
    [DRAFT, FILLED],
    [DRAFT, DRAFT],
    [OPEN, OPEN],
    [OPEN, DRAFT],
    [ON_HOLD, FILLED],
    [ON_HOLD, DRAFT],
    [FILLED, ON_HOLD],
    [CLOSED, OPEN],
    [CLOSED, DRAFT],
    [CLOSED, CLOSED],
  ])('forbids %s → %s', (from, to) => {
    expect(allowedNextOpeningStatuses(from)).not.toContain(to);
    expect(moveOpeningStatus({ status: from, openedOn: null }, to, TODAY)).toBeNull();
  });

  it('lists exactly the allowed moves, none from CLOSED', () => {
    expect(allowedNextOpeningStatuses(DRAFT)).toEqual([OPEN, CLOSED]);
    expect(allowedNextOpeningStatuses(OPEN)).toEqual([ON_HOLD, FILLED, CLOSED]);
    expect(allowedNextOpeningStatuses(ON_HOLD)).toEqual([OPEN, CLOSED]);
    expect(allowedNextOpeningStatuses(FILLED)).toEqual([OPEN, CLOSED]);
    expect(allowedNextOpeningStatuses(CLOSED)).toEqual([]);
  });

  it('sets openedOn to today the first time the opening is published', () => {
    expect(moveOpeningStatus({ status: DRAFT, openedOn: null }, OPEN, TODAY)).toEqual({
      status: OPEN,
      openedOn: TODAY,
    });
  });

  it('keeps the first publication date when an opening reopens', () => {
    expect(moveOpeningStatus({ status: ON_HOLD, openedOn: '2025-01-02' }, OPEN, TODAY)?.openedOn).toBe('2025-01-02');
    expect(moveOpeningStatus({ status: FILLED, openedOn: '2025-01-02' }, OPEN, TODAY)?.openedOn).toBe('2025-01-02');
  });

  it('leaves openedOn empty when a draft is closed without ever being published', () => {
    expect(moveOpeningStatus({ status: DRAFT, openedOn: null }, CLOSED, TODAY)).toEqual({
      status: CLOSED,
      openedOn: null,
    });
  });
});
