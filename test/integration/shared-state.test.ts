import { createHash, randomBytes } from 'node:crypto';
import Redis from 'ioredis';
import { Client } from 'pg';
import { hashPassword } from '../../src/modules/auth/passwords';
import { PonteProcess, schemaUrl, startPonteProcess } from '../helpers/ponte-process';
import { startTcpProxy, TcpProxy } from '../helpers/tcp-proxy';
import { TEST_DATABASE_URL } from '../helpers/test-server';

/*
 * Two Ponte processes on two ports, one database and one Redis (127.0.0.1:6379, under a key prefix of this run):
 * a client that alternates between them is limited as one, a persisted query registered on one is served by the
 * other, an account locked through one is locked on both. A third process reaches Redis through a relay the test
 * cuts, to show what an outage of Redis does.
 */
const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const schema = `test_${randomBytes(6).toString('hex')}`;
const prefix = `ponte-test-${randomBytes(6).toString('hex')}:`;
const LIMIT = 12;
const PASSWORD = 'una-password-lunga-abbastanza';
const METRICS_TOKEN = randomBytes(16).toString('hex');
const env = {
  NODE_ENV: 'production',
  DATABASE_URL: schemaUrl(schema),
  PONTE_JWT_SECRET: randomBytes(32).toString('hex'),
  PONTE_METRICS_TOKEN: METRICS_TOKEN,
  PONTE_REDIS_PREFIX: prefix,
  PONTE_REQUESTS_PER_MINUTE: String(LIMIT),
};
const SIGN_IN = `mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { accessToken } }`;

let a: PonteProcess;
let b: PonteProcess;
let relay: TcpProxy;
let cutOff: PonteProcess;

async function sql(text: string, values: unknown[] = []): Promise<any[]> {
  const client = new Client({ connectionString: schemaUrl(schema) });
  await client.connect();
  try {
    return (await client.query(text, values)).rows;
  } finally {
    await client.end();
  }
}

async function post(ponte: PonteProcess, body: object, token?: string): Promise<{ status: number; json: any }> {
  const response = await fetch(`${ponte.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  return { status: response.status, json: await response.json() };
}

async function account(email: string): Promise<void> {
  await sql(
    `INSERT INTO operator (given_name, family_name, email, role, password_hash) VALUES ('Prova', 'Redis', $1, 'COORDINATOR', $2)`,
    [email, await hashPassword(PASSWORD)],
  );
}

async function signIn(ponte: PonteProcess, email: string, password = PASSWORD): Promise<any> {
  return (await post(ponte, { query: SIGN_IN, variables: { e: email, p: password } })).json;
}

async function metrics(ponte: PonteProcess): Promise<string> {
  const response = await fetch(`${ponte.url}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } });
  return response.text();
}

beforeAll(async () => {
  const admin = new Client({ connectionString: TEST_DATABASE_URL });
  await admin.connect();
  await admin.query(`CREATE SCHEMA ${schema}`);
  await admin.end();
  // One after the other: the first migrates the schema.
  a = await startPonteProcess({ ...env, REDIS_URL });
  b = await startPonteProcess({ ...env, REDIS_URL });
  const redis = new URL(REDIS_URL);
  relay = await startTcpProxy({ host: redis.hostname, port: Number(redis.port || 6379) });
  // Counts of its own: the requests the other tests send without a token (one address, 127.0.0.1) would otherwise
  // use up the minute's allowance its first sign-in needs, the more so when a persisted query takes a retry to land.
  cutOff = await startPonteProcess({
    ...env,
    PONTE_REDIS_PREFIX: `${prefix}cut-off:`,
    REDIS_URL: `redis://127.0.0.1:${relay.port}`,
  });
}, 180_000);

afterAll(async () => {
  await Promise.all([a, b, cutOff].filter(Boolean).map((ponte) => ponte.stop()));
  await relay?.close();
  const redis = new Redis(REDIS_URL);
  const keys = await redis.keys(`${prefix}*`);
  if (keys.length > 0) await redis.del(...keys);
  redis.disconnect();
  const admin = new Client({ connectionString: TEST_DATABASE_URL });
  await admin.connect();
  await admin.query(`DROP SCHEMA ${schema} CASCADE`);
  await admin.end();
});

