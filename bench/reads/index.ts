import 'reflect-metadata';
import { compareReads } from './measure';
import { Prepared, prepareTarget, targetFor } from './targets';

/**
 * `npm run bench:reads`: the everyday reads of a front-end at 1 and 20 concurrent clients, today's code against a
 * baseline commit, in the same run on the same machine. Each runs its own build as a server process of its own, on a
 * 100,000-person data set its own seed built; the two are measured in alternation, so that the machine's load
 * weighs on both alike, and compared as ratios.
 */
const BASELINE = process.env.BENCH_BASELINE ?? 'b759a6c';

async function main(): Promise<void> {
  const prepared: Prepared[] = [];
  try {
    for (const which of [BASELINE, 'today']) prepared.push(await prepareTarget(targetFor(which)));
    await compareReads(prepared[0], prepared[1]);
  } finally {
    for (const p of prepared) await p.server.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
