import { addDays, daysBetween } from '../../src/config/calendar';
import { nextVisitDue, RhythmStep, stepsForKind } from '../../src/modules/placements/rules/monitoring-rhythm';
import { PlacementKind } from '../../src/modules/placements/placement.enums';

const DEFAULT: RhythmStep[] = [
  { placementKind: null, fromDay: 60, everyDays: 30 },
  { placementKind: null, fromDay: 0, everyDays: 14 },
];

describe('monitoring rhythm', () => {
  it('visits every 2 weeks in the first two months, then monthly', () => {
    const steps = stepsForKind(PlacementKind.TIROCINIO_INCLUSIONE, DEFAULT);
    const start = '2026-01-05';
    const visits: string[] = [];
    let last: string | null = null;
    for (let i = 0; i < 7; i++) {
      last = nextVisitDue(start, last, steps)!;
      visits.push(last);
    }
    expect(visits.map((v) => daysBetween(start, v))).toEqual([14, 28, 42, 56, 70, 100, 130]);
  });

  it('counts from the last visit actually done', () => {
    const steps = stepsForKind(PlacementKind.HIRING, DEFAULT);
    expect(nextVisitDue('2026-01-05', '2026-01-10', steps)).toBe('2026-01-24');
    expect(nextVisitDue('2026-01-05', '2026-04-01', steps)).toBe('2026-05-01');
  });

  it('uses a kind’s own steps when it has any', () => {
    const steps = [...DEFAULT, { placementKind: PlacementKind.WORKSHOP, fromDay: 0, everyDays: 7 }];
    expect(stepsForKind(PlacementKind.WORKSHOP, steps)).toEqual([
      { placementKind: PlacementKind.WORKSHOP, fromDay: 0, everyDays: 7 },
    ]);
    expect(nextVisitDue('2026-03-02', null, stepsForKind(PlacementKind.WORKSHOP, steps))).toBe('2026-03-09');
    expect(stepsForKind(PlacementKind.HIRING, steps).map((s) => s.fromDay)).toEqual([0, 60]);
  });

  it('has no visit due without a rhythm, and waits for a first step that starts later', () => {
    expect(nextVisitDue('2026-03-02', null, [])).toBeNull();
    expect(nextVisitDue('2026-03-02', null, [{ placementKind: null, fromDay: 10, everyDays: 30 }])).toBe('2026-03-12');
  });

  it('does calendar arithmetic across month ends and daylight saving', () => {
    expect(addDays('2026-03-28', 2)).toBe('2026-03-30');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(daysBetween('2026-10-24', '2026-10-26')).toBe(2);
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31');
  });
});
