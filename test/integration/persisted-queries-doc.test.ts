import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { startTestServer, TestServer } from '../helpers/test-server';

/** docs/api.md's example of automatic persisted queries, run as written: its hash, its three steps, its refusal. */

let server: TestServer;
let auth: Record<string, string>;
beforeAll(async () => {
  server = await startTestServer();
  auth = await server.authorization(server.coordinatorId);
});
afterAll(() => server.close());

const doc = readFileSync(path.join(__dirname, '..', '..', 'docs', 'api.md'), 'utf8');
const hash = doc.match(/^HASH=([0-9a-f]{64})/m)![1];
const query = doc.match(/^QUERY='(.+)'$/m)![1];
const persisted = (sha256Hash: string) => ({ persistedQuery: { version: 1, sha256Hash } });

async function post(body: object) {
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...auth },
    body: JSON.stringify(body),
  });
  return (await response.json()) as any;
}

describe('automatic persisted queries, as docs/api.md shows them', () => {
  it('the documented hash is the SHA-256 of the documented query', () => {
    expect(createHash('sha256').update(query).digest('hex')).toBe(hash);
  });

  it('asks for the text once, then answers the hash alone, by POST and by GET', async () => {
    const variables = { first: 5 };
    const unknown = await post({ variables, extensions: persisted(hash) });
    expect(unknown.errors[0].extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');

    const registered = await post({ query, variables, extensions: persisted(hash) });
    expect(registered.errors).toBeUndefined();
    expect(registered.data.beneficiaries.totalCount).toBe(0);

    const byHash = await post({ variables, extensions: persisted(hash) });
    expect(byHash).toEqual(registered);

    const url = new URL(`${server.url}/graphql`);
    url.searchParams.set('variables', JSON.stringify(variables));
    url.searchParams.set('extensions', JSON.stringify(persisted(hash)));
    const get = await fetch(url, { headers: { ...auth, 'apollo-require-preflight': 'true' } });
    expect(await get.json()).toEqual(registered);
  });

  it('refuses a hash that does not match the text sent with it', async () => {
    const other = createHash('sha256').update('{ ambiti { number } }').digest('hex');
    const mismatch = await post({ query, variables: { first: 5 }, extensions: persisted(other) });
    expect(mismatch.data).toBeUndefined();
    expect(mismatch.errors[0].extensions.code).toBe('BAD_REQUEST');
  });
});
