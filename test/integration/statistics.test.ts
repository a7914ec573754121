import { startTestServer, TestServer } from '../helpers/test-server';
import { insertEmployer } from '../helpers/fixtures';

/**
 * A small data set written by hand, each person chosen to test one part of the definitions
 * (src/modules/statistics/statistics.ts).
 */
let server: TestServer;
let cf = 0;

async function person(
  town: string,
  profile: { law68?: string; law381?: string; social?: boolean },
  steps: Array<[string, string]>,
): Promise<string> {
  const status = steps[steps.length - 1][0];
  const [row] = await server.dataSource.query(
    `INSERT INTO beneficiary (codice_fiscale, given_name, family_name, birth_date, residence_municipality_id, law68_category,
                              law381_category, followed_by_social_services, case_status, case_opened_at)
     SELECT $1, 'Nome', 'Cognome', '1980-01-01', m.id, $2, $3, $4, $5, $6 FROM municipality m WHERE m.name = $7 RETURNING id`,
    [
      `STATS${String(++cf).padStart(11, '0')}`,
      profile.law68 ?? null,
      profile.law381 ?? null,
      profile.social ?? false,
      status,
      steps[0][1],
      town,
    ],
  );
  let from: string | null = null;
  for (const [to, at] of steps) {
    await server.dataSource.query(
      `INSERT INTO case_status_change (beneficiary_id, from_status, to_status, changed_at, reason) VALUES ($1, $2, $3, $4, 'test')`,
      [row.id, from, to, at.includes('T') ? at : `${at}T09:00:00+01:00`],
    );
    from = to;
  }
  return row.id;
}

let employerId: string;
async function placement(
  beneficiaryId: string,
  kind: string,
  status: string,
  startsOn: string,
  extra: { endedOn?: string; outcome?: string; started?: boolean; reason?: string } = {},
): Promise<void> {
  const contract = ['HIRING', 'CONTRACT_RENEWAL'].includes(kind);
  await server.dataSource.query(
    `INSERT INTO placement (beneficiary_id, employer_id, kind, status, outcome, starts_on, planned_end_on, ended_on, weekly_hours,
                            contract_type, end_reason, started_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 20, $9, $10, $11)`,
    [
      beneficiaryId,
      employerId,
      kind,
      status,
      extra.outcome ?? null,
      startsOn,
      contract ? null : '2025-12-31',
      extra.endedOn ?? null,
      contract ? 'PERMANENT' : null,
      extra.reason ?? (status === 'ENDED_EARLY' ? 'test' : null),
      extra.started === false ? null : `${startsOn}T08:00:00+01:00`,
    ],
  );
}

const STATS = `query($year: Int!, $ambito: Int) { serviceStatistics(year: $year, ambito: $ambito) {
  year ambito
  totals { peopleAccompanied internshipsAndTrialsStarted peoplePlacedOrRenewed internshipsConcluded internshipsConverted conversionRate }
  byAmbito { key label peopleAccompanied internshipsAndTrialsStarted peoplePlacedOrRenewed internshipsConcluded internshipsConverted conversionRate }
  byMunicipality { label peopleAccompanied internshipsAndTrialsStarted peoplePlacedOrRenewed }
  byEligibility { key peopleAccompanied internshipsAndTrialsStarted peoplePlacedOrRenewed }
  byPlacementKind { kind placementsStarted people }
  csv } }`;

const figures = (accompanied: number, internships: number, placed: number) => ({
  peopleAccompanied: accompanied,
  internshipsAndTrialsStarted: internships,
  peoplePlacedOrRenewed: placed,
});

