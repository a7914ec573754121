import { addDays, daysBetween } from '../../../config/calendar';
import { PlacementKind } from '../placement.enums';

export interface RhythmStep {
  placementKind: PlacementKind | null;
  fromDay: number;
  everyDays: number;
}

/** The steps that apply to a kind: its own when it has any, otherwise the default ones (kind null), by fromDay. */
export function stepsForKind(kind: PlacementKind, steps: readonly RhythmStep[]): RhythmStep[] {
  const own = steps.filter((s) => s.placementKind === kind);
  const chosen = own.length ? own : steps.filter((s) => s.placementKind === null);
  return [...chosen].sort((a, b) => a.fromDay - b.fromDay);
}

/**
 * When the next monitoring visit is due. The reference is the last visit done (or the start, before any visit);
 * the interval is the one of the rhythm step the reference falls in. With the default rhythm (every 14 days from day
 * 0, every 30 from day 60) visits fall on days 14, 28, 42, 56, then 86, 116, ... With no step at all, no visit is due.
 */
export function nextVisitDue(
  startsOn: string,
  lastVisitOn: string | null,
  steps: readonly RhythmStep[],
): string | null {
  const reference = lastVisitOn && lastVisitOn > startsOn ? lastVisitOn : startsOn;
  const day = daysBetween(startsOn, reference);
  let interval: number | null = null;
  for (const step of steps) {
    if (step.fromDay <= day) interval = step.everyDays;
  }
  if (interval === null) {
    if (!steps.length) return null;
    // The first step starts later than the reference: the first visit is due when that step begins.
    return addDays(startsOn, steps[0].fromDay);
  }
  return addDays(reference, interval);
}
