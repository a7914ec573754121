import { loadConfig } from '../../src/config/config';
import { toGlobalId } from '../../src/graphql/relay';
import { startTestServer, TestServer } from '../helpers/test-server';

let server: TestServer;
let admin: string;

const PASSWORD = 'una-password-lunga-2026';
const SIGN_IN = `mutation($email: String!, $password: String!) { signIn(email: $email, password: $password) { accessToken refreshToken } }`;
const REFRESH = `mutation($t: String!) { refreshSession(refreshToken: $t) { accessToken refreshToken } }`;
const ME = `{ me { email } }`;

const bearer = (token: string) => ({ as: null, headers: { authorization: `Bearer ${token}` } });

async function account(email: string): Promise<void> {
  const { errors } = await server.gql(
    `mutation($input: CreateOperatorInput!) { createOperator(input: $input) { id } }`,
    { input: { givenName: 'Sara', familyName: 'Sessione', email, role: 'ADMIN', password: PASSWORD } },
    { as: admin },
  );
  if (errors) throw new Error(JSON.stringify(errors));
}

async function signIn(email: string): Promise<{ accessToken: string; refreshToken: string }> {
  const { data, errors } = await server.gql(SIGN_IN, { email, password: PASSWORD }, { as: null });
  if (errors) throw new Error(JSON.stringify(errors));
  return data!.signIn;
}

const works = async (accessToken: string) =>
  (await server.gql(ME, undefined, bearer(accessToken))).errors === undefined;
const refresh = (refreshToken: string) => server.gql(REFRESH, { t: refreshToken }, { as: null });

beforeAll(async () => {
  server = await startTestServer();
  admin = toGlobalId('Operator', server.adminId);
});
afterAll(() => server.close());

describe('refresh tokens', () => {
  it('rotate on use: each refresh token works once and gives a new one', async () => {
    await account('rotazione@giustaoccupazione.example');
    const first = await signIn('rotazione@giustaoccupazione.example');
    const second = (await refresh(first.refreshToken)).data!.refreshSession;
    expect(second.refreshToken).not.toBe(first.refreshToken);
    const third = await refresh(second.refreshToken);
    expect(third.errors).toBeUndefined();
    expect(await works(third.data!.refreshSession.accessToken)).toBe(true);
  });

  it('revoke the whole session when a spent refresh token comes back: the thief and the owner both sign in again', async () => {
    await account('rubata@giustaoccupazione.example');
    const stolen = await signIn('rubata@giustaoccupazione.example');
    const owner = (await refresh(stolen.refreshToken)).data!.refreshSession;
    const other = await signIn('rubata@giustaoccupazione.example');

    const replay = await refresh(stolen.refreshToken);
    expect(replay.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
    expect((await refresh(owner.refreshToken)).errors![0].extensions!.code).toBe('UNAUTHENTICATED');
    expect(await works(owner.accessToken)).toBe(false);
    expect(await works(stolen.accessToken)).toBe(false);
    expect(await works(other.accessToken)).toBe(true);
    const reuses = await server.dataSource.query(
      `SELECT operation FROM audit_event WHERE action = 'REFRESH_TOKEN_REUSED'`,
    );
    expect(reuses).toEqual([{ operation: 'refreshSession' }]);
  });
});

describe('signing out', () => {
  it('ends the session: its access token and refresh token stop working, other sessions go on', async () => {
    await account('uscita@giustaoccupazione.example');
    const leaving = await signIn('uscita@giustaoccupazione.example');
    const staying = await signIn('uscita@giustaoccupazione.example');
    const out = await server.gql(`mutation { signOut }`, undefined, bearer(leaving.accessToken));
    expect(out).toEqual({ data: { signOut: true } });
    expect(await works(leaving.accessToken)).toBe(false);
    expect((await refresh(leaving.refreshToken)).errors![0].extensions!.code).toBe('UNAUTHENTICATED');
    expect(await works(staying.accessToken)).toBe(true);
  });
});

describe('the request rate limit', () => {
  beforeAll(async () => {
    await server.close();
    server = await startTestServer({
      config: { limits: { ...loadConfig({ NODE_ENV: 'test' }).limits, requestsPerMinute: 8 } },
    });
    admin = toGlobalId('Operator', server.adminId);
  });

  it('counts every token of one operator together', async () => {
    await account('due.schede@giustaoccupazione.example');
    const [one, two] = [
      await signIn('due.schede@giustaoccupazione.example'),
      await signIn('due.schede@giustaoccupazione.example'),
    ];
    const codes: Array<string | undefined> = [];
    for (let i = 0; i < 5; i += 1) {
      for (const session of [one, two]) {
        codes.push((await server.gql(ME, undefined, bearer(session.accessToken))).errors?.[0]?.extensions?.code);
      }
    }
    expect(codes.slice(0, 8)).toEqual(Array(8).fill(undefined));
    expect(codes.slice(8)).toEqual(['RATE_LIMITED', 'RATE_LIMITED']);
  });
});
