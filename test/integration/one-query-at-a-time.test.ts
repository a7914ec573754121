import fc from 'fast-check';
import { Client } from 'pg';
import { addDays, todayInItaly } from '../../src/config/calendar';
import { toGlobalId } from '../../src/graphql/relay';
import { seedDemoData } from '../../src/seed/demo-data';
import { startTestServer, TestServer } from '../helpers/test-server';

/*
 * pg queues a query sent on a connection that is still busy, and says it will refuse to from pg 9: every query
 * runner sends one query at a time itself. Seen here as pg sees it: at each query it is sent, its connection's queue
 * is empty (the very test pg makes before its deprecation notice).
 */

let server: TestServer;
let queuedBehindAnother = 0;
const sendQuery = Client.prototype.query;

beforeAll(async () => {
  server = await startTestServer();
  jest.spyOn(Client.prototype, 'query').mockImplementation(function (this: Client, ...args: unknown[]) {
    const client = this as unknown as { _queryQueue: unknown[]; pipeline?: boolean };
    if (client._queryQueue.length > 0 && !client.pipeline) queuedBehindAnother += 1;
    return (sendQuery as (...a: unknown[]) => unknown).apply(this, args);
  } as typeof Client.prototype.query);
}, 60_000);
afterAll(async () => {
  jest.restoreAllMocks();
  await server.close();
});
beforeEach(() => {
  queuedBehindAnother = 0;
});

describe('one query at a time on a connection', () => {
  it('sends side-by-side reads of a transaction one after the other, each with its own answer, in order', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 2, maxLength: 8 }), async (delays) => {
        const order: number[] = [];
        const answers = await server.dataSource.transaction((manager) =>
          Promise.all(
            delays.map(async (ms, i) => {
              const [row] = await manager.query('SELECT $1::int AS i, pg_sleep($2::float8 / 1000) IS NULL AS slept', [
                i,
                ms,
              ]);
              order.push(i);
              return row.i;
            }),
          ),
        );
        expect(answers).toEqual(delays.map((_, i) => i));
        expect(order).toEqual(delays.map((_, i) => i));
      }),
      { numRuns: 15 },
    );
    expect(queuedBehindAnother).toBe(0);
  });

  it('goes on after a query fails, and the failure reaches only the query that failed', async () => {
    const runner = server.dataSource.createQueryRunner();
    try {
      const [first, failed, after] = await Promise.allSettled([
        runner.query('SELECT 1 AS n'),
        runner.query('SELECT 1 / 0'),
        runner.query('SELECT 3 AS n'),
      ]);
      expect(first).toMatchObject({ status: 'fulfilled', value: [{ n: 1 }] });
      expect(failed).toMatchObject({ status: 'rejected' });
      expect(after).toMatchObject({ status: 'fulfilled', value: [{ n: 3 }] });
    } finally {
      await runner.release();
    }
    expect(queuedBehindAnother).toBe(0);
  });

  it('leaves nothing for pg to queue while a placement is proposed, whose evidence reads run side by side', async () => {
    await seedDemoData(server.dataSource);
    // The first internship opening with someone in orientation among its candidates.
    const openings: Array<{ id: string }> = await server.dataSource.query(
      `SELECT id FROM opening WHERE status = 'OPEN' AND contract_type = 'TIROCINIO' ORDER BY id`,
    );
    let openingId = '';
    let best: { beneficiary: { id: string } } | undefined;
    for (const { id } of openings) {
      openingId = toGlobalId('Opening', id);
      const ranked = await server.gql(
        `query($id: ID!) { matchCandidates(openingId: $id, first: 1, filter: { caseStatuses: [ORIENTATION] }) {
          matches { beneficiary { id } } } }`,
        { id: openingId },
      );
      [best] = ranked.data!.matchCandidates.matches;
      if (best) break;
    }
    expect(best).toBeDefined();
    queuedBehindAnother = 0;
    const { data, errors } = await server.gql(
      `mutation($input: ProposePlacementInput!) { proposePlacement(input: $input) { status } }`,
      {
        input: {
          beneficiaryId: best!.beneficiary.id,
          openingId,
          kind: 'TIROCINIO_INCLUSIONE',
          startsOn: addDays(todayInItaly(), 7),
          plannedEndOn: addDays(todayInItaly(), 180),
          monthlyAllowanceCents: 50000,
          companyTutor: { name: 'Mario Bettoni', email: 'm.bettoni@officine.example' },
        },
      },
    );
    expect(errors).toBeUndefined();
    expect(data!.proposePlacement.status).toBe('PROPOSED');
    expect(queuedBehindAnother).toBe(0);
  });
});
