import { DataSource } from 'typeorm';

/**
 * A bulk load rewrites each match profile many times through its triggers (a person's profile follows every skill,
 * constraint, placement and visit written after them), leaving the tables about three times their size; a ranking
 * reads every profile of an ambito, so it would measure the load's leftovers. Once the load is done the profiles
 * are compacted and every table analysed. Outside a transaction (VACUUM cannot run inside one).
 */
export const COMPACT_AFTER_BULK_LOAD = [
  'VACUUM (FULL, ANALYZE) match_profile, opening_match_profile',
  'VACUUM ANALYZE',
] as const;

export async function compactAfterBulkLoad(dataSource: DataSource): Promise<void> {
  for (const statement of COMPACT_AFTER_BULK_LOAD) await dataSource.query(statement);
}
