import { EntityManager } from 'typeorm';
import { findEligiblePairs } from '../../src/modules/matching/reads/candidate-search';
import { SCORE_ONLY } from '../../src/modules/mediation/rules/changes';
import { topCandidatesForOpening } from '../../src/modules/matching/reads/candidate-ranking';
import { openingWhatIf, WHAT_IF_TOP } from '../../src/modules/mediation/opening-what-if.service';
import { personWhatIf } from '../../src/modules/mediation/person-what-if.service';
import { seedDemoData } from '../../src/seed/demo-data';
import { startTestServer, TestServer } from '../helpers/test-server';
import { copyOpeningWithChanges, changePersonRecords } from '../helpers/fixtures';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
  await seedDemoData(server.dataSource);
}, 120_000);
afterAll(() => server.close());

/** Eligible people of an opening by matching on the records (the twin the what-if does not use), with their facts. */
async function eligiblePeople(manager: EntityManager, openingId: string) {
  const pairs = await findEligiblePairs(manager, { openingId }, {});
  const law68: Array<{ id: string }> = await manager.query(
    `SELECT id FROM beneficiary WHERE id = ANY($1::uuid[]) AND law68_category = 'DISABLED_ART1'`,
    [pairs.map((p) => p.beneficiaryId)],
  );
  const law68Ids = new Set(law68.map((r) => r.id));
  return new Map(pairs.map((p) => [p.beneficiaryId, { ambito: p.ambito, law68: law68Ids.has(p.beneficiaryId) }]));
}

async function eligibleOpenings(manager: EntityManager, beneficiaryId: string) {
  const pairs = await findEligiblePairs(manager, { beneficiaryId }, {});
  const quota: Array<{ id: string; ambito: number }> = await manager.query(
    `SELECT o.id, m.ambito_number AS ambito, o.counts_toward_quota AS quota FROM opening o
     JOIN employer_site s ON s.id = o.site_id JOIN municipality m ON m.id = s.municipality_id WHERE o.id = ANY($1::uuid[])`,
    [pairs.map((p) => p.openingId)],
  );
  return new Map(quota.map((r: any) => [r.id as string, { ambito: r.ambito as number, law68: r.quota as boolean }]));
}

function difference<T>(a: Map<string, T>, b: Map<string, T>): Array<[string, T]> {
  return [...a].filter(([id]) => !b.has(id));
}

describe('openingWhatIf counts what re-running matching on a modified copy of the opening counts', () => {
  it('for every change and the best pair, on demo openings', async () => {
    const manager = server.dataSource.manager;
    const openings: Array<{ id: string }> = await manager.query(
      `SELECT id FROM opening WHERE status = 'OPEN' ORDER BY md5(id::text) LIMIT 12`,
    );
    let checked = 0;
    let gainedSomewhere = 0;
    for (const { id } of openings) {
      const result = await openingWhatIf(manager, id, { ambito: 1, visibleAmbito: null });
      const before = await eligiblePeople(manager, id);
      expect(result.eligibleNow.total).toBe(before.size);
      const outcomes = [...result.changes, ...(result.bestPair ? [result.bestPair] : [])];
      for (const outcome of outcomes) {
        await manager
          .transaction(async (tx) => {
            const copyId = await copyOpeningWithChanges(tx, id, outcome.changes);
            const after = await eligiblePeople(tx, copyId);
            const gained = difference(after, before);
            const expected = {
              gained: gained.length,
              gainedInAmbito: gained.filter(([, p]) => p.ambito === 1).length,
              gainedLaw68: gained.filter(([, p]) => p.law68).length,
              lost: difference(before, after).length,
            };
            expect({ changes: outcome.changes, ...expected }).toEqual({
              changes: outcome.changes,
              gained: outcome.gained,
              gainedInAmbito: outcome.gainedInAmbito,
              gainedLaw68: outcome.gainedLaw68,
              lost: outcome.lost,
            });
            // Score-only changes bring people already eligible into the top 10: the test below ranks them.
            if (!outcome.changes.some((c) => SCORE_ONLY.has(c.code)))
              for (const e of outcome.entrants) expect(after.has(e.id) && !before.has(e.id)).toBe(true);
            if (outcome.gained > 0) gainedSomewhere += 1;
            checked += 1;
            throw new RollbackCopy();
          })
          .catch(ignoreRollback);
      }
    }
    expect(checked).toBeGreaterThan(20);
    expect(gainedSomewhere).toBeGreaterThan(0);
  }, 300_000);
});

