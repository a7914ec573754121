import 'reflect-metadata';
import autocannon from 'autocannon';
import { mkdtempSync, readdirSync, readFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { READ_SCENARIOS } from './queries';
import { prepareTarget, targetFor } from './targets';

/**
 * `npm run bench:reads:profile [-- baseline]`: a CPU profile of one server while 20 clients send a read, summed by
 * where the time goes (SQL wait shows as idle, the rest by library). Where the cost lies, before and after a change.
 */
const SCENARIO = process.env.BENCH_READS_ONLY ?? 'openings';
const SECONDS = Number(process.env.BENCH_READS_SECONDS ?? 15);

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** The library (or part of Ponte) a frame belongs to. */
function bucketOf(node: ProfileNode): string {
  const { url, functionName } = node.callFrame;
  if (!url) return `(${functionName || 'native'})`.replace('((', '(').replace('))', ')');
  const modules = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (modules) return modules[1];
  if (url.startsWith('node:')) return 'node (core)';
  const own = /\/dist\/src\/(modules\/[^/]+|[^/]+)/.exec(url);
  return own ? `ponte: ${own[1]}` : url;
}

export function summarise(profile: CpuProfile): Array<[string, number]> {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const totals = new Map<string, number>();
  let all = 0;
  profile.samples.forEach((id, i) => {
    const delta = profile.timeDeltas[i] ?? 0;
    all += delta;
    const bucket = bucketOf(byId.get(id)!);
    totals.set(bucket, (totals.get(bucket) ?? 0) + delta);
  });
  return [...totals.entries()].map(([k, v]) => [k, (100 * v) / all] as [string, number]).sort((a, b) => b[1] - a[1]);
}

async function main(): Promise<void> {
  const scenario = READ_SCENARIOS.find((s) => s.name.includes(SCENARIO));
  if (!scenario) throw new Error(`No read named like "${SCENARIO}"`);
  const profileDir = mkdtempSync(join(tmpdir(), 'ponte-profile-'));
  const { target, server, tokens, employerGlobalId } = await prepareTarget(targetFor(process.argv[2] ?? 'today'), [
    '--cpu-prof',
    `--cpu-prof-dir=${profileDir}`,
  ]);
  const token = tokens[scenario.signedInAs];
  const result = await autocannon({
    url: `${server.url}/graphql`,
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: scenario.query, variables: scenario.variables?.({ employerGlobalId }) ?? {} }),
    connections: 20,
    duration: SECONDS,
  });
  await server.stop();
  const file = readdirSync(profileDir).find((f) => f.endsWith('.cpuprofile'));
  if (!file) throw new Error('The server wrote no profile');
  const profile = JSON.parse(readFileSync(join(profileDir, file), 'utf8')) as CpuProfile;
  console.log(`${target.label}, ${scenario.name}, 20 clients: ${(result.requests.total / SECONDS).toFixed(1)} req/s`);
  console.log(`profile: ${join(profileDir, file)}\n\n| where | share of samples |\n|---|---|`);
  for (const [bucket, share] of summarise(profile).slice(0, 15)) console.log(`| ${bucket} | ${share.toFixed(1)} % |`);
}

if (require.main === module)
  main().catch((error) => {
    console.error(error);
    process.exitCode = 1;
  });
