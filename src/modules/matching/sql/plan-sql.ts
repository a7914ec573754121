import { BuiltSql } from '../../../db/built-sql';
import { sqlValue } from '../../../db/sql-values';
import { OpeningStatus } from '../../openings/opening.enums';
import { PlacementStatus } from '../../placements/placement.enums';

/** The positions still open on the chosen openings (or on every open opening): positions minus active placements. */
export function openPositionsSql(openingIds: string[] | null): BuiltSql {
  const text = `SELECT o.id, o.status, greatest(o.positions - (
  SELECT count(*) FROM placement p WHERE p.opening_id = o.id AND p.status = ${sqlValue(PlacementStatus.ACTIVE)}), 0)::int AS open
FROM opening o
WHERE ${openingIds ? 'o.id = ANY($1::uuid[])' : `o.status = ${sqlValue(OpeningStatus.OPEN)}`}
ORDER BY o.id`;
  return { text, params: openingIds ? [openingIds] : [] };
}
