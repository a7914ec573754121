import { TransportMode } from '../../work-conditions/work-conditions.enums';

/**
 * The commute model: straight-line distance between the town centre of residence and the workplace, stretched by
 * a road factor, travelled at a typical door-to-door speed per mode plus a fixed overhead (waiting for the bus,
 * parking). Town centres are precise to about 1 km, so this is an estimate for ranking, not a route planner.
 */
export const ROAD_FACTOR = 1.3;

export const MODE_PROFILES: Readonly<Record<TransportMode, { kmPerHour: number; overheadMinutes: number }>> = {
  [TransportMode.WALK]: { kmPerHour: 4.5, overheadMinutes: 0 },
  [TransportMode.BICYCLE]: { kmPerHour: 14, overheadMinutes: 2 },
  [TransportMode.PUBLIC_TRANSPORT]: { kmPerHour: 18, overheadMinutes: 12 },
  [TransportMode.CAR]: { kmPerHour: 40, overheadMinutes: 5 },
  [TransportMode.MOPED]: { kmPerHour: 30, overheadMinutes: 3 },
  [TransportMode.ACCOMPANIED_TRANSPORT]: { kmPerHour: 35, overheadMinutes: 10 },
};

/** Assumed when a person has not declared how they travel. */
export const DEFAULT_MODES: readonly TransportMode[] = [TransportMode.PUBLIC_TRANSPORT];

export function minutesByMode(roadKm: number, mode: TransportMode): number {
  const { kmPerHour, overheadMinutes } = MODE_PROFILES[mode];
  return (roadKm / kmPerHour) * 60 + overheadMinutes;
}

export interface CommuteEstimate {
  distanceKm: number;
  fastestMode: TransportMode;
  estimatedMinutes: number;
  byMode: Array<{ mode: TransportMode; minutes: number }>;
}

export function estimateCommute(roadKm: number, modes: readonly TransportMode[]): CommuteEstimate {
  const usable = modes.length ? modes : DEFAULT_MODES;
  const byMode = usable
    .map((mode) => ({ mode, minutes: Math.round(minutesByMode(roadKm, mode)) }))
    .sort((a, b) => a.minutes - b.minutes || a.mode.localeCompare(b.mode));
  return {
    distanceKm: Math.round(roadKm * 10) / 10,
    fastestMode: byMode[0].mode,
    estimatedMinutes: byMode[0].minutes,
    byMode,
  };
}
