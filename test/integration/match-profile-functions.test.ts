import fc from 'fast-check';
import { QueryRunner } from 'typeorm';
import { MatchProfileRefreshPlansKept1764870000000 as Migration } from '../../migrations/1764870000000-MatchProfileRefreshPlansKept';
import { seedDemoData } from '../../src/seed/demo-data';
import { startTestServer, TestServer } from '../helpers/test-server';

/**
 * The match profile's functions were rewritten so that PostgreSQL keeps their plans (PL/pgSQL refreshes, encoders it
 * inlines). They must compute exactly what the SQL functions before them computed: each encoder over any list of
 * values (known, unknown, repeated, NULL), and the refreshes, whose statements did not change, profile for profile
 * over the demo data set in either language. The functions before are the migration's own `down`, run in a
 * transaction that is rolled back. What each profile holds is match-profile.test.ts's to prove.
 */
let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
  await seedDemoData(server.dataSource);
}, 120_000);
afterAll(() => server?.close());

const ENCODERS = ['shift_bits', 'physical_demand_bits', 'accessibility_bits', 'transport_mode_bits', 'sector_bits'];

async function vocabulary(name: string): Promise<string[]> {
  const [{ body }] = await server.dataSource.query(
    `SELECT prosrc AS body FROM pg_proc WHERE proname = $1 AND pronamespace = current_schema()::regnamespace`,
    [name],
  );
  return [...(body as string).matchAll(/WHEN '([^']*)' = ANY/g)].map((match) => match[1]);
}

/** Runs `work` with the functions as they were before the migration, then puts them back. */
async function withFunctionsBefore<T>(work: (runner: QueryRunner) => Promise<T>): Promise<T> {
  const runner = server.dataSource.createQueryRunner();
  await runner.startTransaction();
  try {
    await new Migration().down(runner);
    return await work(runner);
  } finally {
    await runner.rollbackTransaction();
    await runner.release();
  }
}

const profiles = (runner: QueryRunner, table: string, key: string) =>
  runner.query(`SELECT to_jsonb(p) - 'updated_at' AS profile FROM ${table} p ORDER BY ${key}`);

async function rebuilt(runner: QueryRunner): Promise<unknown[][]> {
  await runner.query(`DELETE FROM match_profile`);
  await runner.query(`SELECT refresh_match_profiles(ARRAY(SELECT id FROM beneficiary))`);
  await runner.query(`DELETE FROM opening_match_profile`);
  await runner.query(`SELECT refresh_opening_match_profiles(ARRAY(SELECT id FROM opening))`);
  return [
    await profiles(runner, 'match_profile', 'beneficiary_id'),
    await profiles(runner, 'opening_match_profile', 'opening_id'),
  ];
}

async function language(runner: QueryRunner, name: string): Promise<string> {
  const [{ lanname }] = await runner.query(
    `SELECT l.lanname FROM pg_proc p JOIN pg_language l ON l.oid = p.prolang WHERE p.proname = $1 AND p.pronamespace = current_schema()::regnamespace`,
    [name],
  );
  return lanname;
}

describe('the match profile functions that keep their plans', () => {
  it.each(ENCODERS)('%s encodes any list of values as the aggregate before it did', async (name) => {
    const known = await vocabulary(name);
    expect(known.length).toBeGreaterThan(3);
    const lists = fc.sample(
      fc.option(fc.array(fc.option(fc.constantFrom(...known, 'NON_PREVISTO'), { freq: 8 }), { maxLength: 12 }), {
        freq: 10,
      }),
      { numRuns: 300, seed: 7 },
    );
    const encode = (runner: QueryRunner) =>
      runner.query(
        `SELECT ${name}(v.list) AS bits FROM unnest($1::jsonb[]) WITH ORDINALITY AS j(value, n)
        CROSS JOIN LATERAL (SELECT CASE WHEN jsonb_typeof(j.value) = 'null' THEN NULL
          ELSE ARRAY(SELECT jsonb_array_elements_text(j.value)) END AS list) v ORDER BY j.n`,
        [lists.map((list) => JSON.stringify(list))],
      );
    const runner = server.dataSource.createQueryRunner();
    const now = await encode(runner).finally(() => runner.release());
    const before = await withFunctionsBefore(encode);
    expect(now).toEqual(before);
    expect(new Set(now.map((row: { bits: number }) => row.bits)).size).toBeGreaterThan(20);
  });

  it('refreshes every profile of the demo data set as the SQL functions before it did', async () => {
    const runner = server.dataSource.createQueryRunner();
    await runner.startTransaction();
    const now = await rebuilt(runner).finally(() => runner.rollbackTransaction().then(() => runner.release()));
    const before = await withFunctionsBefore(async (old) => {
      expect(await language(old, 'refresh_match_profiles')).toBe('sql');
      return rebuilt(old);
    });
    expect(now[0].length).toBeGreaterThan(100);
    expect(now[1].length).toBeGreaterThan(10);
    expect(now).toEqual(before);
  });

  it('runs the refreshes as PL/pgSQL, whose statements keep one plan in the session', async () => {
    const runner = server.dataSource.createQueryRunner();
    try {
      expect(await language(runner, 'refresh_match_profiles')).toBe('plpgsql');
      expect(await language(runner, 'refresh_opening_match_profiles')).toBe('plpgsql');
      expect(await language(runner, 'earlier_caseload_days')).toBe('plpgsql');
      // A plan for one person is dearer to make than to run: the refreshes keep theirs whatever the array's length.
      const settings = await runner.query(
        `SELECT proname AS name, proconfig AS config FROM pg_proc
         WHERE proname IN ('refresh_match_profiles', 'refresh_opening_match_profiles')
           AND pronamespace = current_schema()::regnamespace ORDER BY proname`,
      );
      expect(settings).toEqual([
        { name: 'refresh_match_profiles', config: ['plan_cache_mode=force_generic_plan'] },
        { name: 'refresh_opening_match_profiles', config: ['plan_cache_mode=force_generic_plan'] },
      ]);
    } finally {
      await runner.release();
    }
  });
});
