import fc from 'fast-check';
import { ColumnTypes, RowWriting, rowWriter } from '../../src/seed/bulk-insert';
import { BulkLoad, SEEDED_TABLES } from '../../src/seed/bulk-load';
import { isDatabaseEmpty, seedDemoData } from '../../src/seed/demo-data';
import { startTestServer, TestServer } from '../helpers/test-server';

let copied: TestServer;
let inserted: TestServer;
const SMALL = { beneficiaries: 120, employers: 15, openings: 40 };

beforeAll(async () => {
  [copied, inserted] = await Promise.all([startTestServer(), startTestServer()]);
  await seedDemoData(copied.dataSource, { ...SMALL, writing: 'copy' });
  await seedDemoData(inserted.dataSource, { ...SMALL, writing: 'insert' });
}, 120_000);
afterAll(async () => {
  await copied?.close();
  await inserted?.close();
});

/**
 * Reference data (municipalities, skills, occupations…) gets random IDs when a schema is migrated, so the same row
 * has another ID in each schema: each is named instead by its table and its place among the table's rows ordered
 * by everything but the ID.
 */
async function referenceNames(server: TestServer): Promise<Map<string, string>> {
  const tables: Array<{ table: string }> = await server.dataSource.query(
    `SELECT table_name AS table FROM information_schema.columns
     WHERE table_schema = current_schema() AND column_name = 'id' AND data_type = 'uuid'
       AND NOT table_name = ANY($1::text[])`,
    [[...SEEDED_TABLES]],
  );
  const names = new Map<string, string>();
  for (const { table } of tables) {
    const rows: Array<{ id: string; place: string }> = await server.dataSource.query(
      `SELECT id, row_number() OVER (ORDER BY (to_jsonb(t) - 'id')::text) AS place FROM ${table} t`,
    );
    for (const { id, place } of rows) names.set(id, `${table}#${place}`);
  }
  return names;
}

/**
 * A table's rows as comparable text, without what the database fills in by itself when a row is written (now(),
 * a random default) and the demo accounts' password hashes (salted): those differ between any two loads.
 */
async function rowsOf(server: TestServer, table: string): Promise<string[]> {
  const volatile: Array<{ name: string }> = await server.dataSource.query(
    `SELECT column_name AS name FROM information_schema.columns
     WHERE table_schema = current_schema() AND table_name = $1
       AND (column_default ~ '(now|random|uuid_generate)' OR column_name = 'password_hash')`,
    [table],
  );
  const rows: Array<{ row: string }> = await server.dataSource.query(
    `SELECT (to_jsonb(t) - $1::text[])::text AS row FROM ${table} t ORDER BY 1`,
    [volatile.map((c) => c.name)],
  );
  const names = await referenceNames(server);
  return rows
    .map((r) =>
      r.row.replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, (id) => names.get(id) ?? id),
    )
    .sort();
}

/** Every index of the schema, as the statement that makes it (without the schema's own name). */
async function indexesOf(server: TestServer): Promise<string[]> {
  const rows: Array<{ definition: string }> = await server.dataSource.query(
    `SELECT replace(indexdef, schemaname || '.', '') AS definition FROM pg_indexes
     WHERE schemaname = current_schema() ORDER BY indexname`,
  );
  return rows.map((r) => r.definition);
}

