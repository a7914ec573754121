import { ChildProcess, execFileSync, spawn } from 'child_process';
import { existsSync, readFileSync } from 'fs';
import { createServer } from 'net';
import { tmpdir } from 'os';
import { join, resolve } from 'path';
import { Client } from 'pg';
import { hashPassword } from '../../src/modules/auth/passwords';
import { toGlobalId } from '../../src/graphql/relay';
import { COMPACT_AFTER_BULK_LOAD } from '../../src/seed/compact';

/** The data sets the benchmarks run on: ten times a large service's scale, and Italy's. */
export const SCALES = {
  benchmark: { beneficiaries: 100_000, employers: 5_000, openings: 10_000 },
  national: { beneficiaries: 1_000_000, employers: 50_000, openings: 100_000 },
} as const;
export type Scale = keyof typeof SCALES;

/** A version of Ponte to measure: a checkout, built, with a benchmark database of its own seeded by its own code. */
export interface Target {
  label: string;
  dir: string;
  databaseUrl: string;
  /** The size of its data set; `benchmark` unless given. */
  scale?: Scale;
}

export const REPOSITORY = resolve(__dirname, '../..');
/** Known only to the benchmark: its databases are its own, on loopback. */
export const BENCH_PASSWORD = 'ponte-bench-letture';

/** `--name value` or `--name=value`, or undefined when absent. */
export function optionValue(argv: readonly string[], name: string): string | undefined {
  const at = argv.findIndex((a) => a === name || a.startsWith(`${name}=`));
  if (at < 0) return undefined;
  return argv[at].includes('=') ? argv[at].split('=')[1] : argv[at + 1];
}

function run(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = process.env): void {
  execFileSync(command, args, { cwd, env, stdio: ['ignore', 'inherit', 'inherit'] });
}

/** The baseline commit checked out beside the repository (once), with its own dependencies and build. */
export function baselineCheckout(commit: string): string {
  const dir = join(tmpdir(), `ponte-bench-${commit}`);
  if (!existsSync(dir)) run('git', ['worktree', 'add', '--detach', dir, commit], REPOSITORY);
  if (!existsSync(join(dir, 'node_modules'))) run('npm', ['ci', '--no-audit', '--no-fund'], dir);
  if (!existsSync(join(dir, 'dist/src/index.js'))) run('npx', ['tsc', '-p', 'tsconfig.json'], dir);
  return dir;
}

/** Today's code is built every time: the figures are for what is checked out now. */
export function buildCurrent(): string {
  run('npx', ['tsc', '-p', 'tsconfig.json'], REPOSITORY);
  return REPOSITORY;
}

