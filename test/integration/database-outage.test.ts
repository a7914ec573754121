import { countRows, municipalityIds, person, RECEIVE_REFERRAL, REFERRAL } from '../helpers/fixtures';
import { startTcpProxy, TcpProxy } from '../helpers/tcp-proxy';
import { GraphQLResponse, startTestServer, TEST_DATABASE_URL, TestServer } from '../helpers/test-server';

/*
 * The server reaches PostgreSQL through a proxy that can drop every connection and refuse new ones, as a database
 * restart or a network failure would; the test itself checks the data over a direct connection.
 */

let proxy: TcpProxy;
let server: TestServer;
let towns: Record<string, string>;
const warnings: string[] = [];

beforeAll(async () => {
  const direct = new URL(TEST_DATABASE_URL);
  proxy = await startTcpProxy({ host: direct.hostname, port: Number(direct.port || 5432) });
  const viaProxy = Object.assign(new URL(TEST_DATABASE_URL), { hostname: '127.0.0.1', port: String(proxy.port) });
  server = await startTestServer({ serverDatabaseUrl: viaProxy.toString() });
  towns = await municipalityIds(server);
  // The server logs one line per dropped connection and failed request; the test reads them instead of printing them.
  jest.spyOn(console, 'warn').mockImplementation((message: unknown) => void warnings.push(String(message)));
});
afterEach(() => proxy.restore());
afterAll(async () => {
  await server.close();
  await proxy.close();
  jest.restoreAllMocks();
});

const UNREACHABLE = {
  message: 'Il database non è raggiungibile; riprova tra poco. Non è stato modificato nulla.',
  extensions: { code: 'SERVICE_UNAVAILABLE' },
};
const LIST = `{ beneficiaries(first: 5) { totalCount edges { node { familyName } } } }`;

/** A request as a client sends it, with its HTTP status and how long the answer took. */
async function send(query: string, variables: Record<string, unknown> = {}) {
  const started = Date.now();
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(await server.authorization(server.coordinatorId)) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as GraphQLResponse;
  return { status: response.status, body, ms: Date.now() - started };
}

let people = 0;
function referralOfNewPerson() {
  people++;
  const newBeneficiary = person({
    givenName: 'Carla',
    familyName: `Guasti${'ABCDEFGHIJ'[people]}`,
    birthDate: `1985-03-1${people}`,
    sex: 'F',
    residenceMunicipalityId: towns['Rezzato'],
  });
  return { input: { referral: REFERRAL, newBeneficiary } };
}

async function writtenFor(codiceFiscale: string) {
  const [row] = await server.dataSource.query(
    `SELECT (SELECT count(*)::int FROM beneficiary WHERE codice_fiscale = $1) AS people,
            (SELECT count(*)::int FROM referral r JOIN beneficiary b ON b.id = r.beneficiary_id WHERE b.codice_fiscale = $1) AS referrals,
            (SELECT count(*)::int FROM case_status_change c JOIN beneficiary b ON b.id = c.beneficiary_id WHERE b.codice_fiscale = $1) AS steps`,
    [codiceFiscale],
  );
  return row;
}

describe('while the database is down', () => {
  it('answers a query and a mutation at once with SERVICE_UNAVAILABLE, writes nothing, and serves both once it is back', async () => {
    expect((await send(LIST)).body.errors).toBeUndefined();
    const referral = referralOfNewPerson();
    const auditRows = await countRows(server, 'audit_event');

    await proxy.cut();
    // Every request loads its operator during sign-in checking, before any resolver runs: that is where it fails,
    // and it must not turn into Apollo's bare 500 "Context creation failed".
    for (const [query, variables] of [
      [LIST, {}],
      [RECEIVE_REFERRAL, referral],
    ] as const) {
      const { status, body, ms } = await send(query, variables);
      expect(status).toBe(503);
      expect(body.errors).toEqual([UNREACHABLE]);
      expect(ms).toBeLessThan(3000);
    }
    expect(await writtenFor(referral.input.newBeneficiary.codiceFiscale)).toEqual({
      people: 0,
      referrals: 0,
      steps: 0,
    });
    expect(await countRows(server, 'audit_event')).toBe(auditRows);

    await proxy.restore();
    const list = await send(LIST);
    expect(list).toMatchObject({ status: 200, body: { data: { beneficiaries: { totalCount: expect.any(Number) } } } });
    const created = await send(RECEIVE_REFERRAL, referral);
    expect(created.body.errors).toBeUndefined();
    expect(created.body.data!.receiveReferral).toMatchObject({
      beneficiaryCreated: true,
      referral: { openedCase: true },
    });
    expect(await writtenFor(referral.input.newBeneficiary.codiceFiscale)).toEqual({
      people: 1,
      referrals: 1,
      steps: 1,
    });

    // The pooled connections that were idle when the database went away raised 'error' events: handled, not fatal.
    expect(warnings.some((w) => w.startsWith('PostgreSQL dropped an idle connection'))).toBe(true);
  });
});

describe('a connection lost in the middle of a request', () => {
  it('rolls a mutation back entirely: the person written before the cut is not left without their referral', async () => {
    const referral = referralOfNewPerson();
    const cutting = proxy.cutWhenSent('INSERT INTO "referral"');
    const { result, statements } = await server.sql.count(() => send(RECEIVE_REFERRAL, referral));
    await cutting;
    expect(statements.some((sql) => sql.includes('INSERT INTO "beneficiary"'))).toBe(true);
    const { status, body, ms } = result;
    expect(status).toBe(200);
    expect(body.data).toBeNull();
    expect(body.errors).toMatchObject([{ ...UNREACHABLE, path: ['receiveReferral'] }]);
    expect(ms).toBeLessThan(3000);
    expect(await writtenFor(referral.input.newBeneficiary.codiceFiscale)).toEqual({
      people: 0,
      referrals: 0,
      steps: 0,
    });

    await proxy.restore();
    const retried = await send(RECEIVE_REFERRAL, referral);
    expect(retried.body.errors).toBeUndefined();
    expect(await writtenFor(referral.input.newBeneficiary.codiceFiscale)).toEqual({
      people: 1,
      referrals: 1,
      steps: 1,
    });
  });

  it('answers a query with SERVICE_UNAVAILABLE rather than an internal error', async () => {
    const cutting = proxy.cutWhenSent('FROM "beneficiary"');
    const { body, ms } = await send(LIST);
    await cutting;
    expect(body.errors).toMatchObject([{ ...UNREACHABLE, path: ['beneficiaries'] }]);
    expect(ms).toBeLessThan(3000);

    await proxy.restore();
    expect((await send(LIST)).body.errors).toBeUndefined();
  });
});
