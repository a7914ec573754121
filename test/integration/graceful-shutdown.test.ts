import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { hashPassword } from '../../src/modules/auth/passwords';
import { PonteProcess, schemaUrl, startPonteProcess } from '../helpers/ponte-process';
import { TEST_DATABASE_URL } from '../helpers/test-server';

/*
 * SIGTERM as a process manager or a rolling deployment sends it: the process stops accepting, finishes what is in
 * flight (here a sign-in held back by a table lock the test takes), closes its pools and exits 0. Its request log is
 * one JSON line per request with an id, the operation, the outcome and the duration.
 */
const schema = `test_${randomBytes(6).toString('hex')}`;
const EMAIL = 'turno.serale@giustaoccupazione.example';
const PASSWORD = 'una-password-lunga-abbastanza';
const SIGN_IN = `mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { accessToken } }`;

async function admin<T>(action: (client: Client) => Promise<T>, url = TEST_DATABASE_URL): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await action(client);
  } finally {
    await client.end();
  }
}

function start(timeoutMs: number): Promise<PonteProcess> {
  return startPonteProcess({
    NODE_ENV: 'production',
    DATABASE_URL: schemaUrl(schema),
    PONTE_JWT_SECRET: randomBytes(32).toString('hex'),
    PONTE_SHUTDOWN_TIMEOUT_MS: String(timeoutMs),
  });
}

function signIn(ponte: PonteProcess) {
  return fetch(`${ponte.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-request-id': 'richiesta-in-volo-1' },
    body: JSON.stringify({ query: SIGN_IN, variables: { e: EMAIL, p: PASSWORD } }),
  });
}

/** Holds every statement on `operator` until the returned function is called. */
async function lockOperators(): Promise<() => Promise<void>> {
  const client = new Client({ connectionString: schemaUrl(schema) });
  await client.connect();
  await client.query('BEGIN');
  await client.query('LOCK TABLE operator IN ACCESS EXCLUSIVE MODE');
  return async () => {
    await client.query('COMMIT');
    await client.end();
  };
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

beforeAll(async () => {
  await admin((client) => client.query(`CREATE SCHEMA ${schema}`));
  const first = await start(1000);
  await first.stop();
  await admin(
    async (client) =>
      client.query(
        `INSERT INTO operator (given_name, family_name, email, role, password_hash) VALUES ('Prova', 'Turno', $1, 'COORDINATOR', $2)`,
        [EMAIL, await hashPassword(PASSWORD)],
      ),
    schemaUrl(schema),
  );
}, 120_000);

afterAll(() => admin((client) => client.query(`DROP SCHEMA ${schema} CASCADE`)));

describe('SIGTERM', () => {
  it('finishes the request in flight, refuses new ones, closes the pools and exits 0', async () => {
    const ponte = await start(10_000);
    const release = await lockOperators();
    const inFlight = signIn(ponte);
    await pause(500);
    const exit = ponte.stop();
    await pause(500);
    await expect(fetch(`${ponte.url}/healthz`)).rejects.toThrow();
    await release();
    const response = await inFlight;
    expect(response.status).toBe(200);
    expect(((await response.json()) as any).data.signIn.accessToken).toEqual(expect.any(String));
    expect(await exit).toBe(0);

    const line = ponte
      .output()
      .split('\n')
      .filter((text) => text.startsWith('{'))
      .map((text) => JSON.parse(text))
      .find((entry) => entry.req?.id === 'richiesta-in-volo-1');
    expect(line).toMatchObject({
      msg: 'request completed',
      operation: 'signIn',
      outcome: 'ok',
      res: { statusCode: 200 },
      responseTime: expect.any(Number),
    });
    expect(JSON.stringify(line)).not.toMatch(/turno\.serale|una-password|authorization/i);
  }, 60_000);

  it('gives up on a request still running after the timeout, and exits all the same', async () => {
    const ponte = await start(1000);
    const release = await lockOperators();
    const inFlight = signIn(ponte).then(
      (response) => response.status,
      () => 'cut',
    );
    await pause(500);
    const exit = ponte.stop();
    try {
      expect(await exit).toBe(0);
      expect(await inFlight).toBe('cut');
    } finally {
      await release();
    }
  }, 60_000);
});
