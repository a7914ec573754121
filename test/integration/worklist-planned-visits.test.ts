import fc from 'fast-check';
import { WORKLIST_SQL } from '../../src/modules/placements/sql/worklist-sql';
import { seedDemoData } from '../../src/seed/demo-data';
import { startTestServer, TestServer } from '../helpers/test-server';

/*
 * The planned visits on an operator's worklist are those of running placements the operator is down to do: the
 * visit's own operator, or its placement's tutor when the visit names nobody. The statement reads two indexes
 * instead of one coalesce; whatever the visits' operators, statuses and days, it finds what the plain rule finds.
 */

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
  await seedDemoData(server.dataSource, { beneficiaries: 60, employers: 8, openings: 20 });
}, 120_000);
afterAll(() => server.close());

const RULE = `SELECT v.id FROM monitoring_visit v JOIN placement p ON p.id = v.placement_id
  WHERE v.status = 'PLANNED' AND p.status = 'ACTIVE' AND coalesce(v.operator_id, p.tutor_id) = $1
    AND v.planned_on <= $2`;

const settings = { visitAheadDays: 0, referralWaitingDays: 0, noContactDays: 0, internshipEndingDays: 0 };

it('finds, for every operator and horizon, exactly the visits the rule names', async () => {
  const db = server.dataSource;
  const operators: string[] = (await db.query(`SELECT id FROM operator`)).map((r: { id: string }) => r.id);
  const visits: string[] = (
    await db.query(`SELECT id FROM monitoring_visit WHERE status <> 'DONE' ORDER BY id LIMIT 200`)
  ).map((r: { id: string }) => r.id);
  expect(visits.length).toBeGreaterThan(20);
  const change = fc.record({
    visit: fc.constantFrom(...visits),
    operator: fc.option(fc.constantFrom(...operators), { nil: null }),
    planned: fc.boolean(),
    day: fc.integer({ min: -60, max: 60 }),
  });
  await fc.assert(
    fc.asyncProperty(
      fc.array(change, { minLength: 1, maxLength: 30 }),
      fc.integer({ min: -30, max: 90 }),
      async (changes, ahead) => {
        for (const c of changes) {
          await db.query(
            `UPDATE monitoring_visit SET operator_id = $2, planned_on = current_date + $3::int,
             status = CASE WHEN $4 THEN 'PLANNED' ELSE 'CANCELLED' END
           WHERE id = $1 AND status <> 'DONE'`,
            [c.visit, c.operator, c.day, c.planned],
          );
        }
        const today = (await db.query(`SELECT current_date::text AS d`))[0].d as string;
        const horizon = (await db.query(`SELECT (current_date + $1::int)::text AS d`, [ahead]))[0].d as string;
        for (const operatorId of operators) {
          const sql = WORKLIST_SQL.plannedVisits({
            operatorId,
            operatorAmbito: null,
            today,
            settings: { ...settings, visitAheadDays: ahead },
          });
          const found = (await db.query(sql.text, sql.params)).map((r: { visitId: string }) => r.visitId).sort();
          const expected = (await db.query(RULE, [operatorId, horizon])).map((r: { id: string }) => r.id).sort();
          expect(found).toEqual(expected);
        }
      },
    ),
    { numRuns: 15 },
  );
}, 120_000);
