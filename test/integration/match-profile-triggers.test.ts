import fc from 'fast-check';
import { QueryRunner } from 'typeorm';
import { profileColumnsOf } from '../../migrations/support/profile-columns';
import { seedDemoData } from '../../src/seed/demo-data';
import { startTestServer, TestServer } from '../helpers/test-server';

/**
 * A change to a person refreshes their match profile only when it touches a column the profile is built from, so an
 * address or a phone number changes no profile. The promise kept is the profile's: after any change to any people,
 * it is what a rebuild from scratch makes — and a refresh happens exactly when one of those columns changed.
 */
let server: TestServer;
let people: string[];
let municipalities: string[];

beforeAll(async () => {
  server = await startTestServer();
  await seedDemoData(server.dataSource);
  people = (await server.dataSource.query(`SELECT id FROM beneficiary ORDER BY id LIMIT 12`)).map(
    (r: { id: string }) => r.id,
  );
  municipalities = (await server.dataSource.query(`SELECT id FROM municipality ORDER BY istat_code LIMIT 6`)).map(
    (r: { id: string }) => r.id,
  );
}, 120_000);
afterAll(() => server?.close());

const CASE_STATUSES = ['REFERRED', 'INTAKE', 'ORIENTATION', 'TRAINING', 'INTERNSHIP', 'PLACED', 'MONITORING', 'CLOSED'];

/** One column set to a value, with the type PostgreSQL reads the parameter as. */
type Assignment = { column: string; type: string; value: unknown };

const assignments = (): fc.Arbitrary<Assignment> =>
  fc.oneof(
    fc.record({
      column: fc.constant('residence_municipality_id'),
      type: fc.constant('uuid'),
      value: fc.constantFrom(...municipalities),
    }),
    fc.record({
      column: fc.constant('case_status'),
      type: fc.constant('text'),
      value: fc.constantFrom(...CASE_STATUSES),
    }),
    fc.record({
      column: fc.constant('case_opened_at'),
      type: fc.constant('timestamptz'),
      value: fc.constantFrom('2021-03-01T08:00:00Z', '2024-11-15T10:30:00Z', '2026-01-07T00:00:00Z'),
    }),
    fc.record({
      column: fc.constant('law68_category'),
      type: fc.constant('text'),
      value: fc.constantFrom(null, 'DISABLED_ART1', 'PROTECTED_ART18'),
    }),
    fc.record({ column: fc.constant('has_driving_licence'), type: fc.constant('boolean'), value: fc.boolean() }),
    fc.record({
      column: fc.constantFrom('address', 'phone', 'email'),
      type: fc.constant('text'),
      value: fc.constantFrom(null, 'Via Milano 12', '+39 030 123456', 'nome@example.org'),
    }),
    fc.record({ column: fc.constant('has_own_vehicle'), type: fc.constant('boolean'), value: fc.boolean() }),
    fc.record({
      column: fc.constant('updated_at'),
      type: fc.constant('timestamptz'),
      value: fc.constant('2026-12-04T12:00:00Z'),
    }),
  );

/** An UPDATE of some of the people, setting one or two columns (the same column twice is not valid SQL). */
const updates = () =>
  fc.record({
    who: fc.uniqueArray(fc.nat({ max: 11 }), { minLength: 1, maxLength: 4 }),
    set: fc.uniqueArray(assignments(), { minLength: 1, maxLength: 2, selector: (a) => a.column }),
  });

async function refreshCalls(runner: QueryRunner): Promise<number> {
  const [row] = await runner.query(
    `SELECT coalesce(sum(calls), 0)::int AS calls FROM pg_stat_xact_user_functions WHERE funcname = 'refresh_match_profiles'`,
  );
  return row.calls;
}

async function profiles(runner: QueryRunner): Promise<unknown[]> {
  return runner.query(`SELECT to_jsonb(p) - 'updated_at' AS profile FROM match_profile p ORDER BY beneficiary_id`);
}

/** The profiles a rebuild from scratch makes now, in the same transaction; undone at once. */
async function rebuilt(runner: QueryRunner): Promise<unknown[]> {
  await runner.query(`SAVEPOINT rebuild`);
  await runner.query(`DELETE FROM match_profile`);
  await runner.query(`SELECT refresh_match_profiles(ARRAY(SELECT id FROM beneficiary))`);
  const rows = await profiles(runner);
  await runner.query(`ROLLBACK TO SAVEPOINT rebuild`);
  return rows;
}

/** Runs `work` in a transaction that counts function calls, then checks every profile against a rebuild; undone. */
async function thenProfilesAsRebuilt(work: (runner: QueryRunner) => Promise<void>): Promise<void> {
  const runner = server.dataSource.createQueryRunner();
  await runner.startTransaction();
  try {
    await runner.query(`SET LOCAL track_functions = 'pl'`);
    await work(runner);
    expect(await profiles(runner)).toEqual(await rebuilt(runner));
  } finally {
    await runner.rollbackTransaction();
    await runner.release();
  }
}

/** How many refreshes `statement` made, tallied: each property checks that both cases occur. */
async function refreshesBy(
  runner: QueryRunner,
  tally: { refreshed: number; skipped: number },
  statement: () => Promise<unknown>,
): Promise<number> {
  const before = await refreshCalls(runner);
  await statement();
  const called = (await refreshCalls(runner)) - before;
  if (called) tally.refreshed++;
  else tally.skipped++;
  return called;
}

