import { toGlobalId } from '../../src/graphql/relay';
import { Replica, startReplica } from '../helpers/replica';
import { startTestServer, TestServer } from '../helpers/test-server';

/*
 * Reads on a real streaming replica (pg_basebackup -R from the test server, on another port). Which server answered is
 * read from each server's own counters of scans on this file's schema (no one else uses it); the replica's replay is
 * paused to give it a lag, so that what it serves is visibly behind the primary. The rule: a query of an operator who
 * has not written in the last PONTE_READ_YOUR_WRITES_MS (10 s) reads the replica; mutations, and the queries of an
 * operator within that window after a write, run on the primary.
 */
let replica: Replica | string;
let server: TestServer;
let schema: string;
let liaison: string;

const EMPLOYERS = `{ employers(first: 50) { totalCount } }`;
const createEmployer = (name: string) =>
  `mutation { createEmployer(input: { legalName: "${name}", partitaIva: "01234567897", atecoCode: "52.10", kind: PRIVATE, legalForm: SRL, sector: LOGISTICS }) { id } }`;

const SCANS = `SELECT coalesce(sum(seq_scan + coalesce(idx_scan, 0)), 0)::int AS scans FROM pg_stat_user_tables WHERE schemaname = $1 AND relname = 'employer'`;

async function scans(): Promise<{ primary: number; replica: number }> {
  // Counters are published at the end of a transaction, and on a standby too; a little wait lets them settle.
  await new Promise((resolve) => setTimeout(resolve, 1200));
  await server.dataSource.query(`SELECT pg_stat_clear_snapshot()`);
  const [{ scans: primary }] = await server.dataSource.query(SCANS, [schema]);
  const [{ scans: onReplica }] = await (replica as Replica).sql<{ scans: number }>(SCANS, [schema]);
  return { primary, replica: onReplica };
}

beforeAll(async () => {
  replica = await startReplica();
  if (typeof replica === 'string') return;
  server = await startTestServer({ replicaUrls: [replica.url] });
  [{ schema }] = await server.dataSource.query(`SELECT current_schema() AS schema`);
  const [{ id }] = await server.dataSource.query(
    `INSERT INTO operator (given_name, family_name, email, role) VALUES ('Prova', 'Lettura', 'sola.lettura@giustaoccupazione.example', 'COORDINATOR') RETURNING id`,
  );
  liaison = toGlobalId('Operator', id);
  await replica.caughtUp();
}, 600_000);

afterAll(async () => {
  await server?.close();
  if (typeof replica !== 'string') await replica?.stop();
});

const skipped = () => {
  if (typeof replica !== 'string') return false;
  console.warn(`Replica tests skipped: ${replica}`);
  return true;
};

describe('with DATABASE_REPLICA_URLS', () => {
  it('the replica is a standby and the primary is not', async () => {
    if (skipped()) return;
    expect(await (replica as Replica).sql(`SELECT pg_is_in_recovery() AS standby`)).toEqual([{ standby: true }]);
    expect(await server.dataSource.query(`SELECT pg_is_in_recovery() AS standby`)).toEqual([{ standby: false }]);
  });

  it('a query of an operator who has not written reads the replica, not the primary', async () => {
    if (skipped()) return;
    const before = await scans();
    const { data, errors } = await server.gql(EMPLOYERS, {}, { as: liaison });
    expect(errors).toBeUndefined();
    expect(data!.employers.totalCount).toBe(0);
    const after = await scans();
    expect(after.replica).toBeGreaterThan(before.replica);
    expect(after.primary).toBe(before.primary);
  });

  it('a mutation writes on the primary; its author then reads the primary and sees the write, others read the lagging replica', async () => {
    if (skipped()) return;
    const standby = replica as Replica;
    await standby.sql(`SELECT pg_wal_replay_pause()`);
    try {
      const written = await server.gql(createEmployer('Scrive Subito S.r.l.'));
      expect(written.errors).toBeUndefined();
      expect(await server.dataSource.query(`SELECT count(*)::int AS n FROM employer`)).toEqual([{ n: 1 }]);

      const before = await scans();
      const own = await server.gql(EMPLOYERS);
      expect(own.data!.employers.totalCount).toBe(1);
      const afterOwn = await scans();
      expect(afterOwn.primary).toBeGreaterThan(before.primary);
      expect(afterOwn.replica).toBe(before.replica);

      // Another operator reads the replica, which has not replayed the write yet, and the lag shows in the metrics.
      const other = await server.gql(EMPLOYERS, {}, { as: liaison });
      expect(other.data!.employers.totalCount).toBe(0);
      const metrics = await (await fetch(`${server.url}/metrics`)).text();
      expect(Number(metrics.match(/^ponte_db_replica_lag_seconds (\S+)$/m)?.[1])).toBeGreaterThan(0);
    } finally {
      await standby.sql(`SELECT pg_wal_replay_resume()`);
    }
    await standby.caughtUp();
    expect((await server.gql(EMPLOYERS, {}, { as: liaison })).data!.employers.totalCount).toBe(1);
  });
});
