import { toGlobalId } from '../../src/graphql/relay';
import { startTestServer, TestServer } from '../helpers/test-server';

/*
 * Password guessing, tried as an attacker would: with no token, with many valid tokens, from many addresses, and
 * through changeMyPassword. Defaults: 5 failures lock an account for 15 minutes, 20 failures lock a client address.
 * Each test comes from loopback addresses of its own (127.0.0.x), so the per-address count of one does not leak into
 * another.
 */
let server: TestServer;
let admin: string;

const PASSWORD = 'una-password-lunga-2026';
const SIGN_IN = `mutation($email: String!, $password: String!) { signIn(email: $email, password: $password) { accessToken } }`;
const UNLOCK = `mutation($id: ID!) { unlockSignIn(operatorId: $id) { email } }`;

/** An account with a role that needs no approval, so these tests are about passwords alone. */
async function account(email: string): Promise<string> {
  const { data, errors } = await server.gql(
    `mutation($input: CreateOperatorInput!) { createOperator(input: $input) { id } }`,
    { input: { givenName: 'Bruno', familyName: 'Forza', email, role: 'ADMIN', password: PASSWORD } },
    { as: admin },
  );
  if (errors) throw new Error(JSON.stringify(errors));
  return data!.createOperator.id;
}

function signIn(email: string, password: string, from: string, headers: Record<string, string> = {}) {
  return server.gql(SIGN_IN, { email, password }, { as: null, from, headers });
}

const refusedAsLocked = (response: { errors?: Array<{ extensions?: Record<string, any> }> }) =>
  response.errors?.[0]?.extensions?.code === 'RATE_LIMITED';

beforeAll(async () => {
  server = await startTestServer();
  admin = toGlobalId('Operator', server.adminId);
});
afterAll(() => server.close());