describe('the person trigger of the match profile', () => {
  it('keeps every profile as a rebuild makes it, refreshing exactly when a column it is built from changes', async () => {
    const profileColumns = new Set(
      profileColumnsOf(
        (
          await server.dataSource.query(
            `SELECT prosrc FROM pg_proc WHERE oid = 'refresh_match_profiles(uuid[])'::regprocedure`,
          )
        )[0].prosrc,
      ),
    );
    const tally = { refreshed: 0, skipped: 0 };
    await fc.assert(
      fc.asyncProperty(fc.array(updates(), { minLength: 1, maxLength: 4 }), (commands) =>
        thenProfilesAsRebuilt(async (runner) => {
          for (const { who, set } of commands) {
            const ids = who.map((i) => people[i]);
            const values = set.map((a) => a.value);
            const relevant = set.filter((a) => profileColumns.has(a.column));
            const [{ changing }] = relevant.length
              ? await runner.query(
                  `SELECT count(*)::int AS changing FROM beneficiary WHERE id = ANY($1)
                   AND (${relevant.map((a) => a.column).join(', ')}, true)
                   IS DISTINCT FROM (${relevant.map((a, i) => `$${i + 2}::${a.type}`).join(', ')}, true)`,
                  [ids, ...relevant.map((a) => a.value)],
                )
              : [{ changing: 0 }];
            const called = await refreshesBy(runner, tally, () =>
              runner.query(
                `UPDATE beneficiary SET ${set.map((a, i) => `${a.column} = $${i + 2}::${a.type}`).join(', ')} WHERE id = ANY($1)`,
                [ids, ...values],
              ),
            );
            expect({ set, called }).toEqual({ set, called: changing > 0 ? 1 : 0 });
          }
        }),
      ),
      { numRuns: 60, seed: 20261204 },
    );
    expect(tally.refreshed).toBeGreaterThan(20);
    expect(tally.skipped).toBeGreaterThan(20);
  });

  it('compares exactly the columns the refresh reads of the person today', async () => {
    const bodies = await server.dataSource.query(
      `SELECT proname AS name, prosrc AS body FROM pg_proc
       WHERE proname IN ('refresh_match_profiles', 'match_profile_follow_updated_people')
         AND pronamespace = current_schema()::regnamespace ORDER BY proname`,
    );
    const [trigger, refresh] = bodies.map((row: { body: string }) => row.body);
    const compared = /SELECT ([a-z0-9_, ]+) FROM after EXCEPT SELECT \1 FROM before/.exec(trigger);
    expect(compared).not.toBeNull();
    expect(compared![1].split(', ').sort()).toEqual(profileColumnsOf(refresh));
  });

  it('names the columns the refresh reads of the person, and refuses a body that no longer reads them', () => {
    const body = `FROM beneficiary b LEFT JOIN work_constraints wc ON wc.beneficiary_id = b.id
      WHERE b.case_status NOT IN ('CLOSED') AND blank.bits IS NOT NULL AND bs.level > 1 AND b.law68_category IS NULL`;
    expect(profileColumnsOf(body)).toEqual(['case_status', 'id', 'law68_category']);
    expect(() => profileColumnsOf(body.replace('beneficiary b', 'beneficiary person'))).toThrow();
    expect(() => profileColumnsOf(body.replace(/b\.case_status/, 'status'))).toThrow();
  });
});

describe('the case history trigger of the match profile', () => {
  /** A step of some person's history: a closure or not, at one of a few instants, or exactly at their last closure. */
  const steps = () =>
    fc.record({
      who: fc.nat({ max: 11 }),
      to: fc.constantFrom(...CASE_STATUSES),
      at: fc.constantFrom(
        '2019-05-02T07:00:00Z',
        '2022-06-30T22:30:00Z',
        '2025-03-30T01:30:00Z',
        'last closure',
        'now',
      ),
    });

  it('keeps every profile as a rebuild makes it, refreshing only for a closure or a step at or before the last one', async () => {
    const tally = { refreshed: 0, skipped: 0 };
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(steps(), { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 4 }),
        (inserts) =>
          thenProfilesAsRebuilt(async (runner) => {
            for (const rows of inserts) {
              const ids = rows.map((row) => people[row.who]);
              const closures: Array<{ id: string; last: Date | null }> = await runner.query(
                `SELECT p.id, (SELECT max(changed_at) FROM case_status_change c
                 WHERE c.beneficiary_id = p.id AND c.to_status = 'CLOSED') AS last
               FROM unnest($1::uuid[]) AS p(id)`,
                [ids],
              );
              const lastClosure = new Map(closures.map((c) => [c.id, c.last]));
              const [{ now }] = await runner.query(`SELECT now() AS now`);
              const at = rows.map((row, i) =>
                row.at === 'now'
                  ? now
                  : row.at === 'last closure'
                    ? (lastClosure.get(ids[i]) ?? now)
                    : new Date(row.at),
              );
              const counts = rows.some((row, i) => {
                const last = lastClosure.get(ids[i]);
                return row.to === 'CLOSED' || (last !== null && last !== undefined && at[i] <= last);
              });
              const called = await refreshesBy(runner, tally, () =>
                runner.query(
                  `INSERT INTO case_status_change (beneficiary_id, to_status, changed_at, reason)
                 SELECT * FROM unnest($1::uuid[], $2::text[], $3::timestamptz[], $4::text[])`,
                  [ids, rows.map((row) => row.to), at, rows.map(() => 'test')],
                ),
              );
              expect({ rows, called }).toEqual({ rows, called: counts ? 1 : 0 });
            }
          }),
      ),
      { numRuns: 60, seed: 20261205 },
    );
    expect(tally.refreshed).toBeGreaterThan(20);
    expect(tally.skipped).toBeGreaterThan(20);
  });
});