export async function withClient<T>(url: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Creates the database if absent and seeds it with the target's own seed command when it holds no one. */
export async function ensureDataSet(target: Target): Promise<void> {
  const name = new URL(target.databaseUrl).pathname.slice(1);
  const admin = Object.assign(new URL(target.databaseUrl), { pathname: '/postgres' }).toString();
  await withClient(admin, async (client) => {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (!rowCount) await client.query(`CREATE DATABASE "${name.replace(/"/g, '')}"`);
  });
  const seeded = await withClient(target.databaseUrl, async (client) => {
    const { rows } = await client.query(`SELECT to_regclass('beneficiary') IS NOT NULL AS present`);
    if (!rows[0].present) return false;
    const count = await client.query('SELECT count(*)::int AS n FROM beneficiary');
    return count.rows[0].n > 0;
  });
  if (!seeded) {
    const scale = Object.entries(SCALES[target.scale ?? 'benchmark']).flatMap(([flag, n]) => [`--${flag}`, String(n)]);
    console.log(`Seeding ${name} with ${target.label}'s own code (${scale.join(' ')})…`);
    const started = Date.now();
    run('npm', ['run', '-s', 'seed', '--', ...scale], target.dir, {
      ...process.env,
      DATABASE_URL: target.databaseUrl,
      PONTE_LOG_LEVEL: 'warn',
    });
    // Each version's data set compacted alike, whatever its own seed did after loading.
    await withClient(target.databaseUrl, async (client) => {
      for (const statement of COMPACT_AFTER_BULK_LOAD) await client.query(statement);
      const { rows } = await client.query(`SELECT pg_size_pretty(pg_database_size(current_database())) AS size`);
      console.log(`  ${name}: built and compacted in ${Math.round((Date.now() - started) / 1000)} s, ${rows[0].size}`);
    });
  }
}

/**
 * The seeded demo accounts sign in only on the embedded database; on the benchmark's own database one coordinator
 * and one operator get a password known to the benchmark.
 */
export async function benchAccounts(target: Target): Promise<Record<'COORDINATOR' | 'OPERATOR', string>> {
  const hash = await hashPassword(BENCH_PASSWORD);
  return withClient(target.databaseUrl, async (client) => {
    const emails = {} as Record<'COORDINATOR' | 'OPERATOR', string>;
    for (const role of ['COORDINATOR', 'OPERATOR'] as const) {
      const { rows } = await client.query(
        `SELECT email FROM operator WHERE role = $1 AND active ORDER BY is_demo DESC, email LIMIT 1`,
        [role],
      );
      if (!rows[0]) throw new Error(`${target.label}: no active ${role} in the benchmark data set`);
      await client.query('UPDATE operator SET password_hash = $1, is_demo = false WHERE email = $2', [
        hash,
        rows[0].email,
      ]);
      emails[role] = rows[0].email;
    }
    return emails;
  });
}

export async function firstEmployerWithOpenings(target: Target): Promise<string> {
  return withClient(target.databaseUrl, async (client) => {
    const { rows } = await client.query(
      `SELECT e.id FROM employer e JOIN opening o ON o.employer_id = e.id
       GROUP BY e.id ORDER BY count(*) DESC, e.id LIMIT 1`,
    );
    return rows[0].id as string;
  });
}

async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolvePort(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

export interface RunningServer {
  url: string;
  process: ChildProcess;
  stop(): Promise<void>;
}

/** The Node flags the target's own `npm start` gives its server (each version is measured as it is run). */
export function startFlags(dir: string): string[] {
  const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { scripts?: { start?: string } };
  const flags = /\bnode((?:\s+--\S+)*)\s+dist\/src\/index\.js/.exec(manifest.scripts?.start ?? '')?.[1] ?? '';
  return flags.split(/\s+/).filter(Boolean);
}

/** Starts the target's built server as a process of its own, and waits until it answers GraphQL. */
export async function startTarget(target: Target, nodeArgs: string[] = []): Promise<RunningServer> {
  const port = await freePort();
  const child = spawn('node', [...startFlags(target.dir), ...nodeArgs, 'dist/src/index.js'], {
    cwd: target.dir,
    env: {
      ...process.env,
      NODE_ENV: 'development',
      DATABASE_URL: target.databaseUrl,
      PORT: String(port),
      PONTE_REQUESTS_PER_MINUTE: '1000000',
      // A front-end's nested list of 50 costs more than the default budget of some versions.
      PONTE_MAX_QUERY_COST: '1000000',
      PONTE_LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${target.label}'s server exited with ${child.exitCode}`);
    try {
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ __typename }' }),
      });
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`${target.label}'s server did not answer within 120 s`);
    await new Promise((r) => setTimeout(r, 250));
  }
  const stop = () =>
    new Promise<void>((done) => {
      child.once('exit', () => done());
      child.kill('SIGTERM');
    });
  return { url, process: child, stop };
}

export async function signIn(url: string, email: string): Promise<string> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { accessToken } }',
      variables: { e: email, p: BENCH_PASSWORD },
    }),
  });
  const body = (await response.json()) as { data?: { signIn: { accessToken: string } }; errors?: unknown };
  if (!body.data) throw new Error(`sign-in as ${email} failed: ${JSON.stringify(body.errors)}`);
  return body.data.signIn.accessToken;
}

export const PG = process.env.BENCH_PG ?? 'postgres://postgres@127.0.0.1:5432';

/** `today` (this checkout, built now) or a commit checked out beside it, each with a data set of its own. */
export function targetFor(which: string): Target {
  return which === 'today'
    ? { label: 'today', dir: buildCurrent(), databaseUrl: `${PG}/ponte_reads_today` }
    : { label: which, dir: baselineCheckout(which), databaseUrl: `${PG}/ponte_reads_${which}` };
}

export interface Prepared {
  target: Target;
  server: RunningServer;
  tokens: Record<'COORDINATOR' | 'OPERATOR', string>;
  employerGlobalId: string;
}

/** A target's data set ensured, its server started (with `nodeArgs`) and signed in as each role the reads use. */
export async function prepareTarget(target: Target, nodeArgs: string[] = []): Promise<Prepared> {
  await ensureDataSet(target);
  const emails = await benchAccounts(target);
  const employerGlobalId = toGlobalId('Employer', await firstEmployerWithOpenings(target));
  const server = await startTarget(target, nodeArgs);
  const tokens = {
    COORDINATOR: await signIn(server.url, emails.COORDINATOR),
    OPERATOR: await signIn(server.url, emails.OPERATOR),
  };
  return { target, server, tokens, employerGlobalId };
}