describe('failed sign-ins, per account', () => {
  it('locks an account after 5 failures, whatever token each guess carries, and refuses even the right password', async () => {
    await account('bersaglio@giustaoccupazione.example');
    const tokens = await Promise.all([server.coordinatorId, server.adminId].map((id) => server.authorization(id)));
    for (let i = 0; i < 5; i += 1) {
      const headers = i < 2 ? tokens[i] : {};
      const guess = await signIn('bersaglio@giustaoccupazione.example', `tentativo-numero-${i}`, '127.0.0.2', headers);
      expect(guess.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
    }
    const right = await signIn('bersaglio@giustaoccupazione.example', PASSWORD, '127.0.0.2');
    expect(right.data).toBeNull();
    expect(right.errors![0]).toMatchObject({
      extensions: { code: 'RATE_LIMITED' },
      message: expect.stringMatching(/15 minuti|bloccato/),
    });
  });

  it('lets a burst of parallel guesses through only up to the limit: each guess is counted before its password is checked', async () => {
    await account('raffica@giustaoccupazione.example');
    const guesses = await Promise.all(
      Array.from({ length: 15 }, (_, i) =>
        signIn('raffica@giustaoccupazione.example', `parallelo-${i}`, `127.0.6.${i + 1}`),
      ),
    );
    const codes = guesses.map((guess) => guess.errors![0].extensions!.code);
    expect(codes.filter((code) => code === 'UNAUTHENTICATED')).toHaveLength(5);
    expect(codes.filter((code) => code === 'RATE_LIMITED')).toHaveLength(10);
  });

  it('does not count a right password against the address: an office signing in all morning is not locked out', async () => {
    await account('ufficio@giustaoccupazione.example');
    for (let i = 0; i < 25; i += 1) {
      expect((await signIn('ufficio@giustaoccupazione.example', PASSWORD, '127.0.7.1')).errors).toBeUndefined();
    }
  });

  it('holds the lock across client addresses, and for unknown emails alike', async () => {
    await account('girovago@giustaoccupazione.example');
    for (let i = 0; i < 5; i += 1)
      await signIn('girovago@giustaoccupazione.example', 'sbagliata-davvero', `127.0.1.${i + 1}`);
    expect(refusedAsLocked(await signIn('girovago@giustaoccupazione.example', PASSWORD, '127.0.1.99'))).toBe(true);

    for (let i = 0; i < 5; i += 1)
      await signIn('nessuno@giustaoccupazione.example', 'sbagliata-davvero', `127.0.2.${i + 1}`);
    expect(refusedAsLocked(await signIn('nessuno@giustaoccupazione.example', PASSWORD, '127.0.2.99'))).toBe(true);
  });

  it('records the lock in the audit trail, and lets an admin unlock the account', async () => {
    const id = await account('sbloccata@giustaoccupazione.example');
    const operatorId = (
      await server.dataSource.query(`SELECT id FROM operator WHERE email = 'sbloccata@giustaoccupazione.example'`)
    )[0].id;
    for (let i = 0; i < 5; i += 1)
      await signIn('sbloccata@giustaoccupazione.example', 'sbagliata-davvero', '127.0.3.1');
    expect(refusedAsLocked(await signIn('sbloccata@giustaoccupazione.example', PASSWORD, '127.0.3.2'))).toBe(true);
    const locked = await server.dataSource.query(
      `SELECT operator_id, operation FROM audit_event WHERE action = 'SIGN_IN_LOCKED' AND record_id = $1`,
      [operatorId],
    );
    expect(locked).toEqual([{ operator_id: operatorId, operation: 'signIn' }]);

    expect((await server.gql(UNLOCK, { id }, { as: server.coordinatorId })).errors![0].extensions!.code).toBe(
      'FORBIDDEN',
    );
    const unlocked = await server.gql(UNLOCK, { id }, { as: admin });
    expect(unlocked.errors).toBeUndefined();
    expect((await signIn('sbloccata@giustaoccupazione.example', PASSWORD, '127.0.3.2')).errors).toBeUndefined();
    const trail = await server.dataSource.query(
      `SELECT operator_id FROM audit_event WHERE action = 'SIGN_IN_UNLOCKED' AND record_id = $1`,
      [operatorId],
    );
    expect(trail).toEqual([{ operator_id: server.adminId }]);
  });

  it('counts a wrong current password in changeMyPassword as a failed sign-in', async () => {
    await account('cambio@giustaoccupazione.example');
    const session = (await signIn('cambio@giustaoccupazione.example', PASSWORD, '127.0.4.1')).data!.signIn.accessToken;
    const CHANGE = `mutation($current: String!) { changeMyPassword(currentPassword: $current, newPassword: "un-altra-password-2027") { accessToken } }`;
    for (let i = 0; i < 5; i += 1) {
      await server.gql(
        CHANGE,
        { current: `indovino-${i}` },
        { as: null, from: '127.0.4.2', headers: { authorization: `Bearer ${session}` } },
      );
    }
    const right = await server.gql(
      CHANGE,
      { current: PASSWORD },
      { as: null, from: '127.0.4.3', headers: { authorization: `Bearer ${session}` } },
    );
    expect(right.errors![0].extensions!.code).toBe('RATE_LIMITED');
    expect(refusedAsLocked(await signIn('cambio@giustaoccupazione.example', PASSWORD, '127.0.4.3'))).toBe(true);
  });
});

describe('failed sign-ins, per client address', () => {
  it('locks an address after 20 failures spread over many accounts, and only that address', async () => {
    await account('vicina@giustaoccupazione.example');
    for (let i = 0; i < 20; i += 1) {
      const guess = await signIn(`utente.${i}@giustaoccupazione.example`, 'password-comune-1', '127.0.5.1');
      expect(guess.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
    }
    expect(refusedAsLocked(await signIn('vicina@giustaoccupazione.example', PASSWORD, '127.0.5.1'))).toBe(true);
    expect((await signIn('vicina@giustaoccupazione.example', PASSWORD, '127.0.5.2')).errors).toBeUndefined();
    const locks = await server.dataSource.query(
      `SELECT operation FROM audit_event WHERE action = 'SIGN_IN_LOCKED' AND record_type = 'client_address' AND record_id = '127.0.5.1'`,
    );
    expect(locks).toEqual([{ operation: 'signIn' }]);
  });
});
