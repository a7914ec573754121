import fc from 'fast-check';
import { isObjectType } from 'graphql';
import { Client } from 'pg';
import { HEAVY_FIELDS } from '../../src/graphql/heavy-fields';
import { buildPonteSchema } from '../../src/app/schema';
import { insertRow } from '../helpers/fixtures';
import { statementsOn } from '../helpers/sql-counter';
import { GraphQLResponse, startTestServer, TEST_DATABASE_URL, TestServer } from '../helpers/test-server';

/**
 * What one request may cost, priced before anything runs: heavy fields carry a declared cost, page sizes count
 * whether written in the query, sent as variables or left to the default; and the heaviest operations run one at
 * a time per operator.
 */

let server: TestServer;
let otherCoordinatorId: string;

beforeAll(async () => {
  server = await startTestServer();
  otherCoordinatorId = await insertRow(server, 'operator', {
    given_name: 'Seconda',
    family_name: 'Coordinatrice',
    email: 'seconda.coordinatrice@giustaoccupazione.example',
    role: 'COORDINATOR',
  });
});
afterAll(() => server.close());

const PLAN = 'placementPlan(ambito: 3) { totalScore assignments { score } }';

function aliased(count: number, field: string): string {
  return `{ ${Array.from({ length: count }, (_, i) => `a${i}: ${field}`).join(' ')} }`;
}

function code(response: GraphQLResponse): string | undefined {
  return response.errors?.[0]?.extensions?.code;
}

describe('heavy fields', () => {
  it('are all fields of the schema, so that none of the table is a misspelling that prices nothing', async () => {
    const schema = await buildPonteSchema();
    for (const key of Object.keys(HEAVY_FIELDS)) {
      const [typeName, fieldName] = key.split('.');
      const type = schema.getType(typeName);
      expect({ key, exists: isObjectType(type) && fieldName in type.getFields() }).toEqual({ key, exists: true });
    }
  });

  it('refuse 30 aliased placement plans in one request before running any', async () => {
    const { result, statements } = await server.sql.count(() => server.gql(aliased(30, PLAN)));
    expect(code(result)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(result.errors![0].message).toMatch(/^Superato il limite di costo della query \(5000\): costo [\d.]+\./);
    expect(statementsOn(statements, 'opening')).toEqual([]);
  });

  it('allow one placement plan in a request, not two', async () => {
    expect((await server.gql(`{ ${PLAN} }`)).errors).toBeUndefined();
    expect(code(await server.gql(aliased(2, PLAN)))).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('refuse 30 aliased rankings and statistics, which each run a full search', async () => {
    const ranking = 'matchOpenings(beneficiaryId: "x") { matches { score } }';
    expect(code(await server.gql(aliased(30, ranking)))).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(code(await server.gql(aliased(30, 'serviceStatistics(year: 2025) { csv }')))).toBe(
      'GRAPHQL_VALIDATION_FAILED',
    );
    expect(code(await server.gql(aliased(30, 'quotaDashboard(first: 1) { totalCount }')))).toBe(
      'GRAPHQL_VALIDATION_FAILED',
    );
  });
});

describe('page sizes', () => {
  const FIELDS =
    'edges { node { givenName familyName residence { name ambito { number name } } skills { level skill { code labelIt } } } }';

  it('are priced the same written in the query, sent as a variable, or left to the default (20)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.option(fc.integer({ min: 1, max: 100 }), { nil: undefined }), async (first) => {
        const literal = await server.gql(
          `{ beneficiaries${first === undefined ? '' : `(first: ${first})`} { ${FIELDS} } }`,
        );
        const variable = await server.gql(`query($n: Int) { beneficiaries(first: $n) { ${FIELDS} } }`, {
          n: first ?? null,
        });
        const explicitDefault =
          first === undefined ? await server.gql(`{ beneficiaries(first: 20) { ${FIELDS} } }`) : literal;
        expect([code(variable), code(explicitDefault)]).toEqual([code(literal), code(literal)]);
      }),
      { numRuns: 30, examples: [[100], [5], [undefined]] },
    );
  });

  it('refuse 100 people with their skills sent as a variable, as when written in the query', async () => {
    const response = await server.gql(`query($n: Int) { beneficiaries(first: $n) { ${FIELDS} } }`, { n: 100 });
    expect(code(response)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(response.errors![0].message).toMatch(/limite di costo/);
  });
});

describe('one placement plan at a time per operator', () => {
  /** Holds every statement that reads openings, so that a plan stays running until the test lets it go. */
  async function holdOpenings(): Promise<{ release(): Promise<void>; waiting(): Promise<number> }> {
    const client = new Client({ connectionString: TEST_DATABASE_URL });
    await client.connect();
    const [{ schema }] = (await server.dataSource.query('SELECT current_schema() AS schema')) as Array<{
      schema: string;
    }>;
    await client.query(`BEGIN; LOCK TABLE ${schema}.opening IN ACCESS EXCLUSIVE MODE`);
    return {
      async waiting() {
        const { rows } = await client.query(
          `SELECT count(*)::int AS n FROM pg_locks WHERE relation = '${schema}.opening'::regclass AND NOT granted`,
        );
        return rows[0].n;
      },
      async release() {
        await client.query('COMMIT');
        await client.end();
      },
    };
  }

  async function until(condition: () => Promise<boolean>): Promise<void> {
    for (let i = 0; i < 200 && !(await condition()); i += 1) await new Promise((resolve) => setTimeout(resolve, 25));
  }

  it('refuses a second plan while the operator’s first runs, with RATE_LIMITED, and lets other operators plan', async () => {
    const hold = await holdOpenings();
    let first: Promise<GraphQLResponse>;
    let other: Promise<GraphQLResponse>;
    try {
      first = server.gql(`{ ${PLAN} }`);
      await until(async () => (await hold.waiting()) >= 1);
      // Answered at once, or else held with the first in the database: then it was let through.
      let answered = false;
      const sent = fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(await server.authorization(server.coordinatorId)) },
        body: JSON.stringify({ query: `{ ${PLAN} }` }),
      }).finally(() => {
        answered = true;
      });
      await until(async () => answered || (await hold.waiting()) >= 2);
      expect(answered).toBe(true);
      const response = await sent;
      expect(response.status).toBe(429);
      const second = (await response.json()) as GraphQLResponse;
      expect(second.errors![0].extensions).toEqual({ code: 'RATE_LIMITED' });
      expect(second.errors![0].message).toMatch(/placementPlan/);
      other = server.gql(`{ ${PLAN} }`, undefined, { as: otherCoordinatorId });
      await until(async () => (await hold.waiting()) >= 2);
      expect(await hold.waiting()).toBe(2);
    } finally {
      await hold.release();
    }
    expect((await first!).errors).toBeUndefined();
    expect((await other!).errors).toBeUndefined();
    // Finished, the plan frees its place.
    expect((await server.gql(`{ ${PLAN} }`)).errors).toBeUndefined();
  });
});
