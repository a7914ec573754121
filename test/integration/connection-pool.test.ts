import { DataSource } from 'typeorm';
import { createPonteDataSource } from '../../src/app/data-source';
import { DEFAULT_DATABASE_IDLE_TIMEOUT_MS } from '../../src/config/config';
import { TEST_DATABASE_URL } from '../helpers/test-server';

/**
 * A pooled connection unused for a while is closed; a new one starts with cold caches and nothing prepared, so the
 * pool keeps its connections through the pauses of everyday work (config.ts says what that cost).
 */
async function withDataSource<T>(idleTimeoutMs: number | undefined, work: (ds: DataSource) => Promise<T>): Promise<T> {
  const dataSource = createPonteDataSource({ url: TEST_DATABASE_URL, poolSize: 1, idleTimeoutMs });
  await dataSource.initialize();
  try {
    return await work(dataSource);
  } finally {
    await dataSource.destroy();
  }
}

const backend = async (dataSource: DataSource): Promise<number> =>
  (await dataSource.query(`SELECT pg_backend_pid() AS pid`))[0].pid;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('the connection pool', () => {
  it('keeps a connection used within the idle timeout, and closes one left unused for longer', () =>
    withDataSource(600, async (dataSource) => {
      const first = await backend(dataSource);
      await pause(200);
      expect(await backend(dataSource)).toBe(first);
      await pause(1_200);
      const [{ alive }] = await dataSource.query(`SELECT count(*)::int AS alive FROM pg_stat_activity WHERE pid = $1`, [
        first,
      ]);
      expect(alive).toBe(0);
      expect(await backend(dataSource)).not.toBe(first);
    }));

  it('keeps connections five minutes by default, well past the driver’s ten seconds', () =>
    withDataSource(undefined, async (dataSource) => {
      await backend(dataSource);
      const pool = (dataSource.driver as unknown as { master: { options: { idleTimeoutMillis: number } } }).master;
      expect(pool.options.idleTimeoutMillis).toBe(DEFAULT_DATABASE_IDLE_TIMEOUT_MS);
      expect(DEFAULT_DATABASE_IDLE_TIMEOUT_MS).toBe(300_000);
    }));
});
