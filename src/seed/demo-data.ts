import { demoAccounts, enableDemoAccounts } from './demo-accounts';
import { DataSource, EntityManager } from 'typeorm';
import {
  BENEFICIARY_COLUMNS,
  BENEFICIARY_SKILL_COLUMNS,
  BeneficiaryContext,
  BeneficiaryRows,
  CASE_STATUS_CHANGE_COLUMNS,
  REFERRAL_COLUMNS,
  WORK_CONSTRAINTS_COLUMNS,
  allocateResidences,
  emptyBeneficiaryRows,
  generateBeneficiary,
  peopleByAmbito,
} from './beneficiaries';
import { RowWriting } from './bulk-insert';
import {
  BulkLoad,
  LOADED_BEFORE_PLACEMENTS,
  PEOPLE_BETWEEN_YIELDS,
  PEOPLE_PER_CHUNK,
  WriteBehind,
  yieldToWrites,
} from './bulk-load';
import { EMPLOYER_COLUMNS, EMPLOYER_SITE_COLUMNS, generateEmployers } from './employers';
import { HEADCOUNT_COLUMNS } from './headcount';
import { missingProfileSkills } from './occupation-profiles';
import { OPERATOR_COLUMNS, generateStaff, operatorRows } from './operators';
import { OPENING_COLUMNS, OPENING_SKILL_COLUMNS, generateOpenings } from './openings';
import { PlacementHistorySummary, seedPlacementHistory } from './placement-history';
import { SeededRandom, toDay } from './random';
import { loadReferenceData } from './reference-data';

export interface SeedOptions {
  beneficiaries?: number;
  employers?: number;
  openings?: number;
  seed?: number;
  /**
   * The "today" of the data (YYYY-MM-DD): case histories, openings and placements run up to it, so visits and
   * reviews fall due around it. The start-up and the CLI give the day they load the data; tests give a fixed day.
   * The closed 2022 cohort keeps its 2022 dates whatever the day.
   */
  referenceDate?: string;
  /** COPY into a PostgreSQL server (the default); batched INSERTs into the embedded database. */
  writing?: RowWriting;
  log?: (msg: string) => void;
}

export interface SeedSummary {
  seed: number;
  /** The "today" of the demo data: every past date is before it. */
  referenceDate: string;
  operators: number;
  /** One account per role; their passwords are in DEMO_PASSWORDS and the README. */
  demoAccounts: Array<{ role: string; email: string }>;
  beneficiaries: number;
  beneficiariesByAmbito: Record<number, number>;
  caseStatusChanges: number;
  referrals: number;
  beneficiarySkills: number;
  workConstraints: number;
  employers: number;
  employerSites: number;
  headcountSnapshots: number;
  openings: number;
  openingSkills: number;
  /** Placements behind the case histories, and the closed 2022 cohort that makes the published figures hold. */
  history: PlacementHistorySummary;
  seconds: number;
}

/** The service's real scale: the people it accompanies in a year, and the employers it works with. */
export const DEMO_DEFAULTS = { beneficiaries: 315, employers: 150, openings: 200, seed: 1999 } as const;

/**
 * The day the data are dated from when no `referenceDate` is given: the same seed and day give the same data.
 * Case histories start from `EARLIEST_CASE_DATE`.
 */
export const DEMO_REFERENCE_DATE = '2026-10-30';
const EARLIEST_CASE_DATE = '2021-01-11';
/** The last fixed date of the data (the annual headcount recorded in January 2026): the data cannot be dated before. */
const LATEST_FIXED_DATE = '2026-02-01';

/** Separate random streams: changing the number of employers does not change who the people are. */
const STREAM = { staff: 1, people: 2, employers: 3, openings: 4 } as const;

export async function isDatabaseEmpty(dataSource: DataSource | EntityManager): Promise<boolean> {
  const [row] = await dataSource.query(
    `SELECT NOT EXISTS (SELECT 1 FROM beneficiary) AND NOT EXISTS (SELECT 1 FROM employer) AS empty`,
  );
  return row.empty === true;
}

/**
 * Loads a deterministic demo data set in one transaction: staff, employers with sites and headcounts, openings,
 * and beneficiaries with referrals, case histories, skills and work constraints. Refuses a database that already
 * holds beneficiaries or employers.
 */
