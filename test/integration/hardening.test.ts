import { randomBytes } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse, validate } from 'graphql';
import { loadConfig, LimitsConfig, PonteConfig } from '../../src/config/config';
import { operationLimits } from '../../src/graphql/hardening';
import { buildPonteSchema } from '../../src/app/schema';
import { startTestServer, TestServer } from '../helpers/test-server';

const DEFAULTS = loadConfig({ NODE_ENV: 'test' });

function limits(overrides: Partial<LimitsConfig>): LimitsConfig {
  return { ...DEFAULTS.limits, ...overrides };
}

interface RawResponse {
  status: number;
  headers: Headers;
  body: any;
}

/**
 * A request as a client sends it, with the status and headers that `server.gql` does not show; signed by the
 * coordinator unless `headers` carry an authorization of their own or `anonymous` is set.
 */
async function post(
  server: TestServer,
  body: unknown,
  headers: Record<string, string> = {},
  anonymous = false,
): Promise<RawResponse> {
  const signed = anonymous ? {} : await server.authorization(server.coordinatorId);
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...signed, ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await response.text();
  expect(response.headers.get('content-type')).toMatch(/^application\/json/);
  return { status: response.status, headers: response.headers, body: JSON.parse(text) };
}

/** node → placement's beneficiary → placements → beneficiary … → id: `depth` fields deep (fragments do not count). */
function nestedPlacements(depth: number): string {
  const steps = Array.from({ length: depth - 2 }, (_, i) => (i % 2 === 0 ? 'beneficiary {' : 'placements {'));
  return `{ node(id: "x") { ... on Placement { ${steps.join(' ')} id ${'}'.repeat(steps.length)} } } }`;
}

function aliases(count: number, field: string): string {
  return `{ ${Array.from({ length: count }, (_, i) => `a${i}: ${field}`).join(' ')} }`;
}

describe('the documented examples and GraphiQL', () => {
  it('keeps every example query of the README and docs/ valid and within the default limits', async () => {
    const schema = await buildPonteSchema();
    const root = path.join(__dirname, '..', '..');
    const pages = ['README.md', ...readdirSync(path.join(root, 'docs')).map((name) => path.join('docs', name))];
    const text = pages.map((page) => readFileSync(path.join(root, page), 'utf8')).join('\n');
    const queries = [...text.matchAll(/```graphql\n([\s\S]*?)```/g)].map((m) => m[1]);
    expect(queries.length).toBeGreaterThanOrEqual(4);
    const { validationRules, parseOptions } = operationLimits(DEFAULTS);
    for (const query of queries) {
      expect(validate(schema, parse(query, parseOptions), validationRules)).toEqual([]);
    }
  });
});

