import 'reflect-metadata';
import { Client } from 'pg';
import { loadConfig } from '../src/config/config';
import { openDatabase } from '../src/app/database';
import { seedDemoData } from '../src/seed/demo-data';
import { startSession } from '../src/modules/auth/session-store';
import { SessionTokens } from '../src/modules/auth/tokens';
import { startServer } from '../src/app/server';
import { toGlobalId } from '../src/graphql/relay';

/**
 * `npm run bench`: builds (once) a PostgreSQL data set at ten times a large service's scale and measures the
 * matching queries through the real GraphQL HTTP endpoint. Figures go to the README.
 */
const SCALE = { beneficiaries: 100_000, employers: 5_000, openings: 10_000 };
const REQUESTS = 200;
const WARM_UP = 20;
const BENCH_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/ponte_bench';

async function ensureDatabase(url: string): Promise<void> {
  const target = new URL(url);
  const name = target.pathname.slice(1);
  const admin = new Client({ connectionString: Object.assign(new URL(url), { pathname: '/postgres' }).toString() });
  await admin.connect();
  const { rowCount } = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
  if (!rowCount) await admin.query(`CREATE DATABASE "${name.replace(/"/g, '')}"`);
  await admin.end();
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

async function timeRequests(
  url: string,
  headers: Record<string, string>,
  query: string,
  variablesList: Array<Record<string, unknown>>,
) {
  const post = async (variables: Record<string, unknown>) => {
    const started = process.hrtime.bigint();
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { errors?: unknown };
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return Number(process.hrtime.bigint() - started) / 1e6;
  };
  for (const variables of variablesList.slice(0, WARM_UP)) await post(variables);
  const times: number[] = [];
  for (let i = 0; i < REQUESTS; i++) times.push(await post(variablesList[i % variablesList.length]));
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p95: percentile(times, 95), max: times[times.length - 1] };
}

const MATCH_FIELDS = `matches { rank score beneficiary { familyName } opening { title }
  factors { code points explanation } skillGaps { levelNeeded skill { code } } commute { distanceKm estimatedMinutes } }`;