describe('the seed’s bulk load', () => {
  it('writes the same rows by COPY as by INSERT in every table it loads, and the same match profiles', async () => {
    for (const table of [...SEEDED_TABLES, 'match_profile', 'opening_match_profile']) {
      const [byCopy, byInsert] = await Promise.all([rowsOf(copied, table), rowsOf(inserted, table)]);
      expect(byCopy.length).toBeGreaterThan(0);
      expect({ table, rows: byCopy }).toEqual({ table, rows: byInsert });
    }
  });

  it('puts every trigger back once loaded, and the profiles follow a change again', async () => {
    const disabled = await copied.dataSource.query(
      `SELECT c.relname, t.tgname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid
       WHERE c.relnamespace = current_schema()::regnamespace AND NOT t.tgisinternal AND t.tgenabled <> 'O'`,
    );
    expect(disabled).toEqual([]);
    const [person] = await copied.dataSource.query(
      `SELECT p.beneficiary_id AS id FROM match_profile p ORDER BY p.beneficiary_id LIMIT 1`,
    );
    await copied.dataSource.query(`UPDATE work_constraints SET max_commute_km = 17 WHERE beneficiary_id = $1`, [
      person.id,
    ]);
    const [profile] = await copied.dataSource.query(
      `SELECT max_commute_km FROM match_profile WHERE beneficiary_id = $1`,
      [person.id],
    );
    expect(profile.max_commute_km).toBe(17);
  });

  it('refuses to write a table whose triggers it has not set aside, and writes nothing there', async () => {
    const runner = copied.dataSource.createQueryRunner();
    await runner.startTransaction();
    try {
      const load = await BulkLoad.begin(runner.manager, 'copy');
      const [{ before }] = await runner.query(`SELECT count(*)::int AS before FROM case_note`);
      await expect(load.write('case_note', { body: 'text' }, [{ body: 'scritta dal seed' }])).rejects.toThrow(
        /case_note.*SEEDED_TABLES/,
      );
      const [{ after }] = await runner.query(`SELECT count(*)::int AS after FROM case_note`);
      expect(after).toBe(before);
    } finally {
      await runner.rollbackTransaction();
      await runner.release();
    }
  });

  it('leaves the triggers on and the database empty when a load fails half-way', async () => {
    const other = await startTestServer();
    try {
      let messages = 0;
      const failing = seedDemoData(other.dataSource, {
        ...SMALL,
        log: () => {
          // The first message comes once the staff are written, with the triggers already set aside.
          if (++messages === 2) throw new Error('interrupted');
        },
      });
      await expect(failing).rejects.toThrow('interrupted');
      expect(await isDatabaseEmpty(other.dataSource)).toBe(true);
      // The indexes it set aside are there, as they are where a load succeeded, as the migrations made them.
      const indexes = await indexesOf(other);
      expect(indexes).toEqual(await indexesOf(copied));
      expect(indexes).toContain(
        'CREATE INDEX monitoring_visit_placement_idx ON monitoring_visit USING btree (placement_id, planned_on)',
      );
      const [{ n }] = await other.dataSource.query(`SELECT count(*)::int AS n FROM operator WHERE is_demo`);
      expect(n).toBe(0);
      const disabled = await other.dataSource.query(
        `SELECT t.tgname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid
         WHERE c.relnamespace = current_schema()::regnamespace AND NOT t.tgisinternal AND t.tgenabled <> 'O'`,
      );
      expect(disabled).toEqual([]);
    } finally {
      await other.close();
    }
  });
});

/** Text as a person could type it, and the characters CSV, COPY and array literals treat apart. */
const text = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 12 }).filter((s) => !s.includes('\u0000')),
  fc.constantFrom('', ' ', '"', '""', ',', '\n', '\r\n', '\\', '\\N', 'NULL', '{}', '{"a",b}', "l'ufficio", 'città'),
);
const row = fc.record({
  label: fc.option(text, { nil: null }),
  tags: fc.option(fc.array(fc.option(text, { nil: null }), { maxLength: 4 }), { nil: null }),
  flag: fc.option(fc.boolean(), { nil: null }),
  hours: fc.option(fc.integer({ min: -32768, max: 32767 }), { nil: null }),
  day: fc.option(
    fc
      .date({ min: new Date('1900-01-01'), max: new Date('2100-12-31'), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10)),
    { nil: null },
  ),
  at: fc.option(fc.date({ min: new Date('1900-01-01'), max: new Date('2100-12-31'), noInvalidDate: true }), {
    nil: null,
  }),
});
const COLUMNS: ColumnTypes = {
  n: 'integer',
  label: 'text',
  tags: 'text[]',
  flag: 'boolean',
  hours: 'smallint',
  day: 'date',
  at: 'timestamptz',
};

/** Writes the rows into a temporary table in one of the two ways and reads them back as PostgreSQL shows them. */
async function roundTrip(writing: RowWriting, rows: Array<Record<string, unknown>>): Promise<unknown[]> {
  return copied.dataSource.transaction(async (manager) => {
    await manager.query(
      `CREATE TEMPORARY TABLE written (n integer, label text, tags text[], flag boolean, hours smallint, day date,
       at timestamptz) ON COMMIT DROP`,
    );
    await rowWriter(manager, writing)('written', COLUMNS, rows);
    return manager.query(`SELECT n, label, tags, flag, hours, day::text AS day, at FROM written ORDER BY n`);
  });
}

describe('the two ways of writing rows', () => {
  it('write any text, list, truth value, number, day and instant exactly as given, NULL only for a missing value', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(row, { minLength: 1, maxLength: 8 }), async (generated) => {
        const rows = generated.map((r, n) => ({ n, ...r }));
        const [byCopy, byInsert] = [await roundTrip('copy', rows), await roundTrip('insert', rows)];
        expect(byCopy).toEqual(rows);
        expect(byInsert).toEqual(rows);
      }),
      { numRuns: 60 },
    );
  });
});
