import { DataSource } from 'typeorm';

interface PgPoolCounts {
  totalCount: number;
  idleCount: number;
  waitingCount: number;
}

/** Connections of the primary's pool lent out and requests waiting for one (zero for a driver without a pg pool). */
export function poolStats(dataSource: DataSource): { inUse: number; waiting: number } {
  const pool = (dataSource.driver as unknown as { master?: Partial<PgPoolCounts> }).master;
  if (typeof pool?.totalCount !== 'number') return { inUse: 0, waiting: 0 };
  return { inUse: pool.totalCount - (pool.idleCount ?? 0), waiting: pool.waitingCount ?? 0 };
}
