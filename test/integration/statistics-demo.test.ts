import { seedDemoData } from '../../src/seed/demo-data';
import { startTestServer, TestServer } from '../helpers/test-server';

/** The demo data reproduces the figures the service published for 2022, from its records. */
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
  await seedDemoData(server.dataSource);
});
afterAll(() => server.close());

const STATS = `query($ambito: Int) { serviceStatistics(year: 2022, ambito: $ambito) {
  totals { peopleAccompanied internshipsAndTrialsStarted peoplePlacedOrRenewed conversionRate }
  byAmbito { key peopleAccompanied internshipsAndTrialsStarted peoplePlacedOrRenewed }
  byPlacementKind { kind placementsStarted people }
  csv } }`;

describe('the demo data’s 2022', () => {
  it('gives the published figures: 315 people (206 / 109), 73 internships and trials (44 / 29), 245 placed or renewed (111 / 124)', async () => {
    const { data, errors } = await server.gql(STATS);
    expect(errors).toBeUndefined();
    const s = data!.serviceStatistics;
    expect(s.totals).toMatchObject({
      peopleAccompanied: 315,
      internshipsAndTrialsStarted: 73,
      peoplePlacedOrRenewed: 245,
    });
    expect(s.byAmbito).toEqual([
      { key: '1', peopleAccompanied: 206, internshipsAndTrialsStarted: 44, peoplePlacedOrRenewed: 111 },
      { key: '3', peopleAccompanied: 109, internshipsAndTrialsStarted: 29, peoplePlacedOrRenewed: 124 },
      // The published total (245) is 10 more than its ambiti (111 + 124): people who moved away while in monitoring.
      { key: 'NONE', peopleAccompanied: 0, internshipsAndTrialsStarted: 0, peoplePlacedOrRenewed: 10 },
    ]);
    const kinds = Object.fromEntries(s.byPlacementKind.map((k: any) => [k.kind, k.placementsStarted]));
    expect(kinds.TIROCINIO_INCLUSIONE + kinds.WORK_TRIAL).toBe(73);
    expect(s.totals.conversionRate).toBeGreaterThan(0);
    expect(s.csv.split('\r\n')[1]).toMatch(/^2022,,TOTAL,TOTAL,Totale,315,73,245,/);
  });

  it('gives each ambito its own figures when asked', async () => {
    for (const [ambito, figures] of [
      [1, [206, 44, 111]],
      [3, [109, 29, 124]],
    ] as const) {
      const { data } = await server.gql(STATS, { ambito });
      const t = data!.serviceStatistics.totals;
      expect([t.peopleAccompanied, t.internshipsAndTrialsStarted, t.peoplePlacedOrRenewed]).toEqual(figures);
    }
  });

  it('has the records behind the figures: every internship, training and placement step of a case has its placement', async () => {
    const [row] = await server.dataSource.query(`
      SELECT
        (SELECT count(*) FROM case_status_change c WHERE c.to_status = 'INTERNSHIP' AND NOT EXISTS (
           SELECT 1 FROM placement p WHERE p.beneficiary_id = c.beneficiary_id AND p.kind IN ('TIROCINIO_INCLUSIONE', 'WORK_TRIAL')
             AND p.starts_on = (c.changed_at AT TIME ZONE 'UTC')::date))::int AS internships_without_placement,
        (SELECT count(*) FROM case_status_change c WHERE c.to_status = 'PLACED' AND NOT EXISTS (
           SELECT 1 FROM placement p WHERE p.beneficiary_id = c.beneficiary_id AND p.kind IN ('HIRING', 'CONTRACT_RENEWAL')
             AND p.starts_on = (c.changed_at AT TIME ZONE 'UTC')::date))::int AS placed_without_contract,
        (SELECT count(*) FROM beneficiary b WHERE b.case_status = 'INTERNSHIP' AND NOT EXISTS (
           SELECT 1 FROM placement p WHERE p.beneficiary_id = b.id AND p.status = 'ACTIVE'
             AND p.kind IN ('TIROCINIO_INCLUSIONE', 'WORK_TRIAL')))::int AS interning_without_active,
        (SELECT count(*) FROM placement p WHERE p.status IN ('ACTIVE', 'SUSPENDED') AND NOT EXISTS (
           SELECT 1 FROM monitoring_visit v WHERE v.placement_id = p.id AND v.status = 'PLANNED'))::int AS running_without_next_visit,
        (SELECT count(*) FROM placement p JOIN beneficiary b ON b.id = p.beneficiary_id
           WHERE p.status IN ('ACTIVE', 'SUSPENDED') AND b.case_status = 'CLOSED')::int AS running_on_closed_case`);
    expect(row).toEqual({
      internships_without_placement: 0,
      placed_without_contract: 0,
      interning_without_active: 0,
      running_without_next_visit: 0,
      running_on_closed_case: 0,
    });
  });

  it('is deterministic: the same seed gives the same placements, IDs included', async () => {
    const other = await startTestServer();
    try {
      await seedDemoData(other.dataSource);
      const snapshot = (s: TestServer) =>
        s.dataSource.query(
          `SELECT id, beneficiary_id, kind, status, starts_on::text, ended_on::text FROM placement ORDER BY id`,
        );
      const [first, second] = [await snapshot(server), await snapshot(other)];
      expect(second.length).toBeGreaterThan(300);
      expect(second).toEqual(first);
    } finally {
      await other.close();
    }
  });
});