beforeAll(async () => {
  server = await startTestServer();
  employerId = await insertEmployer(server, {
    legalName: 'Statistica srl',
    partitaIva: '01234567897',
    atecoCode: '10.71',
    sector: 'FOOD_SERVICE',
  });
  const [{ name: outside }] = await server.dataSource.query(
    `SELECT name FROM municipality WHERE ambito_number IS NULL ORDER BY name LIMIT 1`,
  );

  // A: Brescia, Law 68 art. 1. Internship in 2024 converted to a hiring in 2024.
  const a = await person('Brescia', { law68: 'DISABLED_ART1' }, [
    ['REFERRED', '2023-11-10'],
    ['INTAKE', '2023-12-01'],
    ['ORIENTATION', '2024-01-15'],
    ['INTERNSHIP', '2024-03-01'],
    ['PLACED', '2024-09-01'],
  ]);
  await placement(a, 'TIROCINIO_INCLUSIONE', 'CONVERTED_TO_HIRING', '2024-03-01', {
    endedOn: '2024-08-31',
    outcome: 'POSITIVE',
  });
  await placement(a, 'HIRING', 'ACTIVE', '2024-09-01');

  // B: Collebeato, social services. Hired in 2023, in monitoring all of 2024, contract renewed in October 2024.
  const b = await person('Collebeato', { social: true }, [
    ['REFERRED', '2023-05-01'],
    ['INTAKE', '2023-05-10'],
    ['ORIENTATION', '2023-06-01'],
    ['PLACED', '2023-10-01'],
    ['MONITORING', '2023-12-01'],
    ['PLACED', '2024-10-01'],
  ]);
  await placement(b, 'HIRING', 'COMPLETED', '2023-10-01', { endedOn: '2024-09-30', outcome: 'POSITIVE' });
  await placement(b, 'CONTRACT_RENEWAL', 'ACTIVE', '2024-10-01');

  // C: Rezzato, Law 381. Referred at the end of 2024, taken in only in 2025: not accompanied in 2024.
  await person('Rezzato', { law381: 'PSYCHIATRIC' }, [
    ['REFERRED', '2024-12-20'],
    ['INTAKE', '2025-01-10'],
  ]);

  // D: Rezzato, art. 18 and social services. A work trial ended early; a proposal withdrawn before starting.
  const d = await person('Rezzato', { law68: 'PROTECTED_ART18', social: true }, [
    ['REFERRED', '2022-01-10'],
    ['INTAKE', '2022-02-01'],
    ['ORIENTATION', '2022-03-01'],
    ['INTERNSHIP', '2024-05-01'],
    ['ORIENTATION', '2024-06-15'],
    ['CLOSED', '2024-07-01'],
  ]);
  await placement(d, 'WORK_TRIAL', 'ENDED_EARLY', '2024-05-01', { endedOn: '2024-06-15', outcome: 'NEGATIVE' });
  await placement(d, 'TIROCINIO_INCLUSIONE', 'ENDED_EARLY', '2024-09-01', {
    endedOn: '2024-06-20',
    started: false,
    reason: 'Rinuncia',
  });

  // E: Castenedolo. Intake until the case closed at 00:30 of 1 January 2024 in Italy (23:30 UTC): accompanied in 2024.
  await person('Castenedolo', {}, [
    ['REFERRED', '2023-01-01'],
    ['INTAKE', '2023-02-01'],
    ['CLOSED', '2023-12-31T23:30:00Z'],
  ]);
  // F: Castenedolo. Closed at 23:30 of 31 December 2023 in Italy: not accompanied in 2024.
  await person('Castenedolo', {}, [
    ['REFERRED', '2023-01-01'],
    ['INTAKE', '2023-02-01'],
    ['CLOSED', '2023-12-31T23:30:00+01:00'],
  ]);

  // G: Rezzato, Law 68 art. 1. Two internships started in 2024: one completed, one running.
  const g = await person('Rezzato', { law68: 'DISABLED_ART1' }, [
    ['REFERRED', '2023-03-01'],
    ['INTAKE', '2023-03-15'],
    ['ORIENTATION', '2023-04-01'],
    ['INTERNSHIP', '2024-01-10'],
    ['ORIENTATION', '2024-04-10'],
    ['INTERNSHIP', '2024-05-01'],
  ]);
  await placement(g, 'TIROCINIO_INCLUSIONE', 'COMPLETED', '2024-01-10', { endedOn: '2024-04-10', outcome: 'POSITIVE' });
  await placement(g, 'TIROCINIO_INCLUSIONE', 'ACTIVE', '2024-05-01');

  // H: living outside the two ambiti, hired in 2024.
  const h = await person(outside, {}, [
    ['REFERRED', '2023-12-01'],
    ['INTAKE', '2023-12-15'],
    ['ORIENTATION', '2024-01-01'],
    ['PLACED', '2024-03-01'],
  ]);
  await placement(h, 'HIRING', 'ACTIVE', '2024-03-01');
});
afterAll(() => server.close());