describe('two processes sharing one Redis', () => {
  it('limit a client that alternates between them as one client', async () => {
    await account('alterna@giustaoccupazione.example');
    const token = (await signIn(a, 'alterna@giustaoccupazione.example')).data.signIn.accessToken;
    const statuses: number[] = [];
    for (let i = 0; i < 2 * LIMIT; i += 1)
      statuses.push((await post(i % 2 === 0 ? a : b, { query: '{ __typename }' }, token)).status);
    expect(statuses.filter((status) => status === 200)).toHaveLength(LIMIT);
    expect(statuses.slice(LIMIT).every((status) => status === 429)).toBe(true);
    expect(await metrics(b)).toMatch(/^ponte_rate_limit_refusals_total [1-9]/m);
  });

  it('serve on one a persisted query registered on the other', async () => {
    const query = `query Persisted${randomBytes(4).toString('hex')} { __typename }`;
    const persistedQuery = { version: 1, sha256Hash: createHash('sha256').update(query).digest('hex') };
    const unknown = await post(b, { extensions: { persistedQuery } });
    expect(unknown.json.errors[0].extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    expect((await post(a, { query, extensions: { persistedQuery } })).json.data).toEqual({ __typename: 'Query' });
    // Apollo stores a registered query without making the answer wait for it: give the write a moment to land.
    let served = await post(b, { extensions: { persistedQuery } });
    for (let attempt = 0; attempt < 20 && served.json.errors; attempt += 1) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      served = await post(b, { extensions: { persistedQuery } });
    }
    expect(served.json).toEqual({ data: { __typename: 'Query' } });
  });

  it('lock on both an account whose wrong passwords were tried on either', async () => {
    await account('bersaglio.condiviso@giustaoccupazione.example');
    for (let i = 0; i < 5; i += 1) {
      const guess = await signIn(
        i % 2 === 0 ? a : b,
        'bersaglio.condiviso@giustaoccupazione.example',
        `tentativo-${i}`,
      );
      expect(guess.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    }
    for (const ponte of [a, b]) {
      const right = await signIn(ponte, 'bersaglio.condiviso@giustaoccupazione.example');
      expect(right.errors[0].extensions.code).toBe('RATE_LIMITED');
    }
    expect(await metrics(a)).toMatch(/^ponte_sign_in_failures_total\{outcome="UNAUTHENTICATED"\} [1-9]/m);
  });
});

describe('a process whose Redis goes away', () => {
  it('keeps serving, counts in its own memory, logs the outage once and counts it in a metric', async () => {
    await account('senza.redis@giustaoccupazione.example');
    const token = (await signIn(cutOff, 'senza.redis@giustaoccupazione.example')).data.signIn.accessToken;
    expect(await metrics(cutOff)).toMatch(/^ponte_redis_up 1/m);
    await relay.cut();

    const statuses: number[] = [];
    for (let i = 0; i < LIMIT + 2; i += 1)
      statuses.push((await post(cutOff, { query: '{ __typename }' }, token)).status);
    // Served, and still limited: by this process's own count.
    expect(statuses.slice(0, LIMIT).every((status) => status === 200)).toBe(true);
    expect(statuses.slice(LIMIT)).toEqual([429, 429]);

    // Sign-in lockouts keep working too, per process.
    for (let i = 0; i < 5; i += 1) await signIn(cutOff, 'nessuno@giustaoccupazione.example', `tentativo-${i}`);
    expect((await signIn(cutOff, 'nessuno@giustaoccupazione.example')).errors[0].extensions.code).toBe('RATE_LIMITED');

    const text = await metrics(cutOff);
    expect(text).toMatch(/^ponte_redis_up 0/m);
    expect(text).toMatch(/^ponte_shared_state_fallbacks_total\{component="rate_limit"\} [1-9]/m);
    expect(text).toMatch(/^ponte_shared_state_fallbacks_total\{component="sign_in_lockout"\} [1-9]/m);
    const outageLines = cutOff
      .output()
      .split('\n')
      .filter((line) => line.includes('"shared_state_fallback"') && line.includes('"rate_limit"'));
    expect(outageLines).toHaveLength(1);
    expect(JSON.parse(outageLines[0])).toMatchObject({
      level: 40,
      event: 'shared_state_fallback',
      component: 'rate_limit',
    });

    // Still in the load balancer's pool (it serves), reported as degraded.
    const ready = await fetch(`${cutOff.url}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({
      status: 'degraded',
      checks: { database: { ok: true }, redis: { ok: false } },
    });
    expect(await (await fetch(`${a.url}/readyz`)).json()).toMatchObject({
      status: 'ready',
      checks: { redis: { ok: true } },
    });
  });
});