describe('operation limits', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  it('accepts a query exactly at the depth limit (12)', async () => {
    const { status, body } = await post(server, { query: nestedPlacements(12) });
    expect(status).toBe(200);
    expect(body.errors?.[0]?.extensions?.code).not.toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('refuses a query one level deeper than the depth limit with GRAPHQL_VALIDATION_FAILED (HTTP 400)', async () => {
    const { status, body } = await post(server, { query: nestedPlacements(13) });
    expect(status).toBe(400);
    expect(body.data).toBeUndefined();
    expect(body.errors).toContainEqual({
      message: 'Query depth limit of 12 exceeded, found 13.',
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    });
  });

  it('refuses a query whose estimated cost is above the limit (5000), counting `first` as a multiplier', async () => {
    const fields =
      'edges { node { givenName familyName residence { name ambito { number name } } skills { level skill { code labelIt } } } }';
    expect((await post(server, { query: `{ beneficiaries(first: 5) { ${fields} } }` })).body.errors).toBeUndefined();
    const { status, body } = await post(server, { query: `{ beneficiaries(first: 100) { ${fields} } }` });
    expect(status).toBe(400);
    expect(body.errors[0].extensions).toEqual({ code: 'GRAPHQL_VALIDATION_FAILED' });
    expect(body.errors[0].message).toMatch(/^Superato il limite di costo della query \(5000\): costo [\d.]+\./);
  });

  it('accepts 30 aliases and refuses 31', async () => {
    expect((await post(server, { query: aliases(30, 'me { id }') })).body.errors).toBeUndefined();
    const { status, body } = await post(server, { query: aliases(31, 'me { id }') });
    expect(status).toBe(400);
    expect(body.errors).toEqual([
      { message: 'Aliases limit of 30 exceeded, found 31.', extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } },
    ]);
  });

  it('refuses more than 50 directives', async () => {
    const { status, body } = await post(server, { query: aliases(51, '__typename @include(if: true)') });
    expect(status).toBe(400);
    expect(body.errors).toEqual([
      { message: 'Directives limit of 50 exceeded, found 51.', extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } },
    ]);
  });

  it('refuses a document of more than 1000 tokens while parsing it, with GRAPHQL_PARSE_FAILED (HTTP 400)', async () => {
    // Aliases of __typename do not count toward the alias limit: only the token count stops this one.
    const { status, body } = await post(server, { query: aliases(334, '__typename') });
    expect(status).toBe(400);
    expect(body.errors).toHaveLength(1);
    expect(body.errors[0].extensions).toEqual({ code: 'GRAPHQL_PARSE_FAILED' });
    expect(body.errors[0].message).toMatch(/supera i 1000 elementi/);
  });

  it('suggests field names outside production', async () => {
    const { body } = await post(server, { query: '{ beneficiarie { totalCount } }' });
    expect(body.errors[0].message).toMatch(/Forse intendevi "beneficiaries" o "beneficiary"\?$/);
  });

  it('allows introspection outside production, and does not count it toward depth or cost', async () => {
    const { status, body } = await post(server, {
      query:
        '{ __schema { types { name fields { name type { name ofType { name ofType { name ofType { name ofType { name ofType { name ofType { name } } } } } } } } } } }',
    });
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    expect(body.data.__schema.types.length).toBeGreaterThan(50);
  });
});

describe('request bodies', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ config: { limits: limits({ maxRequestBytes: 10_000 }) } });
  });
  afterAll(() => server.close());

  it('answers a body above the size limit with PAYLOAD_TOO_LARGE in JSON (HTTP 413), not an HTML page', async () => {
    const { status, body } = await post(server, { query: '{ me { id } }', variables: { padding: 'x'.repeat(10_000) } });
    expect(status).toBe(413);
    expect(body).toEqual({
      errors: [{ message: 'La richiesta supera il limite di 10.000 byte.', extensions: { code: 'PAYLOAD_TOO_LARGE' } }],
    });
  });

  it('accepts a body just under the size limit', async () => {
    const { status, body } = await post(server, { query: '{ me { id } }', variables: { padding: 'x'.repeat(9_900) } });
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
  });

  it('answers malformed JSON with BAD_REQUEST in JSON (HTTP 400)', async () => {
    const { status, body } = await post(server, '{"query": "{ me { id } }"');
    expect(status).toBe(400);
    expect(body).toEqual({
      errors: [{ message: 'Il corpo della richiesta non è JSON valido.', extensions: { code: 'BAD_REQUEST' } }],
    });
  });

  it('answers a body in a charset it cannot read with BAD_REQUEST in JSON (HTTP 415)', async () => {
    const { status, body } = await post(
      server,
      { query: '{ me { id } }' },
      { 'content-type': 'application/json; charset=latin1' },
    );
    expect(status).toBe(415);
    expect(body.errors[0].extensions).toEqual({ code: 'BAD_REQUEST' });
    expect(body.errors[0].message).toMatch(/charset/);
  });

  it('refuses a batch of operations in one request with BAD_REQUEST (HTTP 400)', async () => {
    const { status, body } = await post(server, [{ query: '{ me { id } }' }, { query: '{ me { email } }' }]);
    expect(status).toBe(400);
    expect(body).toEqual({
      errors: [{ message: 'Operation batching disabled.', extensions: { code: 'BAD_REQUEST' } }],
    });
  });
});

