import { startTestServer, TestServer } from '../helpers/test-server';

/** Ponte serves queries and mutations over HTTP; any other kind of operation is a client's mistake, said as such. */

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

async function post(query: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query }),
  });
  return { status: response.status, body: (await response.json()) as any };
}

describe('a subscription', () => {
  it.each([
    ['on a field the schema has', 'subscription { beneficiaries { totalCount } }'],
    ['on a field it lacks', 'subscription Watch { worklistChanged { id } }'],
  ])('%s is refused with OPERATION_NOT_SUPPORTED and HTTP 400, not an internal error', async (_name, query) => {
    for (const headers of [{}, await server.authorization(server.coordinatorId)]) {
      const { status, body } = await post(query, headers);
      expect(status).toBe(400);
      expect(body.errors).toHaveLength(1);
      expect(body.errors[0].extensions).toEqual({ code: 'OPERATION_NOT_SUPPORTED' });
      expect(body.errors[0].message).toMatch(/subscription/);
    }
  });

  it('leaves queries and mutations as they were', async () => {
    const { status, body } = await post('{ ambiti { number } }', await server.authorization(server.coordinatorId));
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
  });
});