async function main(): Promise<void> {
  await ensureDatabase(BENCH_URL);
  // One log line per request would bury the figures: warnings and errors only, unless asked for.
  const loaded = loadConfig({ PONTE_LOG_LEVEL: 'warn', ...process.env, DATABASE_URL: BENCH_URL });
  // The benchmark sends far more than a person would, and its one session must outlast a slow run.
  const config = {
    ...loaded,
    port: 0,
    auth: { ...loaded.auth, accessTokenSeconds: 3600 },
    limits: { ...loaded.limits, requestsPerMinute: 1_000_000 },
  };
  const database = await openDatabase(config);
  const { dataSource } = database;

  const [{ count }] = await dataSource.query(`SELECT count(*)::int AS count FROM beneficiary`);
  if (count === 0) {
    console.log(`Building the benchmark data set (${JSON.stringify(SCALE)})…`);
    const started = Date.now();
    await seedDemoData(dataSource, { ...SCALE, log: (m) => console.log(`  ${m}`) });
    console.log(`  built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    // A database in service has been vacuumed by autovacuum; a fresh bulk load has not, and index-only scans suffer.
    await dataSource.query('VACUUM ANALYZE');
  } else {
    console.log(`Reusing the benchmark data set in ${new URL(BENCH_URL).pathname.slice(1)} (${count} beneficiaries)`);
  }

  const server = await startServer(dataSource, config);
  const [coordinator]: Array<{ id: string; tokenVersion: number }> = await dataSource.query(
    `SELECT id, token_version AS "tokenVersion" FROM operator WHERE role = 'COORDINATOR' AND active ORDER BY email LIMIT 1`,
  );
  if (!coordinator) throw new Error('The benchmark data set has no active coordinator to sign the requests');
  const sessionId = await startSession(dataSource.manager, coordinator.id);
  const { token } = await new SessionTokens(config.auth).issue(
    { operatorId: coordinator.id, tokenVersion: coordinator.tokenVersion, sessionId },
    'access',
  );
  const headers = { 'content-type': 'application/json', authorization: `Bearer ${token}` };
  const openings: Array<{ id: string }> = await dataSource.query(
    `SELECT id FROM opening WHERE status = 'OPEN' ORDER BY md5(id::text) LIMIT ${REQUESTS}`,
  );
  const people: Array<{ id: string }> = await dataSource.query(
    `SELECT id FROM beneficiary WHERE case_status IN ('INTAKE', 'ORIENTATION', 'TRAINING', 'INTERNSHIP') ORDER BY md5(id::text) LIMIT ${REQUESTS}`,
  );

  const candidates = await timeRequests(
    server.url,
    headers,
    `query($id: ID!) { matchCandidates(openingId: $id, first: 20) { ${MATCH_FIELDS} } }`,
    openings.map((o) => ({ id: toGlobalId('Opening', o.id) })),
  );
  const openingsRanked = await timeRequests(
    server.url,
    headers,
    `query($id: ID!) { matchOpenings(beneficiaryId: $id, first: 20) { ${MATCH_FIELDS} } }`,
    people.map((p) => ({ id: toGlobalId('Beneficiary', p.id) })),
  );

  const planOpenings: Array<{ id: string }> = await dataSource.query(
    `SELECT o.id FROM opening o JOIN employer_site s ON s.id = o.site_id JOIN municipality m ON m.id = s.municipality_id
     WHERE o.status = 'OPEN' ORDER BY (m.ambito_number = 1) DESC NULLS LAST, md5(o.id::text) LIMIT 300`,
  );
  const planPeople: Array<{ id: string }> = await dataSource.query(
    `SELECT b.id FROM beneficiary b JOIN municipality m ON m.id = b.residence_municipality_id
     WHERE m.ambito_number = 1 AND b.case_status IN ('INTAKE', 'ORIENTATION', 'TRAINING', 'INTERNSHIP')
     ORDER BY md5(b.id::text) LIMIT 1000`,
  );
  const planQuery = `query($o: [ID!], $b: [ID!]) { placementPlan(ambito: 1, openingIds: $o, beneficiaryIds: $b) {
    totalScore assignments { score } openings { filledPositions unfilledReason } } }`;
  const planVariables = {
    o: planOpenings.map((o) => toGlobalId('Opening', o.id)),
    b: planPeople.map((p) => toGlobalId('Beneficiary', p.id)),
  };
  const planTimes: number[] = [];
  let assigned = 0;
  for (let run = 0; run < 3; run++) {
    const started = process.hrtime.bigint();
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ query: planQuery, variables: planVariables }),
    });
    const body = (await response.json()) as { data: { placementPlan: { assignments: unknown[] } }; errors?: unknown };
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    planTimes.push(Number(process.hrtime.bigint() - started) / 1e6);
    assigned = body.data.placementPlan.assignments.length;
  }
  planTimes.sort((a, b) => a - b);

  const ms = (v: number) => `${v.toFixed(1)} ms`;
  console.log(
    `\nPonte benchmark — PostgreSQL, ${count || SCALE.beneficiaries} beneficiaries, through GraphQL over HTTP`,
  );
  console.log(`${REQUESTS} sequential requests after ${WARM_UP} warm-up requests, top 20 with explanations\n`);
  console.log('| query | p50 | p95 | max |');
  console.log('|---|---|---|---|');
  console.log(
    `| matchCandidates (one opening, all people) | ${ms(candidates.p50)} | ${ms(candidates.p95)} | ${ms(candidates.max)} |`,
  );
  console.log(
    `| matchOpenings (one person, all open openings) | ${ms(openingsRanked.p50)} | ${ms(openingsRanked.p95)} | ${ms(openingsRanked.max)} |`,
  );
  console.log(
    `\nplacementPlan, ${planOpenings.length} openings × ${planPeople.length} people: median ${ms(planTimes[1])} of 3 runs ` +
      `(${assigned} people assigned)`,
  );

  await server.stop();
  await database.close();
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