describe('serviceStatistics from a hand-made data set', () => {
  it('counts 2024 for the whole service', async () => {
    const { data, errors } = await server.gql(STATS, { year: 2024 });
    expect(errors).toBeUndefined();
    const s = data!.serviceStatistics;
    expect(s.totals).toEqual({
      ...figures(5, 4, 3),
      internshipsConcluded: 3,
      internshipsConverted: 1,
      conversionRate: 0.3333,
    });
    expect(s.byAmbito).toEqual([
      {
        key: '1',
        label: expect.any(String),
        ...figures(1, 1, 2),
        internshipsConcluded: 1,
        internshipsConverted: 1,
        conversionRate: 1,
      },
      {
        key: '3',
        label: expect.any(String),
        ...figures(3, 3, 0),
        internshipsConcluded: 2,
        internshipsConverted: 0,
        conversionRate: 0,
      },
      {
        key: 'NONE',
        label: 'Fuori dagli ambiti del servizio',
        ...figures(1, 0, 1),
        internshipsConcluded: 0,
        internshipsConverted: 0,
        conversionRate: null,
      },
    ]);
    expect(s.byMunicipality.slice(0, 4)).toEqual([
      { label: 'Brescia', ...figures(1, 1, 1) },
      { label: 'Collebeato', ...figures(0, 0, 1) },
      { label: 'Castenedolo', ...figures(1, 0, 0) },
      { label: 'Rezzato', ...figures(2, 3, 0) },
    ]);
    expect(s.byMunicipality).toHaveLength(5);
    expect(s.byEligibility).toEqual([
      { key: 'LAW_68_ART1', ...figures(2, 3, 1) },
      { key: 'LAW_68_ART18', ...figures(1, 1, 0) },
      { key: 'LAW_381', ...figures(0, 0, 0) },
      { key: 'SOCIAL_SERVICES', ...figures(1, 1, 1) },
      { key: 'NONE', ...figures(2, 0, 1) },
    ]);
    expect(s.byPlacementKind).toEqual([
      { kind: 'TIROCINIO_INCLUSIONE', placementsStarted: 3, people: 2 },
      { kind: 'WORK_TRIAL', placementsStarted: 1, people: 1 },
      { kind: 'WORKSHOP', placementsStarted: 0, people: 0 },
      { kind: 'HIRING', placementsStarted: 2, people: 2 },
      { kind: 'CONTRACT_RENEWAL', placementsStarted: 1, people: 1 },
    ]);
  });

  it('restricts every figure to one ambito when asked', async () => {
    const { data } = await server.gql(STATS, { year: 2024, ambito: 3 });
    const s = data!.serviceStatistics;
    expect(s.ambito).toBe(3);
    expect(s.totals).toMatchObject(figures(3, 3, 0));
    expect(s.byAmbito.map((r: any) => r.key)).toEqual(['3']);
    expect(s.byPlacementKind.find((k: any) => k.kind === 'HIRING')).toEqual({
      kind: 'HIRING',
      placementsStarted: 0,
      people: 0,
    });
  });

  it('counts another year from the same records', async () => {
    const { data } = await server.gql(STATS, { year: 2023 });
    // A, B, D, E, F, G and H (in intake from December 2023); B's hiring of October 2023.
    expect(data!.serviceStatistics.totals).toMatchObject(figures(7, 0, 1));
    const empty = await server.gql(STATS, { year: 2019 });
    expect(empty.data!.serviceStatistics.totals).toEqual({
      ...figures(0, 0, 0),
      internshipsConcluded: 0,
      internshipsConverted: 0,
      conversionRate: null,
    });
  });

  it('exports the same table as CSV, headed and labelled in Italian unless English is asked for', async () => {
    const { data } = await server.gql(STATS, { year: 2024 });
    const lines = data!.serviceStatistics.csv.trimEnd().split('\r\n');
    expect(lines[0]).toBe(
      'anno,ambito,sezione,chiave,voce,persone accompagnate,tirocini e prove avviati,persone inserite o rinnovate,' +
        'tirocini conclusi,tirocini trasformati in assunzione,tasso di trasformazione,inserimenti avviati,persone avviate',
    );
    expect(lines[1]).toBe('2024,,TOTAL,TOTAL,Totale,5,4,3,3,1,0.3333,,');
    expect(lines).toContain('2024,,PLACEMENT_KIND,CONTRACT_RENEWAL,Rinnovo del contratto,,,,,,,1,1');
    expect(lines).toContain('2024,,ELIGIBILITY,LAW_381,L. 381/91 (persone svantaggiate),0,0,0,0,0,,,');
    const english = await server.gql(STATS, { year: 2024 }, { headers: { 'accept-language': 'en' } });
    const englishLines = english.data!.serviceStatistics.csv.trimEnd().split('\r\n');
    expect(englishLines[0]).toMatch(/^year,ambito,section,key,label,people accompanied,/);
    expect(englishLines[1]).toBe('2024,,TOTAL,TOTAL,Total,5,4,3,3,1,0.3333,,');
    expect(english.data!.serviceStatistics.byAmbito.at(-1).label).toBe('Outside the service’s ambiti');
    expect(lines.filter((l: string) => l.includes(',MUNICIPALITY,'))).toHaveLength(5);
    expect(lines).toHaveLength(1 + 1 + 3 + 5 + 5 + 5);
  });

  it('refuses an unknown ambito or an impossible year, naming the argument', async () => {
    const ambito = await server.gql(STATS, { year: 2024, ambito: 2 });
    expect(ambito.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'ambito' });
    const year = await server.gql(STATS, { year: 1850 });
    expect(year.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'year' });
  });
});
