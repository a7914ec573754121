import { fromGlobalId } from '../../src/graphql/relay';
import { SessionTokens } from '../../src/modules/auth/tokens';
import { approveRoleGrant } from '../helpers/fixtures';
import { startTestServer, TestServer } from '../helpers/test-server';

let server: TestServer;

const SIGN_IN = `mutation($email: String!, $password: String!) {
  signIn(email: $email, password: $password) { accessToken accessTokenExpiresAt refreshToken refreshTokenExpiresAt operator { email role } }
}`;
const CREATE = `mutation($input: CreateOperatorInput!) { createOperator(input: $input) { id email pendingRoleGrant { id } } }`;
const ME = `{ me { email role } }`;
const PASSWORD = 'una-password-lunga-2026';

async function createAccount(email: string, role = 'OPERATOR', password: string | null = PASSWORD): Promise<string> {
  const { data, errors } = await server.gql(
    CREATE,
    {
      input: { givenName: 'Marta', familyName: 'Gatti', email, role, ambito: role === 'OPERATOR' ? 1 : null, password },
    },
    { as: server.adminId },
  );
  if (errors) throw new Error(JSON.stringify(errors));
  const { id, pendingRoleGrant } = data!.createOperator;
  if (pendingRoleGrant) await approveRoleGrant(server, pendingRoleGrant.id);
  return id;
}

async function signIn(email: string, password: string) {
  return server.gql(SIGN_IN, { email, password }, { as: null });
}

const bearer = (token: string) => ({ as: null, headers: { authorization: `Bearer ${token}` } });

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

describe('signing in', () => {
  it('gives a short-lived access token and a refresh token that open the API as that operator', async () => {
    await createAccount('marta.gatti@giustaoccupazione.example');
    const { data, errors } = await signIn('Marta.Gatti@giustaoccupazione.example', PASSWORD);
    expect(errors).toBeUndefined();
    const session = data!.signIn;
    expect(session.operator).toEqual({ email: 'marta.gatti@giustaoccupazione.example', role: 'OPERATOR' });
    const accessMinutes = (Date.parse(session.accessTokenExpiresAt) - Date.now()) / 60_000;
    expect(accessMinutes).toBeGreaterThan(14);
    expect(accessMinutes).toBeLessThanOrEqual(15);
    expect(Date.parse(session.refreshTokenExpiresAt)).toBeGreaterThan(Date.parse(session.accessTokenExpiresAt));

    const me = await server.gql(ME, undefined, bearer(session.accessToken));
    expect(me.data!.me).toEqual({ email: 'marta.gatti@giustaoccupazione.example', role: 'OPERATOR' });
  });

  it('stores an argon2id hash and never lets a password or hash out of the server', async () => {
    await createAccount('hash.check@giustaoccupazione.example');
    const [row] = await server.dataSource.query(
      `SELECT password_hash FROM operator WHERE email = 'hash.check@giustaoccupazione.example'`,
    );
    expect(row.password_hash).toMatch(/^\$argon2id\$v=19\$m=65536,p=4,t=3\$/);

    const response = await signIn('hash.check@giustaoccupazione.example', PASSWORD);
    expect(JSON.stringify(response)).not.toMatch(/argon2|password/i);
    const operatorFields = await server.gql(`{ __type(name: "Operator") { fields { name } } }`);
    expect(operatorFields.data!.__type.fields.map((f: { name: string }) => f.name).join(' ')).not.toMatch(
      /password|hash/i,
    );
  });

  it('answers a wrong password and an unknown email alike, and records the failed attempts', async () => {
    const id = fromGlobalId(await createAccount('wrong.password@giustaoccupazione.example'))!.id;
    const wrong = await signIn('wrong.password@giustaoccupazione.example', 'not-the-password');
    const unknown = await signIn('nobody@giustaoccupazione.example', PASSWORD);
    expect(wrong.errors![0]).toMatchObject({
      message: unknown.errors![0].message,
      extensions: { code: 'UNAUTHENTICATED' },
    });
    expect(wrong.data).toBeNull();

    const failures = await server.dataSource.query(
      `SELECT operator_id, record_id FROM audit_event WHERE action = 'SIGN_IN_FAILED' ORDER BY id`,
    );
    expect(failures).toEqual(
      expect.arrayContaining([
        { operator_id: id, record_id: id },
        { operator_id: null, record_id: 'unknown' },
      ]),
    );
    expect(JSON.stringify(failures)).not.toContain('nobody');
  });

  it('refuses an operator created without a password until an admin sets one (and a coordinator confirms the role)', async () => {
    const id = await createAccount('no.password@giustaoccupazione.example', 'OPERATOR', null);
    expect((await signIn('no.password@giustaoccupazione.example', '')).errors![0].extensions!.code).toBe(
      'UNAUTHENTICATED',
    );

    const set = await server.gql(
      `mutation($id: ID!) { setOperatorPassword(id: $id, password: "${PASSWORD}") { email pendingRoleGrant { id } } }`,
      { id },
      { as: server.adminId },
    );
    expect(set.errors).toBeUndefined();
    await approveRoleGrant(server, set.data!.setOperatorPassword.pendingRoleGrant.id);
    expect((await signIn('no.password@giustaoccupazione.example', PASSWORD)).errors).toBeUndefined();
  });

  it('refuses demo accounts on a PostgreSQL server: their passwords are published', async () => {
    await createAccount('demo.account@giustaoccupazione.example');
    await server.dataSource.query(
      `UPDATE operator SET is_demo = true WHERE email = 'demo.account@giustaoccupazione.example'`,
    );
    const { errors } = await signIn('demo.account@giustaoccupazione.example', PASSWORD);
    expect(errors![0]).toMatchObject({
      extensions: { code: 'UNAUTHENTICATED' },
      message: expect.stringMatching(/database dimostrativo integrato/),
    });
  });
});