describe('openingWhatIf names who enters the top 10 as ranking a modified copy of the opening does', () => {
  it('for a lower required level and a contract that counts toward the quota', async () => {
    const manager = server.dataSource.manager;
    const openings: Array<{ id: string }> = await manager.query(
      `SELECT o.id FROM opening o WHERE o.status = 'OPEN'
         AND (NOT o.counts_toward_quota OR EXISTS (SELECT 1 FROM opening_skill os WHERE os.opening_id = o.id AND os.minimum_level > 1))
       ORDER BY md5(o.id::text) LIMIT 10`,
    );
    const seen = { LOWER_LEVEL: 0, CONTRACT: 0, withEntrants: 0 };
    for (const { id } of openings) {
      const result = await openingWhatIf(manager, id, { ambito: 1, visibleAmbito: null });
      const before = await topCandidatesForOpening(manager, id, { ambito: null }, WHAT_IF_TOP, null);
      const beforeIds = new Set(before.map((m) => m.beneficiaryId));
      for (const outcome of result.changes.filter((o) => o.changes[0].code in seen)) {
        await manager
          .transaction(async (tx) => {
            const copyId = await copyOpeningWithChanges(tx, id, outcome.changes);
            const after = await topCandidatesForOpening(tx, copyId, { ambito: null }, WHAT_IF_TOP, null);
            const expected = after
              .map((m, i) => ({ id: m.beneficiaryId, score: m.score, rank: i + 1 }))
              .filter((m) => !beforeIds.has(m.id));
            expect({ change: outcome.changes[0], entrants: outcome.entrants }).toEqual({
              change: outcome.changes[0],
              entrants: expected,
            });
            expect([outcome.gained, outcome.lost]).toEqual([0, 0]);
            seen[outcome.changes[0].code as 'LOWER_LEVEL' | 'CONTRACT'] += 1;
            if (expected.length) seen.withEntrants += 1;
            throw new RollbackCopy();
          })
          .catch(ignoreRollback);
      }
    }
    expect(seen.LOWER_LEVEL).toBeGreaterThan(0);
    expect(seen.CONTRACT).toBeGreaterThan(0);
    expect(seen.withEntrants).toBeGreaterThan(0);
  }, 300_000);
});

describe('personWhatIf counts what re-running matching on a modified copy of the person counts', () => {
  it('for every change and the best pair, on demo people', async () => {
    const manager = server.dataSource.manager;
    const people: Array<{ id: string }> = await manager.query(
      `SELECT beneficiary_id AS id FROM match_profile ORDER BY md5(beneficiary_id::text) LIMIT 12`,
    );
    let checked = 0;
    let gainedSomewhere = 0;
    for (const { id } of people) {
      const result = await personWhatIf(manager, id, { ambito: 1, withNeeds: true });
      const before = await eligibleOpenings(manager, id);
      expect(result.eligibleNow.total).toBe(before.size);
      const outcomes = [...result.changes, ...(result.bestPair ? [result.bestPair] : [])];
      for (const outcome of outcomes) {
        await manager
          .transaction(async (tx) => {
            await changePersonRecords(tx, id, outcome.changes);
            const after = await eligibleOpenings(tx, id);
            const gained = difference(after, before);
            expect({ changes: outcome.changes, gained: gained.length, lost: difference(before, after).length }).toEqual(
              {
                changes: outcome.changes,
                gained: outcome.gained,
                lost: outcome.lost,
              },
            );
            expect(outcome.gainedInAmbito).toBe(gained.filter(([, o]) => o.ambito === 1).length);
            expect(outcome.gainedLaw68).toBe(gained.filter(([, o]) => o.law68).length);
            for (const e of outcome.entrants) expect(after.has(e.id) && !before.has(e.id)).toBe(true);
            if (outcome.gained > 0) gainedSomewhere += 1;
            checked += 1;
            throw new RollbackCopy();
          })
          .catch(ignoreRollback);
      }
    }
    expect(checked).toBeGreaterThan(20);
    expect(gainedSomewhere).toBeGreaterThan(0);
  }, 300_000);
});

class RollbackCopy extends Error {}
function ignoreRollback(error: unknown): void {
  if (!(error instanceof RollbackCopy)) throw error;
}
