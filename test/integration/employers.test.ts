import { completePartitaIva } from '../../src/modules/employers/partita-iva';
import { startTestServer, TestServer } from '../helpers/test-server';

let server: TestServer;
let municipalityId: Record<string, string>;
let liaisonId: string;
let nextPartitaIva = 1000;

/** A fresh valid partita IVA for each employer (Brescia office 017). */
function newPartitaIva(): string {
  nextPartitaIva += 1;
  return completePartitaIva(`${String(nextPartitaIva).padStart(7, '0')}017`);
}

/** The same number with its last digit changed: the check digit no longer matches. */
function withWrongCheckDigit(piva: string): string {
  return piva.slice(0, 10) + String((Number(piva[10]) + 1) % 10);
}

const EMPLOYER_FIELDS = `id legalName partitaIva codiceFiscale legalForm kind atecoCode atecoLabel sector contactName email phone
  liaisonOperator { id }
  sites { id name address latitude longitude isHeadquarters municipality { name } employer { id } }`;

function employerInput(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    legalName: 'Officine Rezzatesi S.r.l.',
    partitaIva: newPartitaIva(),
    legalForm: 'SRL',
    kind: 'PRIVATE',
    atecoCode: '25.62.00',
    atecoLabel: 'Lavori di meccanica generale',
    sector: 'MANUFACTURING',
    ...overrides,
  };
}

async function createEmployer(overrides: Record<string, unknown> = {}): Promise<any> {
  const { data, errors } = await server.gql(
    `mutation ($input: CreateEmployerInput!) { createEmployer(input: $input) { ${EMPLOYER_FIELDS} } }`,
    { input: employerInput(overrides) },
  );
  expect(errors).toBeUndefined();
  return data!.createEmployer;
}

async function rowCounts(): Promise<Record<string, number>> {
  const [row] = await server.dataSource.query(
    `SELECT (SELECT count(*) FROM employer)::int AS employers, (SELECT count(*) FROM employer_site)::int AS sites,
            (SELECT count(*) FROM headcount_snapshot)::int AS snapshots`,
  );
  return row;
}

/** Runs a mutation that must fail: returns the error and checks nothing was written. */
async function expectRejected(query: string, variables: Record<string, unknown>) {
  const before = await rowCounts();
  const { data, errors } = await server.gql(query, variables);
  expect(data ?? null).toBeNull();
  expect(errors).toHaveLength(1);
  expect(await rowCounts()).toEqual(before);
  return errors![0];
}

const CREATE = `mutation ($input: CreateEmployerInput!) { createEmployer(input: $input) { id } }`;
const RECORD = `mutation ($employerId: ID!, $input: RecordHeadcountInput!) {
  recordHeadcountSnapshot(employerId: $employerId, input: $input) { id } }`;
const LIST = `query ($filter: EmployerFilter, $first: Int, $after: String) {
  employers(filter: $filter, first: $first, after: $after) {
    totalCount edges { cursor node { legalName } } pageInfo { hasNextPage hasPreviousPage endCursor } } }`;

async function listNames(filter: Record<string, unknown>): Promise<string[]> {
  const { data, errors } = await server.gql(LIST, { filter, first: 100 });
  expect(errors).toBeUndefined();
  return data!.employers.edges.map((edge: any) => edge.node.legalName);
}

beforeAll(async () => {
  server = await startTestServer();
  const { data } = await server.gql(`{ municipalities { id name } }`);
  municipalityId = Object.fromEntries(data!.municipalities.map((m: any) => [m.name, m.id]));
  const operator = await server.gql(
    `mutation { createOperator(input: { givenName: "Laura", familyName: "Bonetti", email: "laura.bonetti@ponte.test",
      role: EMPLOYER_LIAISON, ambito: 3 }) { id } }`,
    undefined,
    { as: server.adminId },
  );
  liaisonId = operator.data!.createOperator.id;
});
afterAll(() => server.close());