describe('sessions', () => {
  it('trades a refresh token for a new session, and accepts neither kind of token in place of the other', async () => {
    await createAccount('refresh.me@giustaoccupazione.example');
    const session = (await signIn('refresh.me@giustaoccupazione.example', PASSWORD)).data!.signIn;
    const REFRESH = `mutation($t: String!) { refreshSession(refreshToken: $t) { accessToken operator { email } } }`;

    const renewed = await server.gql(REFRESH, { t: session.refreshToken }, { as: null });
    expect(renewed.data!.refreshSession.operator.email).toBe('refresh.me@giustaoccupazione.example');
    expect((await server.gql(ME, undefined, bearer(renewed.data!.refreshSession.accessToken))).errors).toBeUndefined();

    expect((await server.gql(REFRESH, { t: session.accessToken }, { as: null })).errors![0].extensions!.code).toBe(
      'UNAUTHENTICATED',
    );
    expect((await server.gql(ME, undefined, bearer(session.refreshToken))).errors![0].extensions!.code).toBe(
      'UNAUTHENTICATED',
    );
  });

  it('refuses an expired token and a token signed with another secret, saying so', async () => {
    const subject = {
      operatorId: server.coordinatorId,
      tokenVersion: 0,
      sessionId: '0b7e4a52-93d1-4f0e-a6c2-5d8f1e3b9a74',
    };
    const expired = await server.tokens.issue(subject, 'access', new Date(Date.now() - 3600_000));
    const forged = await new SessionTokens({
      ...server.config.auth,
      jwtSecret: 'a-different-secret-of-at-least-32-bytes!!',
    }).issue(subject, 'access');
    for (const token of [expired.token, forged.token, 'not-a-jwt']) {
      const { data, errors } = await server.gql(ME, undefined, bearer(token));
      expect(data).toBeNull();
      expect(errors![0]).toMatchObject({
        extensions: { code: 'UNAUTHENTICATED' },
        message: expect.stringMatching(/non è valido o è scaduto/),
      });
    }
  });

  it('asks an anonymous request to sign in, for queries and mutations alike', async () => {
    for (const operation of [
      ME,
      `{ ambiti { number } }`,
      `mutation { closeCase(beneficiaryId: "x", reason: "x") { id } }`,
    ]) {
      const { errors } = await server.gql(operation, undefined, { as: null });
      expect(errors![0]).toMatchObject({
        extensions: { code: 'UNAUTHENTICATED' },
        message: expect.stringMatching(/signIn/),
      });
    }
  });

  it('ends every session of an operator an admin deactivates, at once', async () => {
    const id = await createAccount('leaving@giustaoccupazione.example');
    const session = (await signIn('leaving@giustaoccupazione.example', PASSWORD)).data!.signIn;
    const deactivated = await server.gql(
      `mutation($id: ID!) { updateOperator(id: $id, input: { active: false }) { active } }`,
      { id },
      { as: server.adminId },
    );
    expect(deactivated.data!.updateOperator.active).toBe(false);

    expect((await server.gql(ME, undefined, bearer(session.accessToken))).errors![0].extensions!.code).toBe(
      'UNAUTHENTICATED',
    );
    const refresh = await server.gql(
      `mutation($t: String!) { refreshSession(refreshToken: $t) { accessToken } }`,
      { t: session.refreshToken },
      { as: null },
    );
    expect(refresh.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
    expect((await signIn('leaving@giustaoccupazione.example', PASSWORD)).errors![0].extensions!.code).toBe(
      'UNAUTHENTICATED',
    );
  });

  it('changes one’s own password: the old one and older sessions stop working, the new session works', async () => {
    await createAccount('new.password@giustaoccupazione.example');
    const old = (await signIn('new.password@giustaoccupazione.example', PASSWORD)).data!.signIn;
    const CHANGE = `mutation($current: String!, $next: String!) { changeMyPassword(currentPassword: $current, newPassword: $next) { accessToken } }`;

    const wrongCurrent = await server.gql(
      CHANGE,
      { current: 'not-it', next: 'un-altra-password-2027' },
      bearer(old.accessToken),
    );
    expect(wrongCurrent.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'currentPassword' });
    const tooShort = await server.gql(CHANGE, { current: PASSWORD, next: 'corta' }, bearer(old.accessToken));
    expect(tooShort.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'newPassword' });

    const changed = await server.gql(
      CHANGE,
      { current: PASSWORD, next: 'un-altra-password-2027' },
      bearer(old.accessToken),
    );
    expect(changed.errors).toBeUndefined();
    expect((await server.gql(ME, undefined, bearer(old.accessToken))).errors![0].extensions!.code).toBe(
      'UNAUTHENTICATED',
    );
    expect(
      (await server.gql(ME, undefined, bearer(changed.data!.changeMyPassword.accessToken))).errors,
    ).toBeUndefined();
    expect((await signIn('new.password@giustaoccupazione.example', PASSWORD)).errors).toBeDefined();
    expect((await signIn('new.password@giustaoccupazione.example', 'un-altra-password-2027')).errors).toBeUndefined();
  });
});

describe('managing operators', () => {
  it('lets only an admin create operators, and checks the first password’s length', async () => {
    const input = {
      givenName: 'Ugo',
      familyName: 'Rossi',
      email: 'ugo.rossi@giustaoccupazione.example',
      role: 'OPERATOR',
      ambito: 3,
      password: PASSWORD,
    };
    for (const as of [server.coordinatorId]) {
      const { errors } = await server.gql(CREATE, { input }, { as });
      expect(errors![0].extensions!.code).toBe('FORBIDDEN');
    }
    const short = await server.gql(CREATE, { input: { ...input, password: 'corta' } }, { as: server.adminId });
    expect(short.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.password' });
    const rows = await server.dataSource.query(
      `SELECT count(*)::int AS n FROM operator WHERE email = 'ugo.rossi@giustaoccupazione.example'`,
    );
    expect(rows[0].n).toBe(0);
  });
});
