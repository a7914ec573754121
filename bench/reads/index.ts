import 'reflect-metadata';
import autocannon from 'autocannon';
import { loadavg } from 'os';
import { READ_SCENARIOS, ReadScenario } from './queries';
import { Prepared, prepareTarget, targetFor } from './targets';

/**
 * `npm run bench:reads`: the everyday reads of a front-end at 1 and 20 concurrent clients, today's code against a
 * baseline commit, in the same run on the same machine. Each runs its own build as a server process of its own, on a
 * 100,000-person data set its own seed built; the two are measured in alternation, so that the machine's load
 * weighs on both alike, and compared as ratios.
 */
const BASELINE = process.env.BENCH_BASELINE ?? 'b759a6c';
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

function percentile(sorted: number[], p: number): number {
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

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

async function main(): Promise<void> {
  const prepared: Prepared[] = [];
  for (const which of [BASELINE, 'today']) prepared.push(await prepareTarget(targetFor(which)));
  const scenarios = READ_SCENARIOS.filter((s) => !ONLY || ONLY.split(',').some((part) => s.name.includes(part)));
  const load = () =>
    loadavg()
      .map((v) => v.toFixed(2))
      .join(' / ');
  console.log(`\nLoad average at the start: ${load()}`);
  console.log(`${SECONDS} s per measure, ${ROUNDS} rounds in alternation, medians of the rounds\n`);
  console.log(
    `| read | clients | ${BASELINE} req/s | today req/s | ratio | ${BASELINE} p50 / p95 | today p50 / p95 | failures |`,
  );
  console.log('|---|---|---|---|---|---|---|---|');
  try {
    for (const scenario of scenarios) {
      for (const p of prepared) await check(p, scenario);
      for (const clients of CLIENTS) {
        const byTarget = prepared.map(() => [] as Measure[]);
        for (let round = 0; round < ROUNDS; round++) {
          // Alternate who goes first, so that neither always runs on a warmer or a busier machine.
          const order = round % 2 === 0 ? [0, 1] : [1, 0];
          for (const i of order) byTarget[i].push(await measure(prepared[i], scenario, clients));
        }
        const [base, today] = byTarget.map((ms) => ({
          rps: median(ms.map((m) => m.requestsPerSecond)),
          p50: median(ms.map((m) => m.p50)),
          p95: median(ms.map((m) => m.p95)),
          failures: ms.reduce((sum, m) => sum + m.failures, 0),
        }));
        console.log(
          `| ${scenario.name} | ${clients} | ${base.rps.toFixed(1)} | ${today.rps.toFixed(1)} | ` +
            `${(today.rps / base.rps).toFixed(2)}× | ${latency(base)} | ${latency(today)} | ` +
            `${base.failures + today.failures} |`,
        );
      }
    }
  } finally {
    for (const p of prepared) await p.server.stop();
  }
  console.log(`\nLoad average at the end: ${load()}`);
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