describe('creating and correcting employers', () => {
  it('creates an employer with two sites in one mutation and reads it back, also through node(id)', async () => {
    const piva = newPartitaIva();
    const employer = await createEmployer({
      partitaIva: `IT ${piva}`,
      contactName: 'Giovanni Ferrari',
      email: 'hr@officine.example',
      phone: '+39 030 1234567',
      liaisonOperatorId: liaisonId,
      sites: [
        { name: 'Sede', address: 'Via Broletto 1', municipalityId: municipalityId.Rezzato, isHeadquarters: true },
        {
          name: 'Magazzino',
          address: 'Via Industria 5',
          municipalityId: municipalityId.Brescia,
          latitude: 45.52,
          longitude: 10.25,
        },
      ],
    });
    expect(employer).toMatchObject({
      partitaIva: piva,
      codiceFiscale: piva,
      legalForm: 'SRL',
      atecoCode: '25.62.00',
      liaisonOperator: { id: liaisonId },
    });
    expect(employer.sites.map((s: any) => [s.name, s.isHeadquarters, s.municipality.name])).toEqual([
      ['Sede', true, 'Rezzato'],
      ['Magazzino', false, 'Brescia'],
    ]);
    expect(employer.sites[1]).toMatchObject({ latitude: 45.52, longitude: 10.25, employer: { id: employer.id } });

    const { data } = await server.gql(`query ($id: ID!) { node(id: $id) { ... on Employer { ${EMPLOYER_FIELDS} } } }`, {
      id: employer.id,
    });
    expect(data!.node).toEqual(employer);
  });

  it('places a site without coordinates at its municipality centre', async () => {
    const employer = await createEmployer({
      sites: [{ name: 'Sede', address: 'Piazza Roma 1', municipalityId: municipalityId.Rezzato }],
    });
    const [centre] = await server.dataSource.query(
      `SELECT latitude, longitude FROM municipality WHERE name = 'Rezzato'`,
    );
    expect(employer.sites[0]).toMatchObject({
      latitude: centre.latitude,
      longitude: centre.longitude,
      isHeadquarters: false,
    });
  });

  it('uses a sole trader’s personal codice fiscale when given instead of the partita IVA', async () => {
    const employer = await createEmployer({ legalForm: 'SOLE_PROPRIETORSHIP', codiceFiscale: 'rssmra85t10a562s' });
    expect(employer.codiceFiscale).toBe('RSSMRA85T10A562S');
  });

  it('updates only the fields sent, clears optional ones sent as null, and keeps the codice fiscale in step with a corrected partita IVA', async () => {
    const employer = await createEmployer({ contactName: 'Anna Rossi', email: 'anna@example.it' });
    const corrected = newPartitaIva();
    const { data, errors } = await server.gql(
      `mutation ($id: ID!, $input: UpdateEmployerInput!) { updateEmployer(id: $id, input: $input) { ${EMPLOYER_FIELDS} } }`,
      {
        id: employer.id,
        input: {
          legalName: 'Officine Rezzatesi S.p.A.',
          legalForm: 'SPA',
          partitaIva: corrected,
          contactName: null,
          liaisonOperatorId: liaisonId,
        },
      },
    );
    expect(errors).toBeUndefined();
    expect(data!.updateEmployer).toMatchObject({
      legalName: 'Officine Rezzatesi S.p.A.',
      legalForm: 'SPA',
      partitaIva: corrected,
      codiceFiscale: corrected,
      contactName: null,
      email: 'anna@example.it',
      atecoCode: '25.62.00',
      liaisonOperator: { id: liaisonId },
    });
  });

  it('refuses null for a required field on update, naming the field', async () => {
    const employer = await createEmployer();
    const { errors } = await server.gql(
      `mutation ($id: ID!) { updateEmployer(id: $id, input: { legalName: null }) { id } }`,
      { id: employer.id },
    );
    expect(errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.legalName' });
  });

  it('answers NOT_FOUND for an employer ID that does not exist', async () => {
    const ghost = Buffer.from('Employer:00000000-0000-4000-8000-000000000000').toString('base64url');
    const { errors } = await server.gql(
      `mutation ($id: ID!) { updateEmployer(id: $id, input: { legalName: "X" }) { id } }`,
      { id: ghost },
    );
    expect(errors![0].extensions).toMatchObject({ code: 'NOT_FOUND', field: 'id' });
  });
});

describe('sites', () => {
  const ADD = `mutation ($employerId: ID!, $input: EmployerSiteInput!) {
    addEmployerSite(employerId: $employerId, input: $input) { id name isHeadquarters latitude longitude municipality { name } employer { id } } }`;
  const UPDATE = `mutation ($id: ID!, $input: UpdateEmployerSiteInput!) {
    updateEmployerSite(id: $id, input: $input) { id name address isHeadquarters latitude longitude municipality { name } } }`;

  it('adds a site to an employer and makes it the only headquarters when marked so', async () => {
    const employer = await createEmployer({
      sites: [
        { name: 'Sede storica', address: 'Via Roma 1', municipalityId: municipalityId.Rezzato, isHeadquarters: true },
      ],
    });
    const { data, errors } = await server.gql(ADD, {
      employerId: employer.id,
      input: {
        name: 'Nuova sede',
        address: 'Via Milano 2',
        municipalityId: municipalityId.Brescia,
        isHeadquarters: true,
      },
    });
    expect(errors).toBeUndefined();
    expect(data!.addEmployerSite).toMatchObject({
      name: 'Nuova sede',
      isHeadquarters: true,
      municipality: { name: 'Brescia' },
      employer: { id: employer.id },
    });

    const read = await server.gql(
      `query ($id: ID!) { node(id: $id) { ... on Employer { sites { name isHeadquarters } } } }`,
      { id: employer.id },
    );
    expect(read.data!.node.sites).toEqual([
      { name: 'Nuova sede', isHeadquarters: true },
      { name: 'Sede storica', isHeadquarters: false },
    ]);
  });

  it('updates a site, moving it to the new municipality centre when it changes town without coordinates', async () => {
    const employer = await createEmployer({
      sites: [
        {
          name: 'Deposito',
          address: 'Via Roma 1',
          municipalityId: municipalityId.Rezzato,
          latitude: 45.5,
          longitude: 10.3,
        },
      ],
    });
    const siteId = employer.sites[0].id;
    const renamed = await server.gql(UPDATE, { id: siteId, input: { name: 'Deposito nord' } });
    expect(renamed.data!.updateEmployerSite).toMatchObject({
      name: 'Deposito nord',
      address: 'Via Roma 1',
      latitude: 45.5,
      longitude: 10.3,
    });

    const moved = await server.gql(UPDATE, {
      id: siteId,
      input: { municipalityId: municipalityId.Brescia, address: 'Via Milano 9' },
    });
    const [centre] = await server.dataSource.query(
      `SELECT latitude, longitude FROM municipality WHERE name = 'Brescia'`,
    );
    expect(moved.data!.updateEmployerSite).toMatchObject({
      address: 'Via Milano 9',
      municipality: { name: 'Brescia' },
      latitude: centre.latitude,
      longitude: centre.longitude,
    });
  });

  it('rejects a site with only one coordinate, naming the missing one, and writes nothing', async () => {
    const employer = await createEmployer();
    const error = await expectRejected(ADD, {
      employerId: employer.id,
      input: { name: 'Sede', address: 'Via Roma 1', municipalityId: municipalityId.Rezzato, latitude: 45.5 },
    });
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.longitude' });
  });

  it('answers NOT_FOUND for a site ID that does not exist', async () => {
    const ghost = Buffer.from('EmployerSite:00000000-0000-4000-8000-000000000000').toString('base64url');
    const { errors } = await server.gql(UPDATE, { id: ghost, input: { name: 'X' } });
    expect(errors![0].extensions).toMatchObject({ code: 'NOT_FOUND', field: 'id' });
  });
});

describe('headcount snapshots', () => {
  const counts = {
    referenceDate: '2024-12-31',
    totalEmployees: 60,
    partTimeEmployees: 10,
    partTimeFte: 6.5,
    managers: 3,
    apprentices: 4,
  };

  it('records a snapshot and shows it as the latest headcount, snapshots latest first', async () => {
    const employer = await createEmployer();
    for (const input of [counts, { ...counts, referenceDate: '2025-06-30', totalEmployees: 64 }]) {
      const { errors } = await server.gql(RECORD, { employerId: employer.id, input });
      expect(errors).toBeUndefined();
    }
    const { data } = await server.gql(
      `query ($id: ID!) { node(id: $id) { ... on Employer {
        latestHeadcount { referenceDate totalEmployees }
        headcountSnapshots { referenceDate totalEmployees partTimeEmployees partTimeFte managers apprentices disabledWorkers employer { id } } } } }`,
      { id: employer.id },
    );
    expect(data!.node.latestHeadcount).toEqual({ referenceDate: '2025-06-30', totalEmployees: 64 });
    expect(data!.node.headcountSnapshots.map((s: any) => s.referenceDate)).toEqual(['2025-06-30', '2024-12-31']);
    expect(data!.node.headcountSnapshots[1]).toEqual({
      referenceDate: '2024-12-31',
      totalEmployees: 60,
      partTimeEmployees: 10,
      partTimeFte: 6.5,
      managers: 3,
      apprentices: 4,
      disabledWorkers: 0,
      employer: { id: employer.id },
    });
  });

  it('answers NOT_FOUND on employerId when recording for, or adding a site to, an employer that does not exist', async () => {
    const ghost = Buffer.from('Employer:00000000-0000-4000-8000-000000000000').toString('base64url');
    const record = await expectRejected(RECORD, { employerId: ghost, input: counts });
    expect(record.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'employerId' });
    const site = await expectRejected(
      `mutation ($employerId: ID!, $input: EmployerSiteInput!) { addEmployerSite(employerId: $employerId, input: $input) { id } }`,
      { employerId: ghost, input: { name: 'Sede', address: 'Via Roma 1', municipalityId: municipalityId.Rezzato } },
    );
    expect(site.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'employerId' });
  });

  it('answers CONFLICT on input.referenceDate for a second snapshot on the same date', async () => {
    const employer = await createEmployer();
    await server.gql(RECORD, { employerId: employer.id, input: counts });
    const error = await expectRejected(RECORD, { employerId: employer.id, input: counts });
    expect(error.extensions).toMatchObject({ code: 'CONFLICT', field: 'input.referenceDate' });
  });

  it.each([
    ['a negative count', { managers: -1 }, 'input.managers'],
    ['more part-time employees than employees', { partTimeEmployees: 61 }, 'input.partTimeEmployees'],
    ['a full-time equivalent above the part-time employees', { partTimeFte: 10.5 }, 'input.partTimeFte'],
    [
      'groups adding up to more than the total',
      { disabledWorkers: 30, managers: 20, apprentices: 11 },
      'input.totalEmployees',
    ],
    ['a reference date in the future', { referenceDate: '2999-01-01' }, 'input.referenceDate'],
  ])('rejects %s with BAD_USER_INPUT naming the field, and records nothing', async (_, change, field) => {
    const employer = await createEmployer();
    const error = await expectRejected(RECORD, { employerId: employer.id, input: { ...counts, ...change } });
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
  });
});

