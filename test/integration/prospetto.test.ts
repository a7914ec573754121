import { completePartitaIva } from '../../src/modules/employers/partita-iva';
import { createOperator, municipalityIds } from '../helpers/fixtures';
import { startTestServer, TestServer } from '../helpers/test-server';

/*
 * The annual report over GraphQL: due from the records (DL 112/2008 art. 40 c.4: only when something affecting the
 * obligation changed since the last report sent, https://francescocolaci.wordpress.com/2016/03/07/disciplina-prospetto-informativo-collocamento-obbligatorio/),
 * and the late sanction of D.M. 30 settembre 2021 n. 194, €702.43 plus €34.02 for each further day
 * (https://studiopinotti.com/prospetto-disabili-incrementate-le-sanzioni).
 */
let server: TestServer;
let liaisonId: string;
const employers: Record<string, string> = {};
let nextPartitaIva = 4000;

async function employer(key: string, legalName: string, headcounts: Array<Record<string, unknown>>) {
  const towns = await municipalityIds(server);
  nextPartitaIva += 1;
  const { data, errors } = await server.gql(
    `mutation ($input: CreateEmployerInput!) { createEmployer(input: $input) { id } }`,
    {
      input: {
        legalName,
        partitaIva: completePartitaIva(`${String(nextPartitaIva).padStart(7, '0')}017`),
        legalForm: 'SRL',
        kind: 'PRIVATE',
        atecoCode: '25.62.00',
        sector: 'MANUFACTURING',
        sites: [{ name: 'Sede', address: 'Via Roma 1', municipalityId: towns.Rezzato, isHeadquarters: true }],
      },
    },
  );
  if (errors) throw new Error(JSON.stringify(errors));
  employers[key] = data!.createEmployer.id;
  for (const headcount of headcounts) {
    const recorded = await server.gql(
      `mutation ($employerId: ID!, $input: RecordHeadcountInput!) { recordHeadcountSnapshot(employerId: $employerId, input: $input) { id } }`,
      { employerId: employers[key], input: headcount },
    );
    if (recorded.errors) throw new Error(JSON.stringify(recorded.errors));
  }
}

const RECORD = `mutation ($input: RecordProspettoSubmissionInput!) { recordProspettoSubmission(input: $input) {
  id year submittedOn reference computableBase disabledDue protectedDue compensatedUnits } }`;
const REPORT = `query ($id: ID!, $year: Int!) { prospettoInformativo(employerId: $id, year: $year) {
  year required requiredReason submittedOn submissionDeadline lateSanction { daysLate amountCents ruleVersionCode description } } }`;
const DASHBOARD = `query ($asOf: LocalDate) { quotaDashboard(asOf: $asOf, orderBy: NAME_ASC, first: 20) { edges { node {
  employer { legalName } prospetto { year required requiredReason submittedOn lateSanction { daysLate amountCents ruleVersionCode } } } } } }`;

const submissions = async (key: string) => {
  const { data } = await server.gql(
    `query ($id: ID!) { node(id: $id) { ... on Employer { prospettoSubmissions { year submittedOn } } } }`,
    { id: employers[key] },
  );
  return data!.node.prospettoSubmissions;
};

beforeAll(async () => {
  server = await startTestServer();
  liaisonId = await createOperator(server, {
    email: 'paolo.rizzi@giustaoccupazione.example',
    role: 'EMPLOYER_LIAISON',
    ambito: 3,
  });
  // 101 employees, 1 disabled: base 100, 7 disabled and 1 protected-category unit due
  await employer('acciaierie', 'Acciaierie di Rezzato S.p.A.', [
    { referenceDate: '2024-06-01', totalEmployees: 101, disabledWorkers: 1 },
  ]);
  // grew from 101 to 110 in 2025: base 109, 7% = 7.63 → 8 units: the obligation changed
  await employer('bulloneria', 'Bulloneria Bresciana S.r.l.', [
    { referenceDate: '2024-06-01', totalEmployees: 101, disabledWorkers: 1 },
    { referenceDate: '2025-06-01', totalEmployees: 110, disabledWorkers: 1 },
  ]);
  await employer('chiosco', 'Chiosco di Rezzato S.r.l.', [{ referenceDate: '2024-06-01', totalEmployees: 10 }]);
});
afterAll(() => server.close());

