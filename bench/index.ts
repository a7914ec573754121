import 'reflect-metadata';
import { toGlobalId } from '../src/graphql/relay';
import { startBackgroundLoad } from './background-load';
import { compareMatchingAgainst, TimeMatching } from './matching-against';
import { compareReads, loadAverage, median, percentile } from './reads/measure';
import {
  PG,
  RunningServer,
  SCALES,
  Scale,
  Target,
  benchAccounts,
  buildCurrent,
  ensureDataSet,
  prepareTarget,
  optionValue,
  signIn,
  startTarget,
  withClient,
} from './reads/targets';

/**
 * `npm run bench [-- --scale national]`: builds (once) a PostgreSQL data set, at ten times a large service's scale
 * or at Italy's, and measures the matching queries through the real GraphQL HTTP endpoint of a server started as
 * `npm start` starts it, quiet and under a background of everyday reads and writes, several runs each. At national
 * scale it also measures the everyday reads and the placement plan on both data sets in the same run; with
 * `--against <commit>`, both rankings of that commit and of today on the same data set in alternation. Figures go to
 * bench/README.md.
 */
const REQUESTS = 200;
const WARM_UP = 20;
const DATABASES: Record<Scale, string> = { benchmark: 'ponte_bench', national: 'ponte_bench_national' };

function scaleArgument(argv: readonly string[]): Scale {
  const value = optionValue(argv, '--scale') ?? 'benchmark';
  if (value !== 'benchmark' && value !== 'national') {
    throw new Error(`--scale must be benchmark or national, got ${JSON.stringify(value)}`);
  }
  return value;
}

/** How many times matching and the plan are measured in each condition, quiet and under background load. */
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
/** The background of everyday reads and profile updates, in requests a second. */
const LOAD_PER_SECOND = Number(process.env.BENCH_LOAD_PER_SECOND ?? 20);
type Condition = 'quiet' | 'loaded';
const CONDITIONS: readonly Condition[] = ['quiet', 'loaded'];

/**
 * `BENCH_PAUSE_MS=12000`: each ranking timed after that long a pause (fewer of them, `PAUSED_REQUESTS`), as the
 * service's dozen staff ask them, rather than back to back: what a connection left idle costs.
 */
const PAUSE_MS = Number(process.env.BENCH_PAUSE_MS ?? 0);
const PAUSED_REQUESTS = 6;

/** `BENCH_ONLY=mediation` (or `matching,plan`) runs only those groups; all by default. */
const ONLY = new Set((process.env.BENCH_ONLY ?? 'matching,plan,mediation').split(',').map((s) => s.trim()));

async function timeRequests(
  url: string,
  headers: Record<string, string>,
  query: string,
  variablesList: Array<Record<string, unknown>>,
  requests = REQUESTS,
  warmUp = WARM_UP,
  pauseMs = 0,
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
  for (let i = 0; i < requests; i++) {
    if (pauseMs) await new Promise((resolve) => setTimeout(resolve, pauseMs));
    times.push(await post(variablesList[(warmUp + i) % variablesList.length]));
  }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p95: percentile(times, 95), max: times[times.length - 1] };
}

const MATCH_FIELDS = `matches { rank score beneficiary { familyName } opening { title }
  factors { code points explanation } skillGaps { levelNeeded skill { code } } commute { distanceKm estimatedMinutes } }`;

/** Ambito 1's placement plan: 300 open openings (its own first) and 1,000 of its people, as global IDs. */
async function planVariables(databaseUrl: string): Promise<{ o: string[]; b: string[] }> {
  return withClient(databaseUrl, async (client) => {
    const openings = await client.query(
      `SELECT o.id FROM opening o JOIN employer_site s ON s.id = o.site_id JOIN municipality m ON m.id = s.municipality_id
       WHERE o.status = 'OPEN' ORDER BY (m.ambito_number = 1) DESC NULLS LAST, md5(o.id::text) LIMIT 300`,
    );
    const people = await client.query(
      `SELECT b.id FROM beneficiary b JOIN municipality m ON m.id = b.residence_municipality_id
       WHERE m.ambito_number = 1 AND b.case_status IN ('INTAKE', 'ORIENTATION', 'TRAINING', 'INTERNSHIP')
       ORDER BY md5(b.id::text) LIMIT 1000`,
    );
    return {
      o: openings.rows.map((r) => toGlobalId('Opening', r.id)),
      b: people.rows.map((r) => toGlobalId('Beneficiary', r.id)),
    };
  });
}

