import { startTestServer, TestServer } from '../helpers/test-server';

/*
 * What a load balancer and a monitoring system read: /healthz, /readyz, /metrics, on the real server over PostgreSQL.
 */
let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

async function metrics(): Promise<string> {
  const response = await fetch(`${server.url}/metrics`);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
  return response.text();
}

describe('health', () => {
  it('/healthz answers while the process runs', async () => {
    const response = await fetch(`${server.url}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
  });

  it('/readyz is ready with the database reachable and migrated, no Redis configured', async () => {
    const response = await fetch(`${server.url}/readyz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      status: 'ready',
      checks: { database: { ok: true }, migrations: { ok: true } },
    });
  });

  it('/readyz is unready while a migration is pending', async () => {
    const [last] = await server.dataSource.query(`SELECT * FROM migrations ORDER BY timestamp DESC LIMIT 1`);
    await server.dataSource.query(`DELETE FROM migrations WHERE id = $1`, [last.id]);
    try {
      const response = await fetch(`${server.url}/readyz`);
      expect(response.status).toBe(503);
      expect(((await response.json()) as any).checks.migrations).toEqual({
        ok: false,
        reason: 'migrations are pending',
      });
    } finally {
      await server.dataSource.query(`INSERT INTO migrations (id, timestamp, name) VALUES ($1, $2, $3)`, [
        last.id,
        last.timestamp,
        last.name,
      ]);
    }
  });
});

describe('/metrics', () => {
  it('counts requests by root fields and outcome, never by the name a client chose', async () => {
    await server.gql(`query MioNomeInventato { beneficiaries(first: 1) { totalCount } }`);
    await server.gql(`{ campoCheNonEsiste }`);
    const text = await metrics();
    expect(text).toMatch(/^ponte_graphql_request_duration_seconds_count\{operation="beneficiaries",outcome="ok"\} 1$/m);
    expect(text).toMatch(
      /^ponte_graphql_request_duration_seconds_count\{operation="\(none\)",outcome="GRAPHQL_VALIDATION_FAILED"\} 1$/m,
    );
    expect(text).not.toMatch(/MioNomeInventato|campoCheNonEsiste/);
  });

  it('reports the pool and the sign-in failures', async () => {
    await server.gql(
      `mutation { signIn(email: "nessuno@giustaoccupazione.example", password: "sbagliata-davvero") { accessToken } }`,
      {},
      { as: null },
    );
    const text = await metrics();
    expect(text).toMatch(/^ponte_db_pool_connections_in_use \d+$/m);
    expect(text).toMatch(/^ponte_db_pool_requests_waiting \d+$/m);
    expect(text).toMatch(/^ponte_sign_in_failures_total\{outcome="UNAUTHENTICATED"\} 1$/m);
    expect(text).not.toMatch(/nessuno@/);
  });

  it('asks for the token when one is set, and is off in production without one', async () => {
    const token = 'un-token-per-le-metriche-2026';
    const guarded = await startTestServer({
      config: { operations: { ...server.config.operations, metricsToken: token } },
    });
    const production = await startTestServer({
      config: { nodeEnv: 'production', operations: { ...server.config.operations, metricsToken: null } },
    });
    try {
      expect((await fetch(`${guarded.url}/metrics`)).status).toBe(401);
      expect(
        (await fetch(`${guarded.url}/metrics`, { headers: { authorization: 'Bearer altro-token-sbagliato-2026' } }))
          .status,
      ).toBe(401);
      expect((await fetch(`${guarded.url}/metrics`, { headers: { authorization: `Bearer ${token}` } })).status).toBe(
        200,
      );
      expect((await fetch(`${production.url}/metrics`)).status).toBe(404);
    } finally {
      await guarded.close();
      await production.close();
    }
  });
});
