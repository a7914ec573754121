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

/**
 * How far a replica is behind: seconds since the last transaction it replayed, 0 when it has replayed all it has
 * received (an idle primary sends nothing new); null without replicas.
 */
export async function replicaLagSeconds(dataSource: DataSource): Promise<number | null> {
  if (!('replication' in dataSource.options) || !dataSource.options.replication) return null;
  const runner = dataSource.createQueryRunner('slave');
  try {
    const [row] = await runner.query(
      `SELECT CASE WHEN pg_last_wal_receive_lsn() = pg_last_wal_replay_lsn() THEN 0
                   ELSE coalesce(extract(epoch FROM now() - pg_last_xact_replay_timestamp()), 0) END::float AS lag`,
    );
    return Number(row.lag);
  } finally {
    await runner.release();
  }
}