describe('bad employer input', () => {
  it('rejects a partita IVA with a wrong check digit on input.partitaIva, explaining it, and writes nothing', async () => {
    const error = await expectRejected(CREATE, {
      input: employerInput({ partitaIva: withWrongCheckDigit(newPartitaIva()) }),
    });
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.partitaIva' });
    expect(error.message).toMatch(/cifra di controllo/);
  });

  it('rejects a malformed ATECO code on input.atecoCode and writes nothing', async () => {
    const error = await expectRejected(CREATE, { input: employerInput({ atecoCode: '2562' }) });
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.atecoCode' });
    expect(error.message).toMatch(/codice ATECO/);
  });

  it('creates neither the employer nor any site when one site names a municipality that does not exist', async () => {
    const ghost = Buffer.from('Municipality:00000000-0000-4000-8000-000000000000').toString('base64url');
    const error = await expectRejected(CREATE, {
      input: employerInput({
        sites: [
          { name: 'Sede', address: 'Via Roma 1', municipalityId: municipalityId.Rezzato },
          { name: 'Altrove', address: 'Via Nessuna 1', municipalityId: ghost },
        ],
      }),
    });
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.sites.1.municipalityId' });
  });

  it('rejects a liaison operator that does not exist on input.liaisonOperatorId', async () => {
    const ghost = Buffer.from('Operator:00000000-0000-4000-8000-000000000000').toString('base64url');
    const error = await expectRejected(CREATE, { input: employerInput({ liaisonOperatorId: ghost }) });
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.liaisonOperatorId' });
  });

  it('rejects two headquarters in one creation on the second one', async () => {
    const site = { name: 'Sede', address: 'Via Roma 1', municipalityId: municipalityId.Rezzato, isHeadquarters: true };
    const error = await expectRejected(CREATE, {
      input: employerInput({ sites: [site, { ...site, name: 'Altra sede' }] }),
    });
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.sites.1.isHeadquarters' });
  });

  it('answers CONFLICT on input.partitaIva for a partita IVA already registered, however it is written', async () => {
    const employer = await createEmployer();
    const error = await expectRejected(CREATE, { input: employerInput({ partitaIva: `IT${employer.partitaIva}` }) });
    expect(error.extensions).toMatchObject({ code: 'CONFLICT', field: 'input.partitaIva' });

    const other = await createEmployer();
    const update = await expectRejected(
      `mutation ($id: ID!, $input: UpdateEmployerInput!) { updateEmployer(id: $id, input: $input) { id } }`,
      { id: other.id, input: { partitaIva: employer.partitaIva } },
    );
    expect(update.extensions).toMatchObject({ code: 'CONFLICT', field: 'input.partitaIva' });
  });
});