describe('security headers and CORS', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ config: { corsOrigins: ['https://ponte.example'] } });
  });
  afterAll(() => server.close());

  it('sends helmet’s security headers and hides the framework', async () => {
    const { headers } = await post(server, { query: '{ me { id } }' });
    expect(headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(headers.get('x-content-type-options')).toBe('nosniff');
    expect(headers.get('x-frame-options')).toBe('SAMEORIGIN');
    expect(headers.get('strict-transport-security')).toMatch(/max-age=\d+/);
    expect(headers.get('referrer-policy')).toBe('no-referrer');
    expect(headers.get('x-powered-by')).toBeNull();
  });

  it('serves GraphiQL under a CSP that allows everything its page loads: scripts and styles from Ponte, no HTTPS upgrade', async () => {
    const response = await fetch(`${server.url}/graphiql`);
    expect(response.status).toBe(200);
    const csp = response.headers.get('content-security-policy')!;
    expect(csp).toMatch(/script-src 'self'(;|$)/);
    expect(csp).toMatch(/style-src 'self' https: 'unsafe-inline'/);
    expect(csp).not.toContain('upgrade-insecure-requests');
    const page = await response.text();
    expect(page).not.toMatch(/<script(?![^>]*\ssrc=)[^>]*>/);
    for (const [, address] of page.matchAll(/(?:src|href)="([^"]+)"/g))
      expect(address).toMatch(/^\/graphiql\/assets\//);
  });

  it('gives CORS headers to a configured origin, on the request and its preflight', async () => {
    const { headers } = await post(server, { query: '{ me { id } }' }, { origin: 'https://ponte.example' });
    expect(headers.get('access-control-allow-origin')).toBe('https://ponte.example');
    expect(headers.get('access-control-expose-headers')).toContain('RateLimit');

    const preflight = await fetch(`${server.url}/graphql`, {
      method: 'OPTIONS',
      headers: {
        origin: 'https://ponte.example',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'authorization,content-type',
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('https://ponte.example');
    expect(preflight.headers.get('access-control-allow-headers')).toBe('authorization,content-type');
  });

  it('gives no CORS headers to any other origin, so a browser will not let its page read the answer', async () => {
    const { headers } = await post(server, { query: '{ me { id } }' }, { origin: 'https://elsewhere.example' });
    expect(headers.get('access-control-allow-origin')).toBeNull();
    const preflight = await fetch(`${server.url}/graphql`, {
      method: 'OPTIONS',
      headers: { origin: 'https://elsewhere.example', 'access-control-request-method': 'POST' },
    });
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('CORS settings', () => {
  it('allow any origin outside production and none in production unless PONTE_CORS_ORIGINS lists them', () => {
    expect(loadConfig({ NODE_ENV: 'development' }).corsOrigins).toBe('*');
    expect(loadConfig({ NODE_ENV: 'production', PONTE_JWT_SECRET: 'x'.repeat(32) }).corsOrigins).toEqual([]);
    expect(
      loadConfig({
        NODE_ENV: 'production',
        PONTE_JWT_SECRET: 'x'.repeat(32),
        PONTE_CORS_ORIGINS: 'https://a.example, http://b.example:8080',
      }).corsOrigins,
    ).toEqual(['https://a.example', 'http://b.example:8080']);
  });

  it('refuse an entry that is not an origin', () => {
    expect(() => loadConfig({ PONTE_CORS_ORIGINS: 'https://a.example/app' })).toThrow(/PONTE_CORS_ORIGINS/);
    expect(() => loadConfig({ PONTE_CORS_ORIGINS: 'a.example' })).toThrow(/PONTE_CORS_ORIGINS/);
  });
});

describe('rate limiting', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ config: { limits: limits({ requestsPerMinute: 3 }) } });
  });
  afterAll(() => server.close());

  it('refuses a session’s 4th request in a minute with RATE_LIMITED (HTTP 429) and standard RateLimit headers', async () => {
    const session = await server.authorization(server.coordinatorId);
    for (let i = 0; i < 3; i += 1) {
      const { status, headers } = await post(server, { query: '{ me { id } }' }, session);
      expect(status).toBe(200);
      expect(headers.get('ratelimit')).toMatch(new RegExp(`r=${2 - i}`));
    }
    const refused = await post(server, { query: '{ me { id } }' }, session);
    expect(refused.status).toBe(429);
    expect(refused.body).toEqual({
      errors: [
        {
          message: 'Troppe richieste: al massimo 3 al minuto. Riprova tra poco.',
          extensions: { code: 'RATE_LIMITED' },
        },
      ],
    });
    expect(refused.headers.get('ratelimit-policy')).toMatch(/q=3; w=60/);
    expect(refused.headers.get('ratelimit')).toMatch(/r=0/);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);

    const otherSession = await post(server, { query: '{ me { id } }' }, await server.authorization(server.adminId));
    expect(otherSession.status).toBe(200);
  });

  it('counts requests without a valid token by client address, so that made-up tokens do not escape the limit', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 2; i += 1) statuses.push((await post(server, { query: '{ __typename }' }, {}, true)).status);
    for (let i = 0; i < 3; i += 1) {
      const madeUp = { authorization: `Bearer ${randomBytes(24).toString('base64url')}` };
      statuses.push((await post(server, { query: '{ __typename }' }, madeUp)).status);
    }
    expect(statuses.slice(0, 3)).not.toContain(429);
    expect(statuses.slice(3)).toEqual([429, 429]);
  });
});

