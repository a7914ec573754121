import fc from 'fast-check';
import { findEligiblePairs, findExcludedPairs } from '../../src/modules/matching/reads/candidate-search';
import { topCandidatesForOpening } from '../../src/modules/matching/reads/candidate-ranking';
import { byScoreThenId, scoreEligiblePairs } from '../../src/modules/matching/pair-scoring';
import { topOpeningsForPerson } from '../../src/modules/matching/reads/opening-ranking';
import { MatchFilter } from '../../src/modules/matching/sql/pair-query';
import { seedDemoData } from '../../src/seed/demo-data';
import { openingsToRank } from '../helpers/fixtures';
import { startTestServer, TestServer } from '../helpers/test-server';

let server: TestServer;
let openingIds: string[];

beforeAll(async () => {
  server = await startTestServer();
  await seedDemoData(server.dataSource);
  openingIds = await openingsToRank(server, 40);
}, 120_000);
afterAll(() => server.close());

describe('matching on the demo data', () => {
  it('pre-ranking in the database gives exactly the ranking of scoring every eligible person in Node, at any depth and filter', async () => {
    const manager = server.dataSource.manager;
    const filters: MatchFilter[] = [{}, { ambito: 1 }, { maxCommuteKm: 15 }];
    for (const openingId of openingIds) {
      for (const filter of filters) {
        const everyone = (
          await scoreEligiblePairs(manager, await findEligiblePairs(manager, { openingId }, filter))
        ).sort(byScoreThenId('beneficiaryId'));
        // Shallow lists raise the score to beat, so fewer people without the opening's skills are read.
        for (const depth of [1, 3, 10, 20]) {
          const fast = await topCandidatesForOpening(manager, openingId, filter, depth, null);
          expect({ openingId, filter, depth, ranked: fast.map((m) => [m.beneficiaryId, m.score]) }).toEqual({
            openingId,
            filter,
            depth,
            ranked: everyone.slice(0, depth).map((m) => [m.beneficiaryId, m.score]),
          });
        }
      }
    }
  });

  it('pre-ranking openings in the database gives exactly the ranking of scoring every eligible opening in Node', async () => {
    const manager = server.dataSource.manager;
    const people: Array<{ id: string }> = await server.dataSource.query(
      `SELECT id FROM beneficiary WHERE case_status NOT IN ('CLOSED', 'PLACED', 'MONITORING') ORDER BY md5(id::text) LIMIT 30`,
    );
    const filters: MatchFilter[] = [{}, { ambito: 3 }, { maxCommuteKm: 10 }];
    for (const { id } of people) {
      for (const filter of filters) {
        const everyone = (
          await scoreEligiblePairs(manager, await findEligiblePairs(manager, { beneficiaryId: id }, filter))
        ).sort(byScoreThenId('openingId'));
        for (const depth of [1, 5, 20]) {
          const fast = await topOpeningsForPerson(manager, id, filter, depth, null);
          expect({ id, filter, depth, ranked: fast.map((m) => [m.openingId, m.score]) }).toEqual({
            id,
            filter,
            depth,
            ranked: everyone.slice(0, depth).map((m) => [m.openingId, m.score]),
          });
        }
      }
    }
  });

  it('ranks candidates for every demo opening with explanations that add up', async () => {
    let withCandidates = 0;
    for (const openingId of openingIds) {
      const id = Buffer.from(`Opening:${openingId}`).toString('base64url');
      const { data, errors } = await server.gql(
        `query($id: ID!) { matchCandidates(openingId: $id, first: 5) { totalEligible matches { score factors { points } } } }`,
        { id },
      );
      expect(errors).toBeUndefined();
      if (data!.matchCandidates.matches.length) withCandidates += 1;
      for (const match of data!.matchCandidates.matches) {
        const points = match.factors.reduce((sum: number, f: any) => sum + Math.round(f.points * 100), 0);
        expect(points).toBe(Math.round(match.score * 100));
      }
    }
    expect(withCandidates).toBeGreaterThan(openingIds.length / 2);
  });

  it('reads the pairs of a list of people exactly as those of each person alone', async () => {
    const manager = server.dataSource.manager;
    const people: string[] = (
      await server.dataSource.query(`SELECT id FROM beneficiary ORDER BY md5(id::text) LIMIT 12`)
    ).map((row: { id: string }) => row.id);
    const sorted = <T extends { beneficiaryId: string }>(pairs: T[]) =>
      [...pairs].sort((a, b) => a.beneficiaryId.localeCompare(b.beneficiaryId));
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...openingIds),
        fc.subarray(people, { minLength: 1, maxLength: 5 }),
        async (openingId, chosen) => {
          const together = await findEligiblePairs(manager, { openingId, beneficiaryIds: chosen }, {});
          const alone = (
            await Promise.all(chosen.map((id) => findEligiblePairs(manager, { openingId, beneficiaryIds: [id] }, {})))
          ).flat();
          expect(sorted(together)).toEqual(sorted(alone));
          const excluded = await findExcludedPairs(manager, { openingId, beneficiaryIds: chosen }, {}, 100);
          const excludedAlone = await Promise.all(
            chosen.map((id) => findExcludedPairs(manager, { openingId, beneficiaryIds: [id] }, {}, 100)),
          );
          expect(excluded.total).toBe(excludedAlone.reduce((sum, one) => sum + one.total, 0));
          expect(sorted(excluded.pairs)).toEqual(sorted(excludedAlone.flatMap((one) => one.pairs)));
        },
      ),
      { numRuns: 30 },
    );
  });

  it("reads one person's pairs with statements PostgreSQL keeps a plan for, instead of planning them at every read", () =>
    server.dataSource.transaction(async (manager) => {
      // What the connection (pooled, so it may hold them from earlier tests) has prepared, and how it planned each.
      const planned = async () =>
        new Map<string, { generic: number; custom: number }>(
          (
            await manager.query(
              `SELECT statement, generic_plans AS generic, custom_plans AS custom FROM pg_prepared_statements`,
            )
          ).map((row: { statement: string; generic: string; custom: string }) => [
            row.statement,
            { generic: Number(row.generic), custom: Number(row.custom) },
          ]),
        );
      // Eligible pairs, so that the people's and the openings' features are read too, and some that are not.
      const eligible = (
        await Promise.all(openingIds.slice(0, 6).map((openingId) => findEligiblePairs(manager, { openingId }, {})))
      ).flatMap((pairs) => pairs.slice(0, 2));
      const people: string[] = (await manager.query(`SELECT id FROM beneficiary ORDER BY md5(id::text) LIMIT 6`)).map(
        (row: { id: string }) => row.id,
      );
      const anchors = [
        ...eligible.map((pair) => ({ openingId: pair.openingId, beneficiaryIds: [pair.beneficiaryId] })),
        ...people.map((id, i) => ({ openingId: openingIds[i], beneficiaryIds: [id] })),
      ];
      expect(eligible.length).toBeGreaterThanOrEqual(8);
      const before = await planned();
      for (const anchor of anchors) {
        await findEligiblePairs(manager, anchor, {});
        await findExcludedPairs(manager, anchor, {}, 1);
      }
      const used = [...(await planned())].map(([statement, after]) => {
        const earlier = before.get(statement) ?? { generic: 0, custom: 0 };
        return { generic: after.generic - earlier.generic, custom: after.custom - earlier.custom };
      });
      // Every statement the reads ran (the pairs, the people's and the openings' features), however many times.
      const runs = used.filter((plans) => plans.generic + plans.custom > 0);
      expect(runs.length).toBeGreaterThanOrEqual(5);
      for (const plans of runs) expect(plans.generic).toBeGreaterThan(0);
    }));
});
