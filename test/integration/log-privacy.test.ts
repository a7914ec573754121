import { ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { Client } from 'pg';
import { toGlobalId } from '../../src/graphql/relay';
import { hashPassword } from '../../src/modules/auth/passwords';
import { person, RECEIVE_REFERRAL, REFERRAL } from '../helpers/fixtures';
import { TEST_DATABASE_URL } from '../helpers/test-server';

/**
 * Ponte as it runs in production, in a process of its own on a schema of its own: whatever fails, what it writes
 * to stdout and stderr holds no parameter value and no personal data (PONTE_LOG_SQL=false, the default).
 */

const ROOT = path.join(__dirname, '..', '..');
const schema = `test_${randomBytes(6).toString('hex')}`;
const EMAIL = 'registro.prova@giustaoccupazione.example';
const PASSWORD = 'una-password-lunga-abbastanza';

let ponte: ChildProcess;
let output = '';
let url: string;
let token: string;

async function sql(text: string, values: unknown[] = []): Promise<any[]> {
  const client = new Client({ connectionString: TEST_DATABASE_URL });
  await client.connect();
  try {
    await client.query(`SET search_path TO ${schema}`);
    return (await client.query(text, values)).rows;
  } finally {
    await client.end();
  }
}

async function gql(query: string, variables: Record<string, unknown> = {}): Promise<any> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return response.json();
}

/** Starts `src/index.ts` with ts-node and waits for the line that gives its address. */
function startPonte(): Promise<string> {
  const database = new URL(TEST_DATABASE_URL);
  database.searchParams.set('options', `-c search_path=${schema}`);
  ponte = spawn(process.execPath, ['-r', 'ts-node/register/transpile-only', 'src/index.ts'], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH,
      NODE_ENV: 'production',
      DATABASE_URL: database.toString(),
      PONTE_JWT_SECRET: randomBytes(32).toString('hex'),
      PORT: '0',
      HOST: '127.0.0.1',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    const collect = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const started = output.match(/GraphQL API at (http:\/\/[\d.:]+)\/graphql/);
      if (started) resolve(started[1]);
    };
    ponte.stdout!.on('data', collect);
    ponte.stderr!.on('data', collect);
    ponte.once('exit', (code) => reject(new Error(`Ponte exited with ${code} before listening:\n${output}`)));
  });
}

beforeAll(async () => {
  const client = new Client({ connectionString: TEST_DATABASE_URL });
  await client.connect();
  await client.query(`CREATE SCHEMA ${schema}`);
  await client.end();
  url = await startPonte();
  await sql(
    `INSERT INTO operator (given_name, family_name, email, role, password_hash) VALUES ('Prova', 'Registro', $1, 'COORDINATOR', $2)`,
    [EMAIL, await hashPassword(PASSWORD)],
  );
  const signIn = await gql(`mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { accessToken } }`, {
    e: EMAIL,
    p: PASSWORD,
  });
  token = signIn.data.signIn.accessToken;
}, 120_000);

afterAll(async () => {
  if (ponte && ponte.exitCode === null) {
    const exited = new Promise((resolve) => ponte.once('exit', resolve));
    ponte.kill('SIGTERM');
    await exited;
  }
  const client = new Client({ connectionString: TEST_DATABASE_URL });
  await client.connect();
  await client.query(`DROP SCHEMA ${schema} CASCADE`);
  await client.end();
});

async function referral(overrides: { reason: string; givenName: string; familyName: string }) {
  const [{ id: brescia }] = await sql(`SELECT id FROM municipality WHERE name = 'Brescia'`);
  const newBeneficiary = person({
    givenName: overrides.givenName,
    familyName: overrides.familyName,
    birthDate: '1979-04-12',
    residenceMunicipalityId: '',
  });
  return {
    input: {
      referral: { ...REFERRAL, reason: overrides.reason },
      newBeneficiary: { ...newBeneficiary, residenceMunicipalityId: toGlobalId('Municipality', brescia) },
    },
    codiceFiscale: newBeneficiary.codiceFiscale,
  };
}

/** What the process wrote during one test. */
let testOutputStart = 0;
beforeEach(() => {
  testOutputStart = output.length;
});

function expectNotLogged(secrets: string[]): void {
  for (const secret of secrets) expect(output.slice(testOutputStart)).not.toContain(secret);
}

describe('the process logs', () => {
  it('hold no codice fiscale, name or referral reason when a statement fails inside the database', async () => {
    const { input, codiceFiscale } = await referral({
      reason: 'Dipendenza da alcol in trattamento',
      givenName: 'Orsola',
      familyName: 'Zanardelli',
    });
    // The database refuses every new referral, as a trigger or a fault Ponte does not expect would.
    await sql(
      `CREATE FUNCTION test_refuses_everything() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'test_refuses_everything'; END $$`,
    );
    await sql(
      `CREATE TRIGGER test_refuses_everything BEFORE INSERT ON referral FOR EACH ROW EXECUTE FUNCTION test_refuses_everything()`,
    );
    try {
      const answer = await gql(RECEIVE_REFERRAL, { input });
      expect(answer.errors[0].extensions.code).toBe('INTERNAL_SERVER_ERROR');
    } finally {
      await sql(`DROP TRIGGER test_refuses_everything ON referral`);
      await sql(`DROP FUNCTION test_refuses_everything()`);
    }
    // The failure is logged (a developer can find it), without what was sent.
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(output).toMatch(/test_refuses_everything/);
    // The structured request log is part of what is searched: its line for this request is there.
    expect(output.slice(testOutputStart)).toMatch(/"operation":"receiveReferral","outcome":"INTERNAL_SERVER_ERROR"/);
    expectNotLogged([codiceFiscale, 'Dipendenza da alcol', 'Orsola', 'Zanardelli', REFERRAL.contactEmail]);
  });

  it('hold nothing of hostile inputs: NUL bytes in text, malformed cursors', async () => {
    const { input, codiceFiscale } = await referral({
      reason: 'Disturbo psichico\u0000 seguito dal CPS',
      givenName: 'Ermenegilda',
      familyName: 'Bonomelli',
    });
    expect((await gql(RECEIVE_REFERRAL, { input })).errors).toHaveLength(1);
    const cursor = Buffer.from(JSON.stringify([codiceFiscale, 'x'])).toString('base64url');
    expect(
      (await gql(`query($after: String) { beneficiaries(after: $after) { totalCount } }`, { after: cursor })).errors,
    ).toHaveLength(1);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expectNotLogged([codiceFiscale, 'Disturbo psichico', 'Ermenegilda', 'Bonomelli']);
  });
});