export async function seedDemoData(dataSource: DataSource, options: SeedOptions = {}): Promise<SeedSummary> {
  const beneficiaries = count(options.beneficiaries, DEMO_DEFAULTS.beneficiaries, 'beneficiaries');
  const employers = count(options.employers, DEMO_DEFAULTS.employers, 'employers');
  const openings = count(options.openings, DEMO_DEFAULTS.openings, 'openings');
  const seed = count(options.seed, DEMO_DEFAULTS.seed, 'seed');
  if (openings > 0 && employers === 0) throw new RangeError('Openings need at least one employer');
  const log = options.log ?? (() => undefined);
  const started = performance.now();
  const referenceDate = options.referenceDate ?? DEMO_REFERENCE_DATE;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(referenceDate) || referenceDate < LATEST_FIXED_DATE) {
    throw new RangeError(`referenceDate must be a day (YYYY-MM-DD) from ${LATEST_FIXED_DATE} on, got ${referenceDate}`);
  }
  const referenceDay = toDay(referenceDate);

  const summary = await dataSource.transaction(async (manager) => {
    if (!(await isDatabaseEmpty(manager))) {
      throw new Error(
        'The database already holds beneficiaries or employers: demo data goes only into an empty database',
      );
    }
    // Invented records are not anyone's work: the audit trail starts with the first real request.
    await manager.query(`SELECT set_config('ponte.audit', 'off', true)`);
    const load = await BulkLoad.begin(manager, options.writing ?? 'copy');
    const { write } = load;
    const ref = await loadReferenceData(manager);
    const missing = missingProfileSkills(ref);
    if (missing.length > 0) log(`Skill catalogue lacks ${missing.join(', ')}: those skills are left out`);

    const peopleRandom = new SeededRandom(seed, STREAM.people);
    const residences = allocateResidences(peopleRandom, ref, beneficiaries);
    const byAmbito = peopleByAmbito(residences);

    const staffRandom = new SeededRandom(seed, STREAM.staff);
    const staff = generateStaff(staffRandom, byAmbito, employers);
    const operatorCount = await write('operator', OPERATOR_COLUMNS, operatorRows(staffRandom, staff));
    const accounts = demoAccounts(staff);
    await enableDemoAccounts(manager, accounts);
    log(`${operatorCount} staff, demo accounts ${accounts.map((a) => a.email).join(', ')}`);

    const employerRows = generateEmployers(
      new SeededRandom(seed, STREAM.employers),
      ref,
      staff,
      employers,
      referenceDay,
    );
    await write('employer', EMPLOYER_COLUMNS, employerRows.employers);
    await write('employer_site', EMPLOYER_SITE_COLUMNS, employerRows.sites);
    await write('headcount_snapshot', HEADCOUNT_COLUMNS, employerRows.headcounts);
    log(`${employerRows.employers.length} employers, ${employerRows.sites.length} sites`);

    const openingRows = generateOpenings(
      new SeededRandom(seed, STREAM.openings),
      ref,
      employerRows.drafts,
      openings,
      referenceDay,
    );
    await write('opening', OPENING_COLUMNS, openingRows.openings);
    await write('opening_skill', OPENING_SKILL_COLUMNS, openingRows.skills);
    log(`${openingRows.openings.length} openings`);

    const context: BeneficiaryContext = {
      random: peopleRandom,
      ref,
      staff,
      referenceDay,
      earliestDay: toDay(EARLIEST_CASE_DATE),
      codiciFiscali: new Set(),
      nextOperator: new Map(),
    };
    const totals = { caseStatusChanges: 0, referrals: 0, skills: 0, constraints: 0 };
    const behind = new WriteBehind();
    for (let start = 0; start < residences.length; start += PEOPLE_PER_CHUNK) {
      const rows: BeneficiaryRows = emptyBeneficiaryRows();
      const chunk = residences.slice(start, start + PEOPLE_PER_CHUNK);
      for (let i = 0; i < chunk.length; i++) {
        generateBeneficiary(context, chunk[i], rows);
        if (i % PEOPLE_BETWEEN_YIELDS === PEOPLE_BETWEEN_YIELDS - 1) await yieldToWrites();
      }
      const written = Math.min(start + PEOPLE_PER_CHUNK, residences.length);
      await behind.start(async () => {
        await write('beneficiary', BENEFICIARY_COLUMNS, rows.beneficiaries);
        totals.caseStatusChanges += await write(
          'case_status_change',
          CASE_STATUS_CHANGE_COLUMNS,
          rows.caseStatusChanges,
        );
        totals.referrals += await write('referral', REFERRAL_COLUMNS, rows.referrals);
        totals.skills += await write('beneficiary_skill', BENEFICIARY_SKILL_COLUMNS, rows.skills);
        totals.constraints += await write('work_constraints', WORK_CONSTRAINTS_COLUMNS, rows.constraints);
        log(`${written} of ${residences.length} beneficiaries`);
      });
    }
    await behind.flush();
    // The placement history reads the people and their case histories back.
    await load.settle(LOADED_BEFORE_PLACEMENTS);

    const history = await seedPlacementHistory(manager, write, { seed, referenceDate, log });
    await load.finish();
    log('match profiles built');

    return {
      seed,
      referenceDate,
      operators: operatorCount,
      demoAccounts: accounts.map(({ role, email }) => ({ role, email })),
      beneficiaries: residences.length,
      beneficiariesByAmbito: Object.fromEntries(byAmbito),
      caseStatusChanges: totals.caseStatusChanges,
      referrals: totals.referrals,
      beneficiarySkills: totals.skills,
      workConstraints: totals.constraints,
      employers: employerRows.employers.length,
      employerSites: employerRows.sites.length,
      headcountSnapshots: employerRows.headcounts.length,
      openings: openingRows.openings.length,
      openingSkills: openingRows.skills.length,
      history,
    };
  });
  return { ...summary, seconds: Math.round((performance.now() - started) / 100) / 10 };
}

function count(value: number | undefined, fallback: number, name: string): number {
  const n = value ?? fallback;
  if (!Number.isSafeInteger(n) || n < 0)
    throw new RangeError(`${name} must be a whole number of 0 or more, got ${value}`);
  return n;
}