const PLAN_QUERY = `query($o: [ID!], $b: [ID!]) { placementPlan(ambito: 1, openingIds: $o, beneficiaryIds: $b) {
  totalScore assignments { score } openings { filledPositions unfilledReason } } }`;

/** One placement plan: its time in milliseconds and how many people it assigned. */
async function planOnce(
  server: RunningServer,
  headers: Record<string, string>,
  variables: { o: string[]; b: string[] },
): Promise<{ ms: number; assigned: number }> {
  const started = process.hrtime.bigint();
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ query: PLAN_QUERY, variables }),
  });
  const body = (await response.json()) as { data: { placementPlan: { assignments: unknown[] } }; errors?: unknown };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return { ms: Number(process.hrtime.bigint() - started) / 1e6, assigned: body.data.placementPlan.assignments.length };
}

async function main(): Promise<void> {
  const scale = scaleArgument(process.argv.slice(2));
  const databaseUrl = process.env.DATABASE_URL ?? `${PG}/${DATABASES[scale]}`;
  const target: Target = { label: `${scale} scale`, dir: buildCurrent(), databaseUrl, scale };
  await ensureDataSet(target);
  const { count, size } = await withClient(databaseUrl, async (client) => {
    const { rows } = await client.query(
      `SELECT (SELECT count(*)::int FROM beneficiary) AS count, pg_size_pretty(pg_database_size(current_database())) AS size`,
    );
    return rows[0] as { count: number; size: string };
  });

  // The server runs as `npm start` runs it, in a process of its own: the benchmark's client (and the background
  // load) must not share its event loop.
  const { COORDINATOR: email } = await benchAccounts(target);
  const server = await startTarget(target);
  const token = await signIn(server.url, email);
  const headers = { 'content-type': 'application/json', authorization: `Bearer ${token}` };
  const { openings, people } = await withClient(databaseUrl, async (client) => ({
    openings: (
      await client.query(`SELECT id FROM opening WHERE status = 'OPEN' ORDER BY md5(id::text) LIMIT ${REQUESTS}`)
    ).rows as Array<{ id: string }>,
    people: (
      await client.query(
        `SELECT id FROM beneficiary WHERE case_status IN ('INTAKE', 'ORIENTATION', 'TRAINING', 'INTERNSHIP')
         ORDER BY md5(id::text) LIMIT ${REQUESTS}`,
      )
    ).rows as Array<{ id: string }>,
  }));

  const ms = (v: number) => `${v.toFixed(1)} ms`;
  const row = (name: string, t: { p50: number; p95: number; max: number }) =>
    console.log(`| ${name} | ${ms(t.p50)} | ${ms(t.p95)} | ${ms(t.max)} |`);
  console.log(
    `\nPonte benchmark — PostgreSQL, ${count} beneficiaries (${SCALES[scale].employers} employers, ` +
      `${SCALES[scale].openings} openings; ${size}), through GraphQL over HTTP; load average ${loadAverage()}`,
  );
  /** Runs `measure` RUNS times in each condition; under load, a background of everyday work runs meanwhile. */
  const inConditions = async <T>(measure: () => Promise<T>) => {
    const results: Record<Condition, T[]> = { quiet: [], loaded: [] };
    for (let run = 0; run < RUNS; run++) {
      for (const condition of CONDITIONS) {
        const load =
          condition === 'loaded'
            ? startBackgroundLoad(
                server.url,
                headers,
                people.map((p) => p.id),
                LOAD_PER_SECOND,
              )
            : null;
        results[condition].push(await measure());
        const background = await load?.stop();
        if (background) {
          const rate = (background.sent / background.seconds).toFixed(1);
          console.log(`  background: ${background.sent} requests (${rate}/s), ${background.failed} failed`);
          if (background.failed > 0) throw new Error('The background load had failures: the figures would mislead');
        }
      }
    }
    return results;
  };
  const spread = (values: number[]) => values.map((v) => v.toFixed(1)).join(' / ');

  const candidateVariables = openings.map((o) => ({ id: toGlobalId('Opening', o.id) }));
  const personVariables = people.map((p) => ({ id: toGlobalId('Beneficiary', p.id) }));
  const paced = PAUSE_MS ? ([PAUSED_REQUESTS, WARM_UP, PAUSE_MS] as const) : ([] as const);
  const timeMatching: TimeMatching = async (url, asCoordinator) => ({
    candidates: await timeRequests(
      url,
      asCoordinator,
      `query($id: ID!) { matchCandidates(openingId: $id, first: 20) { ${MATCH_FIELDS} } }`,
      candidateVariables,
      ...paced,
    ),
    openings: await timeRequests(
      url,
      asCoordinator,
      `query($id: ID!) { matchOpenings(beneficiaryId: $id, first: 20) { ${MATCH_FIELDS} } }`,
      personVariables,
      ...paced,
    ),
  });

  if (ONLY.has('matching')) {
    const results = await inConditions(() => timeMatching(server.url, headers));

    console.log(
      `\n${PAUSE_MS ? `${PAUSED_REQUESTS} requests, each after a pause of ${PAUSE_MS} ms,` : `${REQUESTS} sequential requests`} ` +
        `after ${WARM_UP} warm-up requests, top 20 with explanations; ${RUNS} runs ` +
        `quiet and ${RUNS} under a background of ${LOAD_PER_SECOND} requests/s (list reads and profile updates)\n`,
    );
    console.log('| query | condition | p50 (median of runs) | p95 of each run | max of each run |');
    console.log('|---|---|---|---|---|');
    for (const [name, key] of [
      ['matchCandidates (one opening, all people)', 'candidates'],
      ['matchOpenings (one person, all open openings)', 'openings'],
    ] as const) {
      for (const condition of CONDITIONS) {
        const runs = results[condition].map((r) => r[key]);
        console.log(
          `| ${name} | ${condition} | ${ms(median(runs.map((r) => r.p50)))} | ${spread(runs.map((r) => r.p95))} ms | ` +
            `${spread(runs.map((r) => r.max))} ms |`,
        );
      }
    }
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
    const variables = await planVariables(databaseUrl);
    let assigned = 0;
    const planTimes = await inConditions(async () => {
      const plan = await planOnce(server, headers, variables);
      assigned = plan.assigned;
      return plan.ms;
    });
    console.log(
      `\nplacementPlan, ${variables.o.length} openings × ${variables.b.length} people (${assigned} people assigned): ` +
        CONDITIONS.map((c) => `${c} ${spread(planTimes[c])} ms`).join('; '),
    );
  }
  await server.stop();

  const against = optionValue(process.argv.slice(2), '--against');
  if (against) {
    if (PAUSE_MS)
      console.log(`\nBoth rankings below: ${PAUSED_REQUESTS} requests each, after a pause of ${PAUSE_MS} ms`);
    await compareMatchingAgainst(against, target, email, RUNS, timeMatching);
  }
  if (scale === 'national') await compareWithBenchmarkScale(target);
}

