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

/** `BENCH_ONLY=mediation` (or `matching,plan`) runs only those groups; all by default. */
const ONLY = new Set((process.env.BENCH_ONLY ?? 'matching,plan,mediation').split(',').map((s) => s.trim()));

async function timeRequests(
  url: string,
  headers: Record<string, string>,
  query: string,
  variablesList: Array<Record<string, unknown>>,
  requests = REQUESTS,
  warmUp = WARM_UP,
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
  for (const variables of variablesList.slice(0, warmUp)) await post(variables);
  const times: number[] = [];
  for (let i = 0; i < requests; i++) times.push(await post(variablesList[(warmUp + i) % variablesList.length]));
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

  const ms = (v: number) => `${v.toFixed(1)} ms`;
  const row = (name: string, t: { p50: number; p95: number; max: number }) =>
    console.log(`| ${name} | ${ms(t.p50)} | ${ms(t.p95)} | ${ms(t.max)} |`);
  console.log(
    `\nPonte benchmark — PostgreSQL, ${count || SCALE.beneficiaries} beneficiaries, through GraphQL over HTTP`,
  );
  if (ONLY.has('matching')) {
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

    console.log(`${REQUESTS} sequential requests after ${WARM_UP} warm-up requests, top 20 with explanations\n`);
    console.log('| query | p50 | p95 | max |');
    console.log('|---|---|---|---|');
    row('matchCandidates (one opening, all people)', candidates);
    row('matchOpenings (one person, all open openings)', openingsRanked);
  }

  if (ONLY.has('mediation')) {
    // Fewer requests: a what-if reads every person (or opening) once per change. The brief without its PDF.
    const n = Number(process.env.BENCH_MEDIATION_REQUESTS ?? 60);
    const openingWhatIf = await timeRequests(
      server.url,
      headers,
      `query($id: ID!) { openingWhatIf(openingId: $id) { eligibleNow { total inAmbito law68 }
        options { changes { code kind } gained { total inAmbito law68 } lost entrants { score rank beneficiary { familyName } } }
        bestPair { changes { code } gained { total } } } }`,
      openings.map((o) => ({ id: toGlobalId('Opening', o.id) })),
      n,
      5,
    );
    const personWhatIf = await timeRequests(
      server.url,
      headers,
      `query($id: ID!) { beneficiaryWhatIf(beneficiaryId: $id) { eligibleNow { total }
        options { changes { code kind } gained { total inAmbito law68 } lost entrants { score rank opening { title } } }
        bestPair { changes { code } gained { total } } } }`,
      people.map((p) => ({ id: toGlobalId('Beneficiary', p.id) })),
      n,
      5,
    );
    const brief = await timeRequests(
      server.url,
      headers,
      `query($b: ID!, $o: ID!) { mediationBrief(beneficiaryId: $b, openingId: $o) { eligible fit { score }
        quota { shortfallClosed exposurePerDayAvoidedCents } incentives { code estimateCents } talkingPoints { code text } markdown } }`,
      people.map((p, i) => ({
        b: toGlobalId('Beneficiary', p.id),
        o: toGlobalId('Opening', openings[i % openings.length].id),
      })),
      n,
      5,
    );
    console.log(`\n${n} sequential requests after 5 warm-up requests each\n`);
    console.log('| query | p50 | p95 | max |');
    console.log('|---|---|---|---|');
    row('openingWhatIf (one opening, every change and pair)', openingWhatIf);
    row('beneficiaryWhatIf (one person, every change and pair)', personWhatIf);
    row('mediationBrief (one pair, no PDF)', brief);
  }

  if (ONLY.has('plan')) {
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

    console.log(
      `\nplacementPlan, ${planOpenings.length} openings × ${planPeople.length} people: median ${ms(planTimes[1])} of 3 runs ` +
        `(${assigned} people assigned)`,
    );
  }

  await server.stop();
  await database.close();
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