describe('recording a report sent', () => {
  it('records what the report declared: the quota on 31 December of its year', async () => {
    const { data, errors } = await server.gql(
      RECORD,
      { input: { employerId: employers.acciaierie, year: 2024, submittedOn: '2025-02-10', reference: 'PI-2025-0042' } },
      { as: liaisonId },
    );
    expect(errors).toBeUndefined();
    expect(data!.recordProspettoSubmission).toMatchObject({
      year: 2024,
      submittedOn: '2025-02-10',
      reference: 'PI-2025-0042',
      computableBase: 100,
      disabledDue: 7,
      protectedDue: 1,
      compensatedUnits: 0,
    });
  });

  it('prices the delay of a report sent late: 10 days, €702.43 + 9 × €34.02', async () => {
    const { data, errors } = await server.gql(REPORT, { id: employers.acciaierie, year: 2024 });
    expect(errors).toBeUndefined();
    expect(data!.prospettoInformativo).toMatchObject({
      year: 2024,
      required: true,
      submittedOn: '2025-02-10',
      submissionDeadline: '2025-01-31',
      lateSanction: { daysLate: 10, amountCents: 100861, ruleVersionCode: 'L68-2022' },
    });
    expect(data!.prospettoInformativo.requiredReason).toBe('Obbligato, e nessun prospetto precedente è registrato');
    expect(data!.prospettoInformativo.lateSanction.description).toMatch(
      /^10 giorni di ritardo: 702,43\s€ più 34,02\s€ per ciascuno dei 9 giorni successivi \(L68-2022\); la diffida/,
    );
  });

  const bad: Array<[string, () => Record<string, unknown>, string, string]> = [
    [
      'a second report for the same year',
      () => ({ employerId: employers.acciaierie, year: 2024, submittedOn: '2025-03-01', reference: 'bis' }),
      'CONFLICT',
      'input.year',
    ],
    [
      'a report sent before its year ended',
      () => ({ employerId: employers.bulloneria, year: 2024, submittedOn: '2024-12-31', reference: 'x' }),
      'BAD_USER_INPUT',
      'input.submittedOn',
    ],
    [
      'a report sent in the future',
      () => ({ employerId: employers.bulloneria, year: 2024, submittedOn: '2999-01-10', reference: 'x' }),
      'BAD_USER_INPUT',
      'input.submittedOn',
    ],
    [
      'a year without a headcount',
      () => ({ employerId: employers.bulloneria, year: 2023, submittedOn: '2024-01-10', reference: 'x' }),
      'BAD_USER_INPUT',
      'input.year',
    ],
    [
      'a blank reference',
      () => ({ employerId: employers.bulloneria, year: 2024, submittedOn: '2025-01-10', reference: '  ' }),
      'BAD_USER_INPUT',
      'input.reference',
    ],
    [
      'the ID of something else',
      () => ({ employerId: liaisonId, year: 2024, submittedOn: '2025-01-10', reference: 'x' }),
      'BAD_USER_INPUT',
      'input.employerId',
    ],
  ];
  it.each(bad)('refuses %s with a typed error and writes nothing', async (_name, input, code, field) => {
    const before = await submissions('bulloneria');
    const { errors } = await server.gql(RECORD, { input: input() }, { as: liaisonId });
    expect(errors![0].extensions).toMatchObject({ code, field });
    expect(await submissions('bulloneria')).toEqual(before);
  });
});

describe('whether the report is due, from the records', () => {
  beforeAll(async () => {
    const { errors } = await server.gql(
      RECORD,
      { input: { employerId: employers.bulloneria, year: 2024, submittedOn: '2025-01-20', reference: 'PI-2025-0007' } },
      { as: liaisonId },
    );
    expect(errors).toBeUndefined();
  });

  it('shows on the dashboard who must send the report for the year before, who sent it and what the delay costs', async () => {
    const { data, errors } = await server.gql(DASHBOARD, { asOf: '2026-03-01' });
    expect(errors).toBeUndefined();
    const byName = Object.fromEntries(
      data!.quotaDashboard.edges.map((e: any) => [e.node.employer.legalName, e.node.prospetto]),
    );
    // unchanged since the report for 2024: 7 and 1 units due on 31 December 2025 as then
    expect(byName['Acciaierie di Rezzato S.p.A.']).toMatchObject({
      year: 2025,
      required: false,
      submittedOn: null,
      lateSanction: { amountCents: 0 },
    });
    expect(byName['Acciaierie di Rezzato S.p.A.'].requiredReason).toMatch(
      /Nulla che incida sull'obbligo è cambiato dal prospetto del 2024/,
    );
    // 7 → 8 disabled units: due, not sent, 29 days late on 1 March 2026: €702.43 + 28 × €34.02 = €1,654.99
    expect(byName['Bulloneria Bresciana S.r.l.']).toMatchObject({
      year: 2025,
      required: true,
      submittedOn: null,
      lateSanction: { daysLate: 29, amountCents: 165499, ruleVersionCode: 'L68-2022' },
    });
    expect(byName['Bulloneria Bresciana S.r.l.'].requiredReason).toMatch(
      /unità dovute per i lavoratori con disabilità 7 → 8/,
    );
    expect(byName['Chiosco di Rezzato S.r.l.']).toMatchObject({ required: false, lateSanction: { amountCents: 0 } });
  });

  it('is on time until 31 January', async () => {
    const { data } = await server.gql(DASHBOARD, { asOf: '2026-01-31' });
    const bulloneria = data!.quotaDashboard.edges.find((e: any) => e.node.employer.legalName.startsWith('Bulloneria'))
      .node.prospetto;
    expect(bulloneria).toMatchObject({
      required: true,
      lateSanction: { daysLate: 0, amountCents: 0, ruleVersionCode: null },
    });
  });
});
