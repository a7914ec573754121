import { execFileSync } from 'node:child_process';
import net from 'node:net';
import { Client } from 'pg';
import { TEST_DATABASE_URL } from './test-server';

/**
 * A real PostgreSQL hot standby of the test server: `pg_basebackup -R` into a temporary folder, started on a port of
 * its own with the server's own binaries, as the postgres OS user. The primary must accept replication connections
 * from loopback: when it does not, a trust rule for 127.0.0.1 is added to its pg_hba.conf and the configuration
 * reloaded (nothing else of the server is changed).
 */
export interface Replica {
  url: string;
  /** Runs SQL on the standby as the superuser. */
  sql<T = any>(text: string, values?: unknown[]): Promise<T[]>;
  /** Waits until the standby has replayed everything the primary has written so far. */
  caughtUp(): Promise<void>;
  stop(): Promise<void>;
}

function asPostgres(command: string): string {
  const [file, args] =
    process.getuid?.() === 0
      ? ['su', ['postgres', '-c', command]]
      : ['sudo', ['-n', '-u', 'postgres', 'sh', '-c', command]];
  return execFileSync(file, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
}

async function onPrimary<T = any>(text: string, values: unknown[] = []): Promise<T[]> {
  const client = new Client({ connectionString: TEST_DATABASE_URL });
  await client.connect();
  try {
    return (await client.query(text, values)).rows;
  } finally {
    await client.end();
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

async function allowReplicationFromLoopback(): Promise<void> {
  const [{ allowed }] = await onPrimary(
    `SELECT count(*) > 0 AS allowed FROM pg_hba_file_rules WHERE 'replication' = ANY(database) AND (address = '127.0.0.1' OR type = 'host' AND address IS NULL)`,
  );
  if (allowed) return;
  const [{ hba_file: hba }] = await onPrimary(`SHOW hba_file`);
  asPostgres(`printf '%s\\n' 'host replication all 127.0.0.1/32 trust' >> '${hba}'`);
  await onPrimary(`SELECT pg_reload_conf()`);
}

/** Starts a standby, or says in one sentence why it cannot (for a test to report and skip). */
export async function startReplica(): Promise<Replica | string> {
  const primary = new URL(TEST_DATABASE_URL);
  let bin: string;
  try {
    const [{ wal_level: walLevel }] = await onPrimary(`SHOW wal_level`);
    if (walLevel === 'minimal') return 'the test server runs with wal_level=minimal, which allows no standby';
    const [{ version }] = await onPrimary(`SELECT current_setting('server_version_num')::int / 10000 AS version`);
    bin = `/usr/lib/postgresql/${version}/bin`;
    asPostgres(`test -x ${bin}/pg_ctl`);
    await allowReplicationFromLoopback();
  } catch (error) {
    return `no standby can be made here: ${error instanceof Error ? error.message : String(error)}`;
  }
  const port = await freePort();
  // A standby refuses to start with fewer of these than its primary has.
  const [limits] = await onPrimary(
    `SELECT current_setting('max_connections') AS c, current_setting('max_worker_processes') AS w, current_setting('max_wal_senders') AS s,
            current_setting('max_prepared_transactions') AS p, current_setting('max_locks_per_transaction') AS l`,
  );
  const dir = asPostgres('mktemp -d /tmp/ponte-replica-XXXXXX');
  const config = [
    `port = ${port}`,
    `listen_addresses = '127.0.0.1'`,
    `unix_socket_directories = '${dir}'`,
    'hot_standby = on',
    'shared_buffers = 32MB',
    `max_connections = ${limits.c}`,
    `max_worker_processes = ${limits.w}`,
    `max_wal_senders = ${limits.s}`,
    `max_prepared_transactions = ${limits.p}`,
    `max_locks_per_transaction = ${limits.l}`,
  ];
  const stop = () => asPostgres(`${bin}/pg_ctl -D ${dir}/data -m immediate -w stop >/dev/null 2>&1; rm -rf ${dir}`);
  try {
    asPostgres(
      [
        `${bin}/pg_basebackup -h ${primary.hostname} -p ${primary.port || 5432} -U postgres -D ${dir}/data -R -X stream -c fast`,
        `printf '%s\\n' ${config.map((line) => `"${line}"`).join(' ')} > ${dir}/data/postgresql.conf`,
        `printf '%s\\n' 'local all all trust' 'host all all 127.0.0.1/32 trust' > ${dir}/data/pg_hba.conf`,
        `${bin}/pg_ctl -D ${dir}/data -l ${dir}/log -w -t 120 start`,
      ].join(' && '),
    );
  } catch (error) {
    const log = asPostgres(`tail -5 ${dir}/log 2>/dev/null || true`);
    stop();
    throw new Error(`the standby did not start: ${error instanceof Error ? error.message : String(error)}\n${log}`);
  }
  const url = new URL(TEST_DATABASE_URL);
  url.port = String(port);
  const sql = async <T>(text: string, values: unknown[] = []): Promise<T[]> => {
    const client = new Client({ connectionString: url.toString() });
    await client.connect();
    try {
      return (await client.query(text, values)).rows;
    } finally {
      await client.end();
    }
  };
  return {
    url: url.toString(),
    sql,
    async caughtUp() {
      const [{ lsn }] = await onPrimary(`SELECT pg_current_wal_lsn()::text AS lsn`);
      for (let i = 0; i < 600; i += 1) {
        const [{ done }] = await sql<{ done: boolean }>(`SELECT pg_last_wal_replay_lsn() >= $1::pg_lsn AS done`, [lsn]);
        if (done) return;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      throw new Error('the standby did not catch up within a minute');
    },
    async stop() {
      stop();
    },
  };
}
