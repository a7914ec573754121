import { CaseStatus } from '../../src/modules/beneficiaries/beneficiary.enums';
import { isHistoryStep } from '../../src/modules/beneficiaries/case-transitions';
import { checkCodiceFiscale, decodeCodiceFiscale } from '../../src/modules/beneficiaries/codice-fiscale';
import { checkPartitaIva } from '../../src/modules/employers/partita-iva';
import { UsageError, parseSeedArguments } from '../../src/app/cli/seed';
import { DEMO_REFERENCE_DATE, SeedSummary, isDatabaseEmpty, seedDemoData } from '../../src/seed/demo-data';
import { TestServer, startTestServer } from '../helpers/test-server';

let server: TestServer;
let summary: SeedSummary;

beforeAll(async () => {
  server = await startTestServer();
  expect(await isDatabaseEmpty(server.dataSource)).toBe(true);
  summary = await seedDemoData(server.dataSource);
});
afterAll(() => server?.close());

const query = <T = any>(sql: string, parameters?: unknown[]): Promise<T[]> => server.dataSource.query(sql, parameters);

describe('demo data at the service’s real scale', () => {
  it('has a caseload of 315 people, 206 living in Ambito 1 and 109 in Ambito 3, plus the closed 2022 cohort', async () => {
    const [{ n }] = await query(`SELECT count(*)::int AS n FROM beneficiary`);
    expect(summary.history.cohortPeople).toBeGreaterThan(0);
    expect(n).toBe(315 + summary.history.cohortPeople);
    expect(summary.beneficiaries).toBe(315);
    expect(summary.beneficiariesByAmbito).toEqual({ 1: 206, 3: 109 });

    const ambito3Towns = await query(
      `SELECT count(DISTINCT b.residence_municipality_id)::int AS n
       FROM beneficiary b JOIN municipality m ON m.id = b.residence_municipality_id WHERE m.ambito_number = 3`,
    );
    expect(ambito3Towns[0].n).toBe(13);
  });

  it('has the service’s staff: 5 + 2 operators, a coordinator, 2 administrative staff, a liaison per ambito', async () => {
    const staff = await query(
      `SELECT role, ambito_number AS ambito, count(*)::int AS n FROM operator WHERE id NOT IN ($1, $2)
       GROUP BY 1, 2 ORDER BY 1, 2`,
      [server.coordinatorId, server.adminId],
    );
    expect(staff).toEqual([
      { role: 'ADMIN', ambito: null, n: 2 },
      { role: 'COORDINATOR', ambito: null, n: 1 },
      { role: 'EMPLOYER_LIAISON', ambito: 1, n: 1 },
      { role: 'EMPLOYER_LIAISON', ambito: 3, n: 1 },
      { role: 'OPERATOR', ambito: 1, n: 5 },
      { role: 'OPERATOR', ambito: 3, n: 2 },
    ]);
    const emails = await query<{ email: string }>(`SELECT email FROM operator`);
    for (const { email } of emails) expect(email).toMatch(/^[a-z]+\.[a-z]+[0-9]*@giustaoccupazione\.example$/);
  });

  it('assigns every person an operator of their own ambito', async () => {
    const mismatched = await query(
      `SELECT count(*)::int AS n FROM beneficiary b
       JOIN municipality m ON m.id = b.residence_municipality_id
       JOIN operator o ON o.id = b.assigned_operator_id
       WHERE o.role <> 'OPERATOR' OR o.ambito_number <> m.ambito_number`,
    );
    expect(mismatched[0].n).toBe(0);
  });

  it('has 150 employers, each with at least one site and a headcount snapshot, and 200 openings', async () => {
    const [counts] = await query(
      `SELECT (SELECT count(*) FROM employer)::int AS employers,
              (SELECT count(*) FROM opening)::int AS openings,
              (SELECT count(*) FROM employer e WHERE NOT EXISTS (SELECT 1 FROM employer_site s WHERE s.employer_id = e.id))::int AS without_site,
              (SELECT count(*) FROM employer e WHERE NOT EXISTS (
                 SELECT 1 FROM employer_site s WHERE s.employer_id = e.id AND s.is_headquarters))::int AS without_headquarters,
              (SELECT count(*) FROM headcount_snapshot WHERE reference_date = '2025-12-31')::int AS snapshots`,
    );
    expect(counts).toEqual({ employers: 150, openings: 200, without_site: 0, without_headquarters: 0, snapshots: 150 });

    const kinds = Object.fromEntries(
      (await query(`SELECT kind, count(*)::int AS n FROM employer GROUP BY kind`)).map((r) => [r.kind, r.n]),
    );
    expect(kinds.SOCIAL_COOPERATIVE_B).toBe(15);
    expect(kinds.PUBLIC).toBeGreaterThan(0);
    expect(kinds.PRIVATE).toBeGreaterThan(kinds.SOCIAL_COOPERATIVE_B + kinds.PUBLIC);
  });

  it('spreads employers over the four Law 68/99 size bands of the computable base', async () => {
    const bands = await query(
      `SELECT band, count(*)::int AS n FROM (
         SELECT CASE WHEN base < 15 THEN 'under 15' WHEN base <= 35 THEN '15-35' WHEN base <= 50 THEN '36-50' ELSE 'over 50' END AS band
         FROM (SELECT total_employees - managers - apprentices - short_fixed_term_workers - temp_agency_workers - home_workers
                      - cooperative_partners - workers_abroad - site_or_travelling_staff - disabled_workers
                      - protected_category_workers - disabled_in_service_workers AS base
               FROM headcount_snapshot) b) x
       GROUP BY band`,
    );
    expect(bands).toHaveLength(4);
    for (const band of bands) expect(band.n).toBeGreaterThanOrEqual(10);
  });

  it('gives every person a valid, unique codice fiscale encoding their birth date and sex', async () => {
    const people = await query<{ codice_fiscale: string; birth_date: string }>(
      `SELECT codice_fiscale, to_char(birth_date, 'YYYY-MM-DD') AS birth_date FROM beneficiary`,
    );
    expect(new Set(people.map((p) => p.codice_fiscale)).size).toBe(people.length);
    for (const p of people) {
      expect(checkCodiceFiscale(p.codice_fiscale)).toEqual({ valid: true, normalized: p.codice_fiscale });
      const [year, month, day] = p.birth_date.split('-').map(Number);
      expect(decodeCodiceFiscale(p.codice_fiscale).birthDate).toEqual({ yearTwoDigits: year % 100, month, day });
    }
  });

  it('gives every employer a valid, unique partita IVA', async () => {
    const employers = await query<{ partita_iva: string }>(`SELECT partita_iva FROM employer`);
    expect(new Set(employers.map((e) => e.partita_iva)).size).toBe(150);
    for (const e of employers) expect(checkPartitaIva(e.partita_iva).valid).toBe(true);
  });

  it('uses the fiscal code each legal form has: the partita IVA, the owner’s codice fiscale, or a public body’s own', async () => {
    const employers = await query<{
      legal_name: string;
      legal_form: string;
      kind: string;
      partita_iva: string;
      codice_fiscale: string;
    }>(`SELECT legal_name, legal_form, kind, partita_iva, codice_fiscale FROM employer`);
    for (const e of employers) {
      if (e.legal_form === 'SOLE_PROPRIETORSHIP') {
        expect(checkCodiceFiscale(e.codice_fiscale).valid).toBe(true);
      } else if (e.kind === 'PUBLIC') {
        expect(e.codice_fiscale).toMatch(/^[89][0-9]{10}$/);
        expect(checkPartitaIva(e.codice_fiscale).valid).toBe(true);
      } else {
        expect(e.codice_fiscale).toBe(e.partita_iva);
      }
      if (e.legal_name.startsWith('Cooperativa Sociale')) expect(e.legal_form).toBe('COOPERATIVE');
      if (e.legal_form === 'SRL') expect(e.legal_name).toMatch(/ S\.r\.l\.$/);
    }
  });

  it('records case histories that follow the lifecycle and end in each person’s current status', async () => {
    const steps = await query<{
      beneficiary_id: string;
      from_status: CaseStatus | null;
      to_status: CaseStatus;
      changed_at: Date;
    }>(
      `SELECT beneficiary_id, from_status, to_status, changed_at FROM case_status_change ORDER BY beneficiary_id, changed_at`,
    );
    const people = await query<{ id: string; case_status: CaseStatus; case_opened_at: Date }>(
      `SELECT id, case_status, case_opened_at FROM beneficiary`,
    );
    const byPerson = new Map<string, typeof steps>();
    for (const s of steps) byPerson.set(s.beneficiary_id, [...(byPerson.get(s.beneficiary_id) ?? []), s]);
    const statuses = new Set<CaseStatus>();
    const end = new Date(`${DEMO_REFERENCE_DATE}T23:59:59Z`);
    for (const person of people) {
      const history = byPerson.get(person.id)!;
      expect(history[0]).toMatchObject({ from_status: null, to_status: CaseStatus.REFERRED });
      for (let i = 1; i < history.length; i++) {
        expect(history[i].from_status).toBe(history[i - 1].to_status);
        expect(isHistoryStep(history[i - 1].to_status, history[i].to_status)).toBe(true);
        expect(history[i].changed_at.getTime()).toBeGreaterThan(history[i - 1].changed_at.getTime());
      }
      const last = history[history.length - 1];
      expect(last.to_status).toBe(person.case_status);
      expect(last.changed_at.getTime()).toBeLessThanOrEqual(end.getTime());
      const opening = [...history].reverse().find((s) => s.to_status === CaseStatus.REFERRED)!;
      expect(person.case_opened_at).toEqual(opening.changed_at);
      statuses.add(person.case_status);
    }
    expect(statuses).toEqual(new Set(Object.values(CaseStatus)));
  });

  it('has a referral that opened each case, and no referral after the reference date', async () => {
    const [row] = await query(
      `SELECT
         (SELECT count(*) FROM case_status_change WHERE to_status = 'REFERRED')::int AS openings,
         (SELECT count(*) FROM referral WHERE opened_case)::int AS opening_referrals,
         (SELECT count(*) FROM beneficiary b WHERE NOT EXISTS (SELECT 1 FROM referral r WHERE r.beneficiary_id = b.id))::int AS without,
         (SELECT count(*) FROM referral WHERE referred_on > '${DEMO_REFERENCE_DATE}')::int AS future`,
    );
    expect(row.opening_referrals).toBe(row.openings);
    expect(row.without).toBe(0);
    expect(row.future).toBe(0);
  });

  it('keeps people of working age, adults when first referred', async () => {
    const [row] = await query(
      `SELECT min(age(DATE '${DEMO_REFERENCE_DATE}', birth_date)) >= interval '18 years' AS adults,
              max(age(DATE '${DEMO_REFERENCE_DATE}', birth_date)) < interval '65 years' AS under65,
              bool_and(b.created_at >= b.birth_date + interval '18 years') AS adult_at_referral
       FROM beneficiary b`,
    );
    expect(row).toEqual({ adults: true, under65: true, adult_at_referral: true });
  });

  it('gives each person 3–8 skills and each opening 2–6', async () => {
    const [row] = await query(
      `SELECT (SELECT min(n) FROM (SELECT count(*) AS n FROM beneficiary_skill GROUP BY beneficiary_id) x)::int AS person_min,
              (SELECT max(n) FROM (SELECT count(*) AS n FROM beneficiary_skill GROUP BY beneficiary_id) x)::int AS person_max,
              (SELECT count(DISTINCT beneficiary_id) FROM beneficiary_skill)::int AS people,
              (SELECT min(n) FROM (SELECT count(*) AS n FROM opening_skill GROUP BY opening_id) x)::int AS opening_min,
              (SELECT max(n) FROM (SELECT count(*) AS n FROM opening_skill GROUP BY opening_id) x)::int AS opening_max,
              (SELECT count(DISTINCT opening_id) FROM opening_skill)::int AS openings`,
    );
    expect(row).toMatchObject({ people: 315 + summary.history.cohortPeople, openings: 200 });
    expect(row.person_min).toBeGreaterThanOrEqual(3);
    expect(row.person_max).toBeLessThanOrEqual(8);
    expect(row.opening_min).toBeGreaterThanOrEqual(2);
    expect(row.opening_max).toBeLessThanOrEqual(6);
  });

  it('only lets people with a car licence and vehicle travel by car', async () => {
    const [row] = await query(
      `SELECT count(*)::int AS n FROM work_constraints w JOIN beneficiary b ON b.id = w.beneficiary_id
       WHERE 'CAR' = ANY (w.transport_modes) AND NOT (b.has_driving_licence AND b.has_own_vehicle)`,
    );
    expect(row.n).toBe(0);
  });

  it('answers the beneficiaries query over GraphQL', async () => {
    const { data, errors } = await server.gql(
      `{ beneficiaries(first: 5) { totalCount edges { node { givenName residence { name ambito { number } } skills { level skill { code } } } } } }`,
    );
    expect(errors).toBeUndefined();
    expect(data!.beneficiaries.totalCount).toBe(315 + summary.history.cohortPeople);
    expect(data!.beneficiaries.edges).toHaveLength(5);
    for (const { node } of data!.beneficiaries.edges) {
      expect([1, 3]).toContain(node.residence.ambito.number);
      expect(node.skills.length).toBeGreaterThanOrEqual(3);
    }
  });

  it('refuses to seed a database that already holds data', async () => {
    expect(await isDatabaseEmpty(server.dataSource)).toBe(false);
    await expect(seedDemoData(server.dataSource)).rejects.toThrow(/empty database/);
  });
});

