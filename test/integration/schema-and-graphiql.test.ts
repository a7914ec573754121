import { readFileSync } from 'node:fs';
import path from 'node:path';
import { runInNewContext } from 'node:vm';
import { buildPonteSchema, printPonteSchema } from '../../src/app/schema';
import { startTestServer, TestServer } from '../helpers/test-server';

describe('checked-in SDL', () => {
  it('matches the schema the code builds (run `npm run schema:print` after an API change)', async () => {
    const checkedIn = readFileSync(path.join(__dirname, '..', '..', 'schema', 'schema.graphql'), 'utf8');
    expect(printPonteSchema(await buildPonteSchema())).toBe(checkedIn);
  });
});

describe('GraphiQL', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  it('serves its page and every script and style from Ponte itself, with no external address', async () => {
    const page = await (await fetch(`${server.url}/graphiql`)).text();
    const assets = [...page.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]);
    expect(assets.length).toBe(5);
    for (const asset of assets) {
      expect(asset.startsWith('/graphiql/assets/')).toBe(true);
      const response = await fetch(`${server.url}${asset}`);
      expect(response.status).toBe(200);
      expect((await response.text()).length).toBeGreaterThan(100);
    }
  });

  it('keeps its headers (the Authorization token) across reloads: the served script asks GraphiQL to persist them', async () => {
    const script = await (await fetch(`${server.url}/graphiql/assets/start.js`)).text();
    // The script runs against stand-ins for React and GraphiQL that record the properties GraphiQL is given.
    const rendered: Array<{ component: unknown; props: Record<string, unknown> }> = [];
    const GraphiQL = Object.assign(() => null, { createFetcher: (options: unknown) => ({ options }) });
    runInNewContext(script, {
      GraphiQL,
      React: { createElement: (component: unknown, props: Record<string, unknown>) => ({ component, props }) },
      ReactDOM: { createRoot: () => ({ render: (element: any) => rendered.push(element) }) },
      document: { getElementById: () => ({}) },
    });
    expect(rendered).toHaveLength(1);
    expect(rendered[0].component).toBe(GraphiQL);
    expect(rendered[0].props).toMatchObject({ shouldPersistHeaders: true, isHeadersEditorEnabled: true });
    // No `storage` override: GraphiQL keeps tabs, queries and (so asked) headers in the browser's localStorage.
    expect(rendered[0].props).not.toHaveProperty('storage');
  });

  it('redirects the root address to GraphiQL', async () => {
    const response = await fetch(`${server.url}/`, { redirect: 'manual' });
    expect(response.headers.get('location')).toBe('/graphiql');
  });
});

describe('errors', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  it('answers a malformed query with a typed error and no stack trace', async () => {
    const { errors } = await server.gql(`{ beneficiaries(first: 1) { totalCount `);
    expect(errors![0].extensions!.code).toBe('GRAPHQL_PARSE_FAILED');
    expect(errors![0].extensions!.stacktrace).toBeUndefined();
  });

  it('answers an ID that is not a Ponte ID with BAD_USER_INPUT on the id field', async () => {
    const { errors } = await server.gql(`{ node(id: "abc") { id } }`);
    expect(errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
  });
});