/**
 * At national scale, the everyday reads and Ambito 1's plan measured on the 100,000-person data set and on the
 * national one, in alternation in the same run: the reads should stay within 1.5× and the plan unchanged.
 */
async function compareWithBenchmarkScale(national: Target): Promise<void> {
  const reference: Target = {
    label: 'benchmark scale',
    dir: national.dir,
    databaseUrl: `${PG}/${DATABASES.benchmark}`,
    scale: 'benchmark',
  };
  const prepared = [await prepareTarget(reference)];
  try {
    prepared.push(await prepareTarget(national));
    console.log('\nEveryday reads, the 100,000-person data set against the national one');
    await compareReads(prepared[0], prepared[1]);
    const times: number[][] = [[], []];
    const inputs = [await planVariables(reference.databaseUrl), await planVariables(national.databaseUrl)];
    for (let run = 0; run < RUNS; run++) {
      for (const i of run % 2 === 0 ? [0, 1] : [1, 0]) {
        const headers = {
          'content-type': 'application/json',
          authorization: `Bearer ${prepared[i].tokens.COORDINATOR}`,
        };
        times[i].push((await planOnce(prepared[i].server, headers, inputs[i])).ms);
      }
    }
    const spread = (values: number[]) => values.map((v) => v.toFixed(0)).join(' / ');
    console.log(
      `\nplacementPlan of Ambito 1 (300 openings × 1,000 people), quiet: benchmark scale ${spread(times[0])} ms, ` +
        `national ${spread(times[1])} ms`,
    );
  } finally {
    for (const p of prepared) await p.server.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