describe('listing employers', () => {
  let pivaOf: Record<string, string>;

  beforeAll(async () => {
    await server.dataSource.query(`DELETE FROM headcount_snapshot; DELETE FROM employer_site; DELETE FROM employer`);
    const site = (name: string) => ({ name: 'Sede', address: 'Via Roma 1', municipalityId: municipalityId[name] });
    const created = [
      await createEmployer({
        legalName: 'Alfa Logistica S.r.l.',
        atecoCode: '52.10',
        sector: 'LOGISTICS',
        sites: [site('Rezzato')],
      }),
      await createEmployer({
        legalName: 'Beta 100% Pulizie',
        atecoCode: '81.21.00',
        sector: 'CLEANING_FACILITY',
        sites: [site('Brescia')],
      }),
      await createEmployer({
        legalName: 'Comune di Montichiari',
        legalForm: 'PUBLIC_BODY',
        kind: 'PUBLIC',
        atecoCode: '84.11',
        sector: 'OFFICE',
        sites: [site('Montichiari')],
      }),
      await createEmployer({
        legalName: 'Delta Cooperativa Sociale',
        legalForm: 'COOPERATIVE',
        kind: 'SOCIAL_COOPERATIVE_B',
        atecoCode: '81.30',
        sector: 'AGRICULTURE_GREEN',
        liaisonOperatorId: liaisonId,
      }),
      await createEmployer({
        legalName: 'Epsilon Meccanica',
        atecoCode: '25.62.00',
        sites: [site('Montichiari'), site('Rezzato')],
      }),
    ];
    pivaOf = Object.fromEntries(created.map((e) => [e.legalName, e.partitaIva]));
  });

  it('pages by legal name with first/after, totalCount and hasNextPage', async () => {
    const first = await server.gql(LIST, { first: 2 });
    expect(first.data!.employers.totalCount).toBe(5);
    expect(first.data!.employers.edges.map((e: any) => e.node.legalName)).toEqual([
      'Alfa Logistica S.r.l.',
      'Beta 100% Pulizie',
    ]);
    expect(first.data!.employers.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });

    const names: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 3; page += 1) {
      const { data }: any = await server.gql(LIST, { first: 2, after });
      names.push(...data.employers.edges.map((e: any) => e.node.legalName));
      expect(data.employers.pageInfo.hasNextPage).toBe(page < 2);
      after = data.employers.pageInfo.endCursor;
    }
    expect(names).toEqual([
      'Alfa Logistica S.r.l.',
      'Beta 100% Pulizie',
      'Comune di Montichiari',
      'Delta Cooperativa Sociale',
      'Epsilon Meccanica',
    ]);
  });

  it('refuses a page size above the maximum with BAD_USER_INPUT on first', async () => {
    const { data, errors } = await server.gql(LIST, { first: 101 });
    expect(data).toBeNull();
    expect(errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
  });

  it('searches the legal name case-insensitively, taking LIKE wildcards literally', async () => {
    expect(await listNames({ search: 'meccanica' })).toEqual(['Epsilon Meccanica']);
    expect(await listNames({ search: '0% p' })).toEqual(['Beta 100% Pulizie']);
    expect(await listNames({ search: '_e' })).toEqual([]);
  });

  it('finds an employer by its exact partita IVA, written with or without IT', async () => {
    expect(await listNames({ partitaIva: pivaOf['Comune di Montichiari'] })).toEqual(['Comune di Montichiari']);
    expect(await listNames({ partitaIva: `IT ${pivaOf['Alfa Logistica S.r.l.']}` })).toEqual(['Alfa Logistica S.r.l.']);
  });

  it('filters by ATECO code prefix', async () => {
    expect(await listNames({ atecoCodePrefix: '81' })).toEqual(['Beta 100% Pulizie', 'Delta Cooperativa Sociale']);
    expect(await listNames({ atecoCodePrefix: '81.2' })).toEqual(['Beta 100% Pulizie']);
  });

  it('filters by a municipality where the employer has a site, and by ambito of any site', async () => {
    expect(await listNames({ municipalityId: municipalityId.Montichiari })).toEqual([
      'Comune di Montichiari',
      'Epsilon Meccanica',
    ]);
    expect(await listNames({ ambito: 1 })).toEqual(['Beta 100% Pulizie']);
    expect(await listNames({ ambito: 3 })).toEqual(['Alfa Logistica S.r.l.', 'Epsilon Meccanica']);
  });

  it('filters by kind, sector and liaison operator, combining filters with AND', async () => {
    expect(await listNames({ kind: 'PUBLIC' })).toEqual(['Comune di Montichiari']);
    expect(await listNames({ sector: 'MANUFACTURING' })).toEqual(['Epsilon Meccanica']);
    expect(await listNames({ liaisonOperatorId: liaisonId })).toEqual(['Delta Cooperativa Sociale']);
    expect(await listNames({ ambito: 3, sector: 'LOGISTICS' })).toEqual(['Alfa Logistica S.r.l.']);
  });

  it('reads the relations of a whole page in at most six SQL statements, not some per employer', async () => {
    const query = `query ($first: Int) { employers(first: $first) { edges { node {
      sites { municipality { name } } liaisonOperator { id } latestHeadcount { id } headcountSnapshots { id } } } } }`;
    const page = await server.sql.count(() => server.gql(query, { first: 5 }));
    expect(page.result.errors).toBeUndefined();
    expect(page.result.data!.employers.edges).toHaveLength(5);
    // The caller's sign-in check and the page, which reads its employers' sites, towns, operators and snapshots as
    // JSON (direct-reads.ts); the resolvers' way is one batch each after the page, seven at most.
    expect(page.statements.length).toBeGreaterThanOrEqual(2);
    expect(page.statements.filter((sql) => sql.includes('json_build_object('))).toHaveLength(1);
    expect(page.statements.length).toBeLessThanOrEqual(7);
  });
});