describe('production mode', () => {
  let server: TestServer;
  const production: Partial<PonteConfig> = { nodeEnv: 'production', corsOrigins: [] };
  beforeAll(async () => {
    server = await startTestServer({ config: production });
  });
  afterAll(() => server.close());

  it('refuses introspection', async () => {
    const { status, body } = await post(server, { query: '{ __schema { types { name } } }' });
    expect(status).toBe(400);
    expect(body.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(body.errors[0].message).toMatch(/introspection is not allowed/);
  });

  it('does not serve GraphiQL, nor redirect the root address to it', async () => {
    expect((await fetch(`${server.url}/graphiql`)).status).toBe(404);
    expect((await fetch(`${server.url}/graphiql/assets/graphiql.js`)).status).toBe(404);
    expect((await fetch(`${server.url}/`, { redirect: 'manual' })).status).toBe(404);
  });

  it.each([
    ['an unknown field', { query: '{ beneficiarie { totalCount } }' }, 'beneficiaries'],
    ['an unknown argument', { query: '{ skillCatalogue(sectr: CARE) { id } }' }, 'sector'],
    ['an enum value written in the query', { query: '{ skillCatalogue(sector: CAR) { id } }' }, 'CARE'],
    [
      'an enum value in a variable',
      { query: 'query($s: Sector) { skillCatalogue(sector: $s) { id } }', variables: { s: 'CAR' } },
      'CARE',
    ],
    [
      'an input field written in the query',
      { query: '{ employers(filter: { partitaIv: "0" }) { totalCount } }' },
      'partitaIva',
    ],
    [
      'an input field in a variable',
      {
        query: 'query($f: EmployerFilter) { employers(filter: $f) { totalCount } }',
        variables: { f: { partitaIv: '0' } },
      },
      'partitaIva',
    ],
    [
      'a type in a variable definition',
      { query: 'query($f: EmployerFiltr) { employers(filter: $f) { totalCount } }' },
      'EmployerFilter',
    ],
  ])(
    'suggests nothing for %s, which would reveal the schema without introspection',
    async (_name, request, suggestion) => {
      const { body } = await post(server, request);
      expect(body.errors.length).toBeGreaterThan(0);
      const messages = body.errors.map((e: { message: string }) => e.message).join('\n');
      expect(messages).not.toMatch(/Did you mean|suggest|Forse intendevi/i);
      expect(messages).not.toContain(`"${suggestion}"`);
    },
  );

  it('gives CORS headers to no origin by default', async () => {
    const { headers } = await post(server, { query: '{ me { id } }' }, { origin: 'https://ponte.example' });
    expect(headers.get('access-control-allow-origin')).toBeNull();
  });

  it('still answers ordinary queries', async () => {
    const { status, body } = await post(server, { query: '{ me { id } }' });
    expect(status).toBe(200);
    expect(body.data.me.id).toBeTruthy();
  });
});

describe('internal errors', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  it('reach the client masked: no SQL text, table name or stack trace, only INTERNAL_SERVER_ERROR', async () => {
    const logged = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    await server.dataSource.query('ALTER TABLE municipality RENAME TO municipality_elsewhere');
    try {
      const { body } = await post(server, { query: '{ municipalities { id name } }' });
      expect(body.errors).toHaveLength(1);
      expect(body.errors[0].extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
      expect(JSON.stringify(body)).not.toMatch(/municipality|select|relation|\.ts:\d+|at /i);
      expect(logged).toHaveBeenCalled();
    } finally {
      await server.dataSource.query('ALTER TABLE municipality_elsewhere RENAME TO municipality');
      logged.mockRestore();
    }
  });
});
