import { todayInItaly } from '../../src/config/calendar';
import { seedDemoData, SeedSummary } from '../../src/seed/demo-data';
import { startTestServer, TestServer } from '../helpers/test-server';

/**
 * Demo data loaded today are dated from today: an operator's worklist has things due ahead as well as overdue, not
 * only items months late. The 2022 cohort keeps its year, and the figures published for 2022 still come out.
 */

let server: TestServer;
let summary: SeedSummary;
const today = todayInItaly();

beforeAll(async () => {
  server = await startTestServer();
  summary = await seedDemoData(server.dataSource, {
    beneficiaries: 120,
    employers: 30,
    openings: 40,
    referenceDate: today,
  });
}, 120_000);
afterAll(() => server?.close());

describe('demo data dated from the day they are loaded', () => {
  it('says which day they are dated from', () => {
    expect(summary.referenceDate).toBe(today);
  });

  it('give the operators worklists with items not yet due, not only overdue ones', async () => {
    const operators: Array<{ id: string }> = await server.dataSource.query(
      `SELECT id FROM operator WHERE role = 'OPERATOR' AND active ORDER BY email`,
    );
    const overdue: number[] = [];
    for (const { id } of operators) {
      const { data, errors } = await server.gql(`{ myWorklist { daysOverdue dueOn } }`, {}, { as: id });
      expect(errors).toBeUndefined();
      overdue.push(...data!.myWorklist.map((item: { daysOverdue: number }) => item.daysOverdue));
    }
    expect(overdue.length).toBeGreaterThan(5);
    expect(overdue.some((days) => days < 0)).toBe(true);
    // Nothing is dated after the day the data were loaded but what is planned.
    const [{ latest }] = await server.dataSource.query(
      `SELECT max(changed_at AT TIME ZONE 'Europe/Rome')::date::text AS latest FROM case_status_change`,
    );
    expect(latest <= today).toBe(true);
    expect(latest > '2026-10-30').toBe(true);
  });

  it('keep the closed 2022 cohort in 2022, with the figures the service published', async () => {
    expect(summary.history.figures2022).toBe(true);
    expect(summary.history.cohortPeople).toBeGreaterThan(0);
    const [{ n }] = await server.dataSource.query(
      `SELECT count(*)::int AS n FROM placement WHERE starts_on BETWEEN '2022-01-01' AND '2022-12-31'`,
    );
    expect(n).toBeGreaterThan(0);
  });

  it('refuse a day before the data’s own fixed dates', async () => {
    await expect(seedDemoData(server.dataSource, { referenceDate: '2025-06-01' })).rejects.toThrow(RangeError);
  });
});
