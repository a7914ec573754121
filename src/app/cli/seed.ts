import { todayInItaly } from '../../config/calendar';
import 'reflect-metadata';
import { loadConfig } from '../../config/config';
import { openDatabase } from '../database';
import { vacuumAfterBulkLoad } from '../../seed/compact';
import { DEMO_DEFAULTS, SeedOptions, SeedSummary, isDatabaseEmpty, seedDemoData } from '../../seed/demo-data';

const USAGE = `Usage: npm run seed -- [--beneficiaries N] [--employers N] [--openings N] [--seed N]

Loads deterministic demo data into the configured database (DATABASE_URL, or the embedded one), which must hold no
beneficiaries and no employers. Defaults: the service's real scale, ${DEMO_DEFAULTS.beneficiaries} beneficiaries,
${DEMO_DEFAULTS.employers} employers, ${DEMO_DEFAULTS.openings} openings, seed ${DEMO_DEFAULTS.seed}.
Benchmark set: npm run seed -- --beneficiaries 100000 --employers 5000 --openings 10000`;

const FLAGS = ['beneficiaries', 'employers', 'openings', 'seed'] as const;
type Flag = (typeof FLAGS)[number];

export class UsageError extends Error {}

/** Reads `--name N` or `--name=N` pairs; every value must be a positive whole number. */
export function parseSeedArguments(argv: readonly string[]): Pick<SeedOptions, Flag> {
  const options: Partial<Record<Flag, number>> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const match = /^--([a-z]+)(?:=(.*))?$/.exec(arg);
    if (!match) throw new UsageError(`Unexpected argument "${arg}"`);
    const name = match[1] as Flag;
    if (!FLAGS.includes(name)) throw new UsageError(`Unknown option --${match[1]}`);
    if (name in options) throw new UsageError(`--${name} is given twice`);
    const raw = match[2] ?? argv[++i];
    if (raw === undefined) throw new UsageError(`--${name} needs a value`);
    if (!/^[0-9]+$/.test(raw) || !Number.isSafeInteger(Number(raw)) || Number(raw) < 1) {
      throw new UsageError(`--${name} must be a positive whole number, got "${raw}"`);
    }
    options[name] = Number(raw);
  }
  return options;
}

export function formatSummary(s: SeedSummary): string {
  const lines = [
    `Demo data loaded in ${s.seconds} s (seed ${s.seed}, reference date ${s.referenceDate}):`,
    `  staff                ${s.operators}`,
    `  beneficiaries        ${s.beneficiaries} (Ambito 1: ${s.beneficiariesByAmbito[1] ?? 0}, Ambito 3: ${s.beneficiariesByAmbito[3] ?? 0})`,
    `  case status changes  ${s.caseStatusChanges}`,
    `  referrals            ${s.referrals}`,
    `  beneficiary skills   ${s.beneficiarySkills}`,
    `  work constraints     ${s.workConstraints}`,
    `  employers            ${s.employers} (${s.employerSites} sites, ${s.headcountSnapshots} headcount snapshots)`,
    `  openings             ${s.openings} (${s.openingSkills} skills)`,
  ];
  return lines.join('\n');
}

async function main(): Promise<void> {
  if (process.argv.includes('--help') || process.argv.includes('-h')) {
    console.log(USAGE);
    return;
  }
  let options: Pick<SeedOptions, Flag>;
  try {
    options = parseSeedArguments(process.argv.slice(2));
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`${error.message}\n\n${USAGE}`);
    process.exitCode = 2;
    return;
  }

  const database = await openDatabase(loadConfig());
  try {
    if (!(await isDatabaseEmpty(database.dataSource))) {
      console.error(
        'The database already holds beneficiaries or employers; demo data is loaded only into an empty database.\n' +
          'Point DATABASE_URL at a new database (or remove the embedded data folder) and run the seed again.',
      );
      process.exitCode = 1;
      return;
    }
    const summary = await seedDemoData(database.dataSource, {
      referenceDate: todayInItaly(),
      ...options,
      writing: database.embedded ? 'insert' : 'copy',
      log: (msg) => console.log(`  … ${msg}`),
    });
    await vacuumAfterBulkLoad(database.dataSource);
    console.log(formatSummary(summary));
  } finally {
    await database.close();
  }
}

if (require.main === module) {
  main().catch((error) => {
    console.error(error);
    process.exitCode = 1;
  });
}