describe('determinism', () => {
  it('gives the same rows, IDs included, for the same seed in another fresh schema', async () => {
    const other = await startTestServer();
    try {
      await seedDemoData(other.dataSource);
      const snapshot = async (s: TestServer) => ({
        people: await s.dataSource.query(`SELECT id, codice_fiscale FROM beneficiary ORDER BY id`),
        employers: await s.dataSource.query(`SELECT id, partita_iva, legal_name FROM employer ORDER BY id`),
        openings: await s.dataSource.query(`SELECT id, title, status FROM opening ORDER BY id`),
        steps: await s.dataSource.query(`SELECT id, to_status, changed_at FROM case_status_change ORDER BY id`),
      });
      const [first, second] = [await snapshot(server), await snapshot(other)];
      expect(second.people).toHaveLength(315 + summary.history.cohortPeople);
      expect(second).toEqual(first);
    } finally {
      await other.close();
    }
  });
});

describe('seed command-line arguments', () => {
  it('reads counts and the seed, in both --name N and --name=N forms', () => {
    expect(
      parseSeedArguments(['--beneficiaries', '100000', '--employers=5000', '--openings', '10000', '--seed', '7']),
    ).toEqual({
      beneficiaries: 100000,
      employers: 5000,
      openings: 10000,
      seed: 7,
    });
    expect(parseSeedArguments([])).toEqual({});
  });

  it.each([
    [['--beneficiaries', '0'], /positive whole number/],
    [['--beneficiaries', '-5'], /positive whole number/],
    [['--employers', '12.5'], /positive whole number/],
    [['--openings', 'many'], /positive whole number/],
    [['--openings'], /needs a value/],
    [['--people', '3'], /Unknown option --people/],
    [['--seed', '1', '--seed', '2'], /given twice/],
    [['100'], /Unexpected argument/],
  ])('rejects %j with a clear message', (argv, message) => {
    expect(() => parseSeedArguments(argv as string[])).toThrow(UsageError);
    expect(() => parseSeedArguments(argv as string[])).toThrow(message as RegExp);
  });
});
