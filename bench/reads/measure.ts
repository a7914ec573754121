import autocannon from 'autocannon';
import { loadavg } from 'os';
import { READ_SCENARIOS, ReadScenario } from './queries';
import { Prepared } from './targets';

/** How long each measure runs, how many rounds in alternation, at how many concurrent clients, which reads. */
const SECONDS = Number(process.env.BENCH_READS_SECONDS ?? 10);
const ROUNDS = Number(process.env.BENCH_READS_ROUNDS ?? 2);
const CLIENTS = (process.env.BENCH_READS_CLIENTS ?? '1,20').split(',').map(Number);
const ONLY = process.env.BENCH_READS_ONLY;

interface Measure {
  requestsPerSecond: number;
  p50: number;
  p95: number;
  failures: number;
}

/** The value at percentile `p` of values sorted in ascending order. */
export function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

function requestOf(prepared: Prepared, scenario: ReadScenario) {
  return {
    headers: {
      'content-type': 'application/json',
      authorization: `Bearer ${prepared.tokens[scenario.signedInAs]}`,
    },
    body: JSON.stringify({
      query: scenario.query,
      variables: scenario.variables?.({ employerGlobalId: prepared.employerGlobalId }) ?? {},
    }),
  };
}

/** One request first: an error or an empty answer would make any figure meaningless. */
async function check(prepared: Prepared, scenario: ReadScenario): Promise<void> {
  const { headers, body } = requestOf(prepared, scenario);
  const response = await fetch(`${prepared.server.url}/graphql`, { method: 'POST', headers, body });
  const answer = (await response.json()) as { data?: Record<string, unknown>; errors?: unknown };
  if (answer.errors || !answer.data) {
    throw new Error(`${prepared.target.label}, ${scenario.name}: ${JSON.stringify(answer.errors)}`);
  }
  const size = JSON.stringify(answer.data).length;
  if (size < 200) throw new Error(`${prepared.target.label}, ${scenario.name}: a near-empty answer (${size} bytes)`);
}

async function measure(prepared: Prepared, scenario: ReadScenario, connections: number): Promise<Measure> {
  const { headers, body } = requestOf(prepared, scenario);
  const latencies: number[] = [];
  const result = await new Promise<autocannon.Result>((resolveRun, reject) => {
    const instance = autocannon(
      { url: `${prepared.server.url}/graphql`, method: 'POST', headers, body, connections, duration: SECONDS },
      (error, finished) => (error ? reject(error) : resolveRun(finished)),
    );
    instance.on('response', (_client, _status, _bytes, time) => latencies.push(time));
  });
  latencies.sort((a, b) => a - b);
  return {
    requestsPerSecond: result.requests.total / SECONDS,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    failures: result.non2xx + result.errors + result.timeouts,
  };
}

/** Milliseconds, to a tenth: the measures are not finer than that. */
function latency(m: { p50: number; p95: number }): string {
  return `${m.p50.toFixed(1)} / ${m.p95.toFixed(1)} ms`;
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

export function loadAverage(): string {
  return loadavg()
    .map((v) => v.toFixed(2))
    .join(' / ');
}

/**
 * Measures each everyday read on two servers in alternation (who goes first alternates too, so that neither always
 * runs on a warmer or a busier machine) and prints one table row per read and client count: medians of the rounds,
 * and the second's requests/s over the first's.
 */
export async function compareReads(first: Prepared, second: Prepared): Promise<void> {
  const prepared = [first, second];
  const scenarios = READ_SCENARIOS.filter((s) => !ONLY || ONLY.split(',').some((part) => s.name.includes(part)));
  const [a, b] = prepared.map((p) => p.target.label);
  console.log(`\nLoad average at the start: ${loadAverage()}`);
  console.log(`${SECONDS} s per measure, ${ROUNDS} rounds in alternation, medians of the rounds\n`);
  console.log(`| read | clients | ${a} req/s | ${b} req/s | ratio | ${a} p50 / p95 | ${b} p50 / p95 | failures |`);
  console.log('|---|---|---|---|---|---|---|---|');
  for (const scenario of scenarios) {
    for (const p of prepared) await check(p, scenario);
    for (const clients of CLIENTS) {
      const byTarget = prepared.map(() => [] as Measure[]);
      for (let round = 0; round < ROUNDS; round++) {
        const order = round % 2 === 0 ? [0, 1] : [1, 0];
        for (const i of order) byTarget[i].push(await measure(prepared[i], scenario, clients));
      }
      const [x, y] = byTarget.map((ms) => ({
        rps: median(ms.map((m) => m.requestsPerSecond)),
        p50: median(ms.map((m) => m.p50)),
        p95: median(ms.map((m) => m.p95)),
        failures: ms.reduce((sum, m) => sum + m.failures, 0),
      }));
      console.log(
        `| ${scenario.name} | ${clients} | ${x.rps.toFixed(1)} | ${y.rps.toFixed(1)} | ` +
          `${(y.rps / x.rps).toFixed(2)}× | ${latency(x)} | ${latency(y)} | ${x.failures + y.failures} |`,
      );
    }
  }
  console.log(`\nLoad average at the end: ${loadAverage()}`);
}
