import fc from 'fast-check';
import { EntityManager } from 'typeorm';
import { loadQuotaFacts } from '../../src/modules/quotas/reads/quota-facts';
import { findRecords, latestContacts } from '../../src/modules/quotas/reads/quota-records';
import { art3c3Organisations, quotaGroups } from '../../src/modules/quotas/quota-liaison.service';
import { insertEmployer, insertRow } from '../helpers/fixtures';
import { startTestServer, TestServer } from '../helpers/test-server';

let server: TestServer;
const employerIds: string[] = [];
const AS_OF = '2025-06-30';

/** How PostgreSQL has planned the connection's prepared quota-facts statements. */
async function plansOfFacts(manager: EntityManager): Promise<Array<{ generic: number; custom: number }>> {
  const rows: Array<{ generic: string; custom: string }> = await manager.query(
    `SELECT generic_plans AS generic, custom_plans AS custom FROM pg_prepared_statements
     WHERE statement LIKE '%art3c3_organisation AS "art3c3Organisation"%' ORDER BY statement`,
  );
  return rows.map((row) => ({
    generic: Number(row.generic),
    custom: Number(row.custom),
  }));
}

/** Every statement the connection holds prepared, with how many times PostgreSQL planned it each way. */
async function allPlans(manager: EntityManager): Promise<Map<string, { generic: number; custom: number }>> {
  const rows: Array<{ statement: string; generic: string; custom: string }> = await manager.query(
    `SELECT statement, generic_plans AS generic, custom_plans AS custom FROM pg_prepared_statements`,
  );
  return new Map(rows.map((row) => [row.statement, { generic: Number(row.generic), custom: Number(row.custom) }]));
}

beforeAll(async () => {
  server = await startTestServer();
  for (let i = 0; i < 4; i++) {
    const id = await insertEmployer(server, { legalName: `Officina ${i}`, partitaIva: `0300000${i}017` });
    employerIds.push(id);
    // Facts of several kinds, some after the date asked (they must stay out): headcounts, a new hire, an exemption.
    for (const [referenceDate, total] of [
      ['2024-12-31', 20 + i * 15],
      ['2025-12-31', 90],
    ] as const) {
      await insertRow(server, 'headcount_snapshot', {
        employer_id: id,
        reference_date: referenceDate,
        total_employees: total,
        disabled_workers: i % 2,
      });
    }
    // Contacts for three of the four employers, two on the same day for one (the later written is the latest).
    for (const contactedOn of ['2025-01-10', '2025-02-20', '2025-02-20'].slice(0, i)) {
      await insertRow(server, 'consultancy_contact', {
        employer_id: id,
        contacted_on: contactedOn,
        operator_id: server.coordinatorId,
        topic: 'QUOTA_OBLIGATION',
        outcome: `Colloquio ${contactedOn}`,
      });
    }
    // Two in a corporate group, one an art. 3 c. 3 organisation, so the per-employer readers have rows to compare.
    if (i > 0 && i < 3) {
      await server.dataSource.query(
        `INSERT INTO quota_group_member (employer_id, group_name, since) VALUES ($1, 'Gruppo Garda', '2024-01-01')`,
        [id],
      );
    }
    if (i === 3) {
      await server.dataSource.query(
        `INSERT INTO quota_employer_profile (employer_id, art3c3_organisation) VALUES ($1, 'NON_PROFIT')`,
        [id],
      );
    }
    if (i % 2 === 0) {
      await insertRow(server, 'quota_new_hire', { employer_id: id, hired_on: '2025-03-01', reference: 'UNILAV 1' });
      await insertRow(server, 'quota_new_hire', { employer_id: id, hired_on: '2025-09-01', reference: 'UNILAV 2' });
    }
  }
}, 60_000);

afterAll(() => server?.close());

describe("an employer's quota facts in one statement", () => {
  it('reads one employer with a statement PostgreSQL keeps a plan for, instead of planning it at every read', () =>
    server.dataSource.transaction(async (manager) => {
      for (let i = 0; i < 12; i++) await loadQuotaFacts(manager, [employerIds[i % 4]], AS_OF);
      const plans = await plansOfFacts(manager);
      expect(plans).toHaveLength(1);
      expect(plans[0].generic).toBeGreaterThan(0);
      expect(plans[0].custom).toBeLessThanOrEqual(6);
    }));

  it("reads one employer's records, latest contact, art. 3 organisation and group with statements PostgreSQL keeps a plan for", () =>
    server.dataSource.transaction(async (manager) => {
      const before = await allPlans(manager);
      for (let i = 0; i < 12; i++) {
        await findRecords(manager, 'newHire', 'employer_id', [employerIds[i % 4]]);
        await latestContacts(manager, [employerIds[i % 4]]);
        await art3c3Organisations(manager, [employerIds[i % 4]]);
        await quotaGroups(manager, [employerIds[i % 4]]);
      }
      const runs = [...(await allPlans(manager))]
        .map(([statement, after]) => {
          const earlier = before.get(statement) ?? { generic: 0, custom: 0 };
          return { generic: after.generic - earlier.generic, custom: after.custom - earlier.custom };
        })
        .filter((plans) => plans.generic + plans.custom > 0);
      expect(runs).toHaveLength(4);
      for (const plans of runs) expect(plans.generic).toBeGreaterThan(0);
    }));

  it('answers for any set of employers exactly as for each of them alone', () =>
    fc.assert(
      fc.asyncProperty(
        fc.subarray([0, 1, 2, 3], { minLength: 0 }),
        fc.constantFrom('2024-06-30', AS_OF),
        async (picked, asOf) => {
          const ids = picked.map((i) => employerIds[i]);
          const together = await loadQuotaFacts(server.dataSource.manager, [...ids, ...ids], asOf);
          for (const id of ids) {
            const alone = await loadQuotaFacts(server.dataSource.manager, [id], asOf);
            expect(together.facts.get(id)).toEqual(alone.facts.get(id));
            expect(together.groups.get(id)).toEqual(alone.groups.get(id));
          }
          expect([...together.facts.keys()].sort()).toEqual([...new Set(ids)].sort());
          const hires = await findRecords(server.dataSource.manager, 'newHire', 'employer_id', ids);
          const hiresAlone = await Promise.all(
            ids.map((id) => findRecords(server.dataSource.manager, 'newHire', 'employer_id', [id])),
          );
          expect(new Set(hires.map((h) => h.id))).toEqual(new Set(hiresAlone.flat().map((h) => h.id)));
          expect(await quotaGroups(server.dataSource.manager, ids)).toEqual(
            (await Promise.all(ids.map((id) => quotaGroups(server.dataSource.manager, [id])))).flat(),
          );
          expect(await art3c3Organisations(server.dataSource.manager, ids)).toEqual(
            (await Promise.all(ids.map((id) => art3c3Organisations(server.dataSource.manager, [id])))).flat(),
          );
          const contacts = await latestContacts(server.dataSource.manager, ids);
          for (const id of ids) {
            const alone = await latestContacts(server.dataSource.manager, [id]);
            expect(contacts.get(id)).toEqual(alone.get(id));
          }
        },
      ),
      { numRuns: 25 },
    ));

  it('reads only what was on or before the date asked', async () => {
    const { facts } = await loadQuotaFacts(server.dataSource.manager, [employerIds[0]], AS_OF);
    expect(facts.get(employerIds[0])).toMatchObject({ newHires: ['2025-03-01'] });
    expect(facts.get(employerIds[0])!.snapshots.map((s) => s.referenceDate)).toEqual(['2024-12-31']);
  });
});
