import { DataSource } from 'typeorm';

/**
 * Once a bulk load has committed: every page's visibility and hint bits set in one pass rather than by the first
 * reads, and the planner's statistics. Outside a transaction (VACUUM cannot run inside one).
 */
export const VACUUM_AFTER_BULK_LOAD = 'VACUUM ANALYZE';

/**
 * The seed writes each match profile once, but earlier versions rewrote it through the triggers after every skill,
 * constraint, placement and visit, leaving the profile tables about three times their size; a ranking reads every
 * profile of an ambito. The benchmarks compact each version's data set alike, whichever seed built it.
 */
export const COMPACT_AFTER_BULK_LOAD = [
  'VACUUM (FULL, ANALYZE) match_profile, opening_match_profile',
  VACUUM_AFTER_BULK_LOAD,
] as const;

export async function vacuumAfterBulkLoad(dataSource: DataSource): Promise<void> {
  await dataSource.query(VACUUM_AFTER_BULK_LOAD);
}
