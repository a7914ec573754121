import { execFileSync } from 'child_process';
import { median } from './reads/measure';
import { REPOSITORY, Target, baselineCheckout, signIn, startTarget } from './reads/targets';

export interface Timing {
  p50: number;
  p95: number;
  max: number;
}
/** Times both rankings on one server, as the benchmark does. */
export type TimeMatching = (url: string, headers: Record<string, string>) => Promise<Record<Ranking, Timing>>;
type Ranking = 'candidates' | 'openings';

/** Two versions can share a data set only when they build it alike: the same migrations. */
function migrationsOf(revision: string): string {
  return execFileSync('git', ['ls-tree', '-r', revision, 'migrations/'], { cwd: REPOSITORY }).toString();
}

/**
 * `npm run bench -- --against <commit>`: both rankings timed on the same data set by today's server and by the
 * commit's (checked out and built beside the repository), the two alternating run after run, so a change to
 * matching is measured against the code before it in the same run on the same machine.
 */
export async function compareMatchingAgainst(
  commit: string,
  today: Target,
  email: string,
  runs: number,
  time: TimeMatching,
): Promise<void> {
  if (migrationsOf(commit) !== migrationsOf('HEAD')) {
    throw new Error(`${commit} has other migrations than HEAD: it cannot share today's data set`);
  }
  const targets: Target[] = [{ ...today, label: commit, dir: baselineCheckout(commit) }, today];
  const servers = [];
  try {
    for (const target of targets) servers.push(await startTarget(target));
    const headers = await Promise.all(
      servers.map(async (server) => ({
        'content-type': 'application/json',
        authorization: `Bearer ${await signIn(server.url, email)}`,
      })),
    );
    const results: Array<Array<Record<Ranking, Timing>>> = [[], []];
    for (let run = 0; run < runs; run++) {
      for (const i of run % 2 === 0 ? [0, 1] : [1, 0]) results[i].push(await time(servers[i].url, headers[i]));
    }
    const each = (i: number, ranking: Ranking, key: keyof Timing) => results[i].map((r) => r[ranking][key]);
    const ms = (values: number[]) => values.map((v) => v.toFixed(1)).join(' / ');
    console.log(`\nMatching, ${commit} against today on the same data set, ${runs} runs in alternation\n`);
    console.log(
      `| query | ${commit} p50 of each run | today p50 of each run | ${commit} p95 of each run | today p95 of each run | ratio of median p95 |`,
    );
    console.log('|---|---|---|---|---|---|');
    for (const ranking of ['candidates', 'openings'] as const) {
      const ratio = median(each(1, ranking, 'p95')) / median(each(0, ranking, 'p95'));
      const columns = [
        each(0, ranking, 'p50'),
        each(1, ranking, 'p50'),
        each(0, ranking, 'p95'),
        each(1, ranking, 'p95'),
      ];
      const name = ranking === 'candidates' ? 'matchCandidates' : 'matchOpenings';
      console.log(`| ${name} | ${columns.map((c) => `${ms(c)} ms`).join(' | ')} | ${ratio.toFixed(2)}× |`);
    }
  } finally {
    for (const server of servers) await server.stop();
  }
}
