import fc from 'fast-check';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { createPonteDataSource } from '../../src/app/data-source';
import { preparingClient, StatementNames } from '../../src/db/prepared-statements';
import { TEST_DATABASE_URL } from '../helpers/test-server';

/** What the connection's own session holds prepared, by text. */
async function preparedOn(query: (sql: string) => Promise<Array<{ statement: string }>>): Promise<string[]> {
  const rows = await query(`SELECT statement FROM pg_prepared_statements ORDER BY statement`);
  return rows.map((row) => row.statement);
}

async function withClient<T>(client: Client, action: (client: Client) => Promise<T>): Promise<T> {
  await client.connect();
  try {
    return await action(client);
  } finally {
    await client.end();
  }
}

function newClient(names = new StatementNames(), maxPerConnection?: number): Client {
  const PreparingClient = preparingClient(names, maxPerConnection);
  return new PreparingClient({ connectionString: TEST_DATABASE_URL });
}

const sessionPrepared = (client: Client) => preparedOn(async (sql) => (await client.query(sql)).rows);

describe('repeated statements prepared on each connection', () => {
  it('sends a statement unnamed the first time, then prepared once, with the same answers', () =>
    withClient(newClient(), async (client) => {
      const text = 'SELECT $1::int + 1 AS n, $2::text AS t';
      const answers = [];
      for (let i = 0; i < 8; i++) answers.push((await client.query(text, [i, `voce ${i}`])).rows[0]);
      expect(answers).toEqual(Array.from({ length: 8 }, (_, i) => ({ n: i + 1, t: `voce ${i}` })));
      expect(await sessionPrepared(client)).toEqual([text]);
    }));

  it('prepares nothing sent once, and without parameters only one SELECT', () =>
    withClient(newClient(), async (client) => {
      await client.query('SELECT $1::int AS once', [1]);
      for (let i = 0; i < 2; i++) {
        expect((await client.query('SELECT 1 AS plain', [])).rows).toEqual([{ plain: 1 }]);
        await client.query('SELECT 2 AS a; SELECT 3 AS b', []);
        await client.query("SELECT ';' AS semicolon", []);
        await client.query('SET search_path TO public', []);
        await client.query('SELECT 4 AS without_values');
      }
      expect(await sessionPrepared(client)).toEqual(['SELECT 1 AS plain']);
    }));

  it('keeps at most the limit of prepared statements on one connection, answering every statement past it', () =>
    withClient(newClient(new StatementNames(), 5), async (client) => {
      for (let round = 0; round < 3; round++) {
        for (let i = 0; i < 20; i++) {
          const { rows } = await client.query(`SELECT $1::int * ${i} AS n`, [round]);
          expect(rows[0].n).toBe(round * i);
        }
      }
      expect(await sessionPrepared(client)).toHaveLength(5);
    }));

  it('shares which texts to prepare between connections, each preparing them on its own session', async () => {
    const names = new StatementNames();
    const text = 'SELECT $1::text AS greeting';
    await withClient(newClient(names), (client) => client.query(text, ['buongiorno']));
    await withClient(newClient(names), async (client) => {
      expect((await client.query(text, ['buonasera'])).rows).toEqual([{ greeting: 'buonasera' }]);
      expect(await sessionPrepared(client)).toEqual([text]);
    });
  });

  it('keeps working after a prepared statement fails, in and after a rolled-back transaction', () =>
    withClient(newClient(), async (client) => {
      await client.query('CREATE TEMP TABLE prova (code text PRIMARY KEY)');
      const insert = 'INSERT INTO prova (code) VALUES ($1)';
      await client.query(insert, ['A']);
      await client.query('BEGIN');
      await expect(client.query(insert, ['A'])).rejects.toMatchObject({ code: '23505' });
      await expect(client.query(insert, ['B'])).rejects.toMatchObject({ code: '25P02' });
      await client.query('ROLLBACK');
      await client.query(insert, ['B']);
      const broken = 'SELECT $1::int FROM tabella_che_non_esiste';
      for (let i = 0; i < 3; i++) await expect(client.query(broken, [i])).rejects.toMatchObject({ code: '42P01' });
      expect((await client.query('SELECT code FROM prova ORDER BY code')).rows).toEqual([{ code: 'A' }, { code: 'B' }]);
      expect(await sessionPrepared(client)).toEqual([insert]);
    }));

  it('gives each text its own name and the same name every time, remembering a bounded number of texts', () => {
    const sendings = fc
      .uniqueArray(fc.string({ maxLength: 8 }), { minLength: 1, maxLength: 12 })
      .chain((pool) => fc.array(fc.constantFrom(...pool), { maxLength: 300 }));
    fc.assert(
      fc.property(sendings, fc.integer({ min: 1, max: 20 }), (texts, remembered) => {
        const names = new StatementNames(remembered);
        const named = new Map<string, string>();
        let previous: string | null = null;
        for (const text of texts) {
          const name = names.nameFor(text);
          if (text === previous) expect(name).not.toBeNull();
          if (name) {
            expect(name).toMatch(/^ponte_[A-Za-z0-9_-]{40}$/);
            expect(name).toBe(named.get(text) ?? name);
            named.set(text, name);
          }
          expect(names.size).toBeLessThanOrEqual(2 * remembered);
          previous = text;
        }
        expect(new Set(named.values()).size).toBe(named.size);
      }),
    );
  });
});

describe("Ponte's data source", () => {
  async function preparedThroughDataSource(preparedStatements: boolean): Promise<string[]> {
    const dataSource: DataSource = createPonteDataSource({ url: TEST_DATABASE_URL, preparedStatements, poolSize: 1 });
    await dataSource.initialize();
    try {
      const runner = dataSource.createQueryRunner();
      await runner.connect();
      try {
        for (let i = 0; i < 3; i++) await runner.query('SELECT $1::int AS n', [i]);
        return await preparedOn((sql) => runner.query(sql));
      } finally {
        await runner.release();
      }
    } finally {
      await dataSource.destroy();
    }
  }

  it('prepares repeated statements unless told not to', async () => {
    expect(await preparedThroughDataSource(true)).toEqual(['SELECT $1::int AS n']);
    expect(await preparedThroughDataSource(false)).toEqual([]);
  });
});
