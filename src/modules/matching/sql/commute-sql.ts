import { sqlValue, sqlValueArray } from '../../../db/sql-values';
import { TransportMode } from '../../work-conditions/work-conditions.enums';
import { DEFAULT_MODES, MODE_PROFILES } from '../rules/commute';

const MODES_SQL = `coalesce(nullif(wc.transport_modes, '{}'::text[]), ${sqlValueArray(DEFAULT_MODES)})`;

/** The fastest door-to-door time over the person's transport modes, from the same profiles as `estimateCommute`. */
export const MINUTES_SQL = `LEAST(${(Object.keys(MODE_PROFILES) as TransportMode[])
  .map((mode) => {
    const { kmPerHour, overheadMinutes } = MODE_PROFILES[mode];
    return `CASE WHEN ${sqlValue(mode)} = ANY(${MODES_SQL}) THEN o.road_km / ${kmPerHour} * 60 + ${overheadMinutes} END`;
  })
  .join(',\n    ')})`;
