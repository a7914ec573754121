import { toGlobalId } from '../../src/graphql/relay';
import { completePartitaIva } from '../../src/modules/employers/partita-iva';
import { countRows, municipalityIds, person, RECEIVE_REFERRAL, REFERRAL } from '../helpers/fixtures';
import { GraphQLResponse, startTestServer, TestServer } from '../helpers/test-server';

/**
 * Hostile or careless input, case by case: each gets a typed error (`extensions.code`, and `extensions.field` when an
 * argument is at fault), and nothing is written, audit trail included.
 */

const WRITTEN_TABLES = [
  'employer',
  'employer_site',
  'opening',
  'opening_skill',
  'beneficiary',
  'work_constraints',
  'referral',
  'case_status_change',
  'placement',
  'audit_event',
];

let server: TestServer;
let towns: Record<string, string>;
let employerId: string;
let siteId: string;
let beneficiaryId: string;
let nextPartitaIva = 2000;

function newPartitaIva(): string {
  nextPartitaIva += 1;
  return completePartitaIva(`${String(nextPartitaIva).padStart(7, '0')}017`);
}

const CREATE_EMPLOYER = `mutation($input: CreateEmployerInput!) { createEmployer(input: $input) { id sites { id } } }`;
const CREATE_OPENING = `mutation($input: CreateOpeningInput!) { createOpening(input: $input) { id } }`;
const CLOSE_CASE = `mutation($id: ID!) { closeCase(beneficiaryId: $id, reason: "Trasferito fuori provincia") { id } }`;
const BENEFICIARIES = `query($first: Int) { beneficiaries(first: $first) { totalCount } }`;

function employerInput(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    legalName: 'Carpenteria Valtrompia S.r.l.',
    partitaIva: newPartitaIva(),
    legalForm: 'SRL',
    kind: 'PRIVATE',
    atecoCode: '25.11.00',
    sector: 'MANUFACTURING',
    ...overrides,
  };
}

function openingInput(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    employerId,
    siteId,
    title: 'Addetto/a al magazzino',
    contractType: 'TIROCINIO',
    positions: 1,
    shifts: ['MORNING'],
    weeklyHours: 20,
    ...overrides,
  };
}

function newPerson(overrides: Record<string, unknown> = {}) {
  return person({
    givenName: 'Ivo',
    familyName: 'Rota',
    birthDate: '1980-02-02',
    residenceMunicipalityId: towns['Brescia'],
    ...overrides,
  });
}

function referral(overrides: { referral?: Record<string, unknown>; newBeneficiary?: Record<string, unknown> } = {}) {
  return {
    input: { referral: { ...REFERRAL, ...overrides.referral }, newBeneficiary: newPerson(overrides.newBeneficiary) },
  };
}

async function rowCounts(): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of WRITTEN_TABLES) counts[table] = await countRows(server, table);
  return counts;
}

/** Sends a request that must be refused: no data, the expected code (and field), and no row written anywhere. */
async function expectRefused(
  send: () => Promise<GraphQLResponse>,
  expected: { code: string; field?: string; message?: RegExp },
): Promise<GraphQLResponse> {
  const before = await rowCounts();
  const response = await send();
  expect(response.data ?? null).toBeNull();
  expect(response.errors?.length).toBeGreaterThan(0);
  const [error] = response.errors!;
  expect(error.extensions).toMatchObject({ code: expected.code, ...(expected.field ? { field: expected.field } : {}) });
  if (expected.message) expect(response.errors!.map((e) => e.message).join('\n')).toMatch(expected.message);
  expect(JSON.stringify(response)).not.toMatch(/stacktrace|\bselect\b|\binsert\b|\.ts:\d+/i);
  expect(await rowCounts()).toEqual(before);
  return response;
}

/** A raw HTTP request, for what `server.gql` cannot send: a batch, an oversized body. */
async function postRaw(body: string): Promise<{ status: number; json: any }> {
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(await server.authorization(server.coordinatorId)) },
    body,
  });
  return { status: response.status, json: await response.json() };
}

beforeAll(async () => {
  server = await startTestServer();
  towns = await municipalityIds(server);
  const employer = await server.gql(CREATE_EMPLOYER, {
    input: employerInput({
      sites: [{ name: 'Stabilimento di Rezzato', address: 'Via Prati 4', municipalityId: towns['Rezzato'] }],
    }),
  });
  if (employer.errors) throw new Error(JSON.stringify(employer.errors));
  employerId = employer.data!.createEmployer.id;
  siteId = employer.data!.createEmployer.sites[0].id;
  const intake = await server.gql(RECEIVE_REFERRAL, {
    input: { referral: REFERRAL, newBeneficiary: newPerson({ givenName: 'Ada' }) },
  });
  if (intake.errors) throw new Error(JSON.stringify(intake.errors));
  beneficiaryId = intake.data!.receiveReferral.beneficiary.id;
});
afterAll(() => server.close());

describe('the fixtures', () => {
  it('are accepted as they are, so each refusal below is caused by the one value it changes', async () => {
    const opening = await server.gql(CREATE_OPENING, { input: openingInput() });
    expect(opening.errors).toBeUndefined();
    const employer = await server.gql(CREATE_EMPLOYER, { input: employerInput() });
    expect(employer.errors).toBeUndefined();
    const intake = await server.gql(RECEIVE_REFERRAL, referral({ newBeneficiary: { givenName: 'Eva', sex: 'F' } }));
    expect(intake.errors).toBeUndefined();
  });
});

describe('malformed global IDs', () => {
  const cases: Array<[string, () => string]> = [
    ['garbage', () => '%%% not an id %%%'],
    ['the ID of another type (an employer for a person)', () => employerId],
    ['valid base64 of a type and a non-UUID', () => Buffer.from('Beneficiary:42', 'utf8').toString('base64url')],
  ];
  it.each(cases)('refuses %s as beneficiaryId with BAD_USER_INPUT on that argument', async (_name, id) => {
    await expectRefused(() => server.gql(CLOSE_CASE, { id: id() }), { code: 'BAD_USER_INPUT', field: 'beneficiaryId' });
  });

  it('answers NOT_FOUND on the argument for a well-formed ID of a person who does not exist', async () => {
    await expectRefused(
      () => server.gql(CLOSE_CASE, { id: toGlobalId('Beneficiary', '00000000-0000-4000-8000-000000000000') }),
      {
        code: 'NOT_FOUND',
        field: 'beneficiaryId',
      },
    );
  });

  it('refuses a malformed employerId inside an input with the path of the field', async () => {
    await expectRefused(() => server.gql(CREATE_OPENING, { input: openingInput({ employerId: 'bm90LWEtdXVpZA' }) }), {
      code: 'BAD_USER_INPUT',
      field: 'input.employerId',
    });
  });
});

describe('checked identifiers', () => {
  it('refuses a codice fiscale with a wrong check character on receiveReferral', async () => {
    const good = newPerson().codiceFiscale;
    const wrong = good.slice(0, 15) + (good[15] === 'X' ? 'Y' : 'X');
    await expectRefused(() => server.gql(RECEIVE_REFERRAL, referral({ newBeneficiary: { codiceFiscale: wrong } })), {
      code: 'BAD_USER_INPUT',
      field: 'input.newBeneficiary.codiceFiscale',
    });
  });

  it('refuses a partita IVA with a wrong check digit on createEmployer', async () => {
    const good = newPartitaIva();
    const wrong = good.slice(0, 10) + String((Number(good[10]) + 1) % 10);
    await expectRefused(() => server.gql(CREATE_EMPLOYER, { input: employerInput({ partitaIva: wrong }) }), {
      code: 'BAD_USER_INPUT',
      field: 'input.partitaIva',
    });
  });

  it('refuses a partita IVA of letters', async () => {
    await expectRefused(() => server.gql(CREATE_EMPLOYER, { input: employerInput({ partitaIva: 'ABCDEFGHIJK' }) }), {
      code: 'BAD_USER_INPUT',
      field: 'input.partitaIva',
    });
  });
});

describe('numbers out of range', () => {
  it('refuses negative weekly hours on an opening', async () => {
    await expectRefused(() => server.gql(CREATE_OPENING, { input: openingInput({ weeklyHours: -5 }) }), {
      code: 'BAD_USER_INPUT',
      field: 'input.weeklyHours',
    });
  });

  it('refuses an invalidity of 140%', async () => {
    await expectRefused(
      () => server.gql(RECEIVE_REFERRAL, referral({ newBeneficiary: { invalidityPercentage: 140 } })),
      {
        code: 'BAD_USER_INPUT',
        field: 'input.newBeneficiary.invalidityPercentage',
      },
    );
  });

  it('refuses a page size of 10,000 given as a variable, naming `first`', async () => {
    await expectRefused(() => server.gql(BENEFICIARIES, { first: 10_000 }), { code: 'BAD_USER_INPUT', field: 'first' });
  });

  it('refuses a page size of 10,000 written in the query as when sent as a variable, naming `first`', async () => {
    await expectRefused(() => server.gql(`{ beneficiaries(first: 10000) { edges { node { id } } } }`), {
      code: 'BAD_USER_INPUT',
      field: 'first',
    });
  });

  it('refuses 2^31 for an Int, which GraphQL cannot represent, naming the field', async () => {
    await expectRefused(
      () => server.gql(RECEIVE_REFERRAL, referral({ newBeneficiary: { invalidityPercentage: 2 ** 31 } })),
      {
        code: 'BAD_USER_INPUT',
        field: 'input.newBeneficiary.invalidityPercentage',
        message: /2147483648 è fuori dall’intervallo di un Int/,
      },
    );
  });

  it('refuses 2^31 positions on an opening', async () => {
    await expectRefused(() => server.gql(CREATE_OPENING, { input: openingInput({ positions: 2 ** 31 }) }), {
      code: 'BAD_USER_INPUT',
      field: 'input.positions',
    });
  });
});

describe('impossible dates', () => {
  const cases: Array<[string, string]> = [
    ['30 February', '2026-02-30'],
    ['a five-digit year', '99999-01-01'],
    ['month 13', '2026-13-01'],
    ['a date and time instead of a date', '2026-10-01T10:00:00Z'],
  ];
  it.each(cases)('refuses %s as the referral date, naming the field', async (_name, date) => {
    await expectRefused(() => server.gql(RECEIVE_REFERRAL, referral({ referral: { referredOn: date } })), {
      code: 'BAD_USER_INPUT',
      field: 'input.referral.referredOn',
    });
  });

  it('names the argument’s path, not the client’s variable name', async () => {
    const renamed = RECEIVE_REFERRAL.replace('$input: ReceiveReferralInput!', '$intake: ReceiveReferralInput!').replace(
      'input: $input',
      'input: $intake',
    );
    const { input } = referral({ referral: { referredOn: '2026-02-30' } });
    await expectRefused(() => server.gql(renamed, { intake: input }), {
      code: 'BAD_USER_INPUT',
      field: 'input.referral.referredOn',
    });
  });

  it('names the path of a variable written inside an input object of the query', async () => {
    const query = `mutation($day: LocalDate!, $e: ID!, $s: ID!) {
      createOpening(input: { employerId: $e, siteId: $s, title: "Magazziniere", contractType: TIROCINIO, positions: 1,
                             shifts: [MORNING], weeklyHours: 20, startsOn: $day }) { id } }`;
    await expectRefused(() => server.gql(query, { day: '2026-02-30', e: employerId, s: siteId }), {
      code: 'BAD_USER_INPUT',
      field: 'input.startsOn',
    });
  });

  it('refuses an impossible date written in the query itself, before running it', async () => {
    await expectRefused(() => server.gql(`mutation { endQuotaExemption(id: "x", lastDay: "2026-02-30") { id } }`), {
      code: 'GRAPHQL_VALIDATION_FAILED',
      message: /LocalDate/,
    });
  });
});

describe('oversized text', () => {
  it('refuses a 1 MB referral reason by the request size limit, with PAYLOAD_TOO_LARGE (HTTP 413)', async () => {
    const before = await rowCounts();
    const { status, json } = await postRaw(
      JSON.stringify({
        query: RECEIVE_REFERRAL,
        variables: referral({ referral: { reason: 'x'.repeat(1024 * 1024) } }),
      }),
    );
    expect(status).toBe(413);
    expect(json.errors[0].extensions).toEqual({ code: 'PAYLOAD_TOO_LARGE' });
    expect(await rowCounts()).toEqual(before);
  });

  it('refuses a 100 kB referral reason by the field’s maximum length, naming the field', async () => {
    await expectRefused(() => server.gql(RECEIVE_REFERRAL, referral({ referral: { reason: 'x'.repeat(100_000) } })), {
      code: 'BAD_USER_INPUT',
      field: 'input.referral.reason',
    });
  });

  it('refuses a 100 kB employer name by the field’s maximum length, naming the field', async () => {
    await expectRefused(
      () => server.gql(CREATE_EMPLOYER, { input: employerInput({ legalName: 'S'.repeat(100_000) }) }),
      {
        code: 'BAD_USER_INPUT',
        field: 'input.legalName',
      },
    );
  });
});

describe('abusive query shapes', () => {
  it('refuses a query 30 levels deep (person → placements → person …) before running it', async () => {
    const steps = Array.from({ length: 28 }, (_, i) => (i % 2 === 0 ? 'placements {' : 'beneficiary {'));
    const query = `query($id: ID!) { node(id: $id) { ... on Beneficiary { ${steps.join(' ')} id ${'}'.repeat(28)} } } }`;
    await expectRefused(() => server.gql(query, { id: beneficiaryId }), {
      code: 'GRAPHQL_VALIDATION_FAILED',
      message: /depth limit of 12 exceeded, found 30/,
    });
  });

  it('refuses 500 aliases of one mutation while parsing, by the token limit', async () => {
    const aliases = Array.from({ length: 500 }, (_, i) => `e${i}: createEmployer(input: $input) { id }`).join(' ');
    await expectRefused(
      () => server.gql(`mutation($input: CreateEmployerInput!) { ${aliases} }`, { input: employerInput() }),
      {
        code: 'GRAPHQL_PARSE_FAILED',
        message: /supera i \d+ elementi/,
      },
    );
  });

  it('refuses 31 aliases of one mutation, within the token limit, by the alias limit', async () => {
    const aliases = Array.from({ length: 31 }, (_, i) => `e${i}: createEmployer(input: $input) { id }`).join(' ');
    await expectRefused(
      () => server.gql(`mutation($input: CreateEmployerInput!) { ${aliases} }`, { input: employerInput() }),
      {
        code: 'GRAPHQL_VALIDATION_FAILED',
        message: /Aliases limit of 30 exceeded, found 31/,
      },
    );
  });

  it('refuses a batch of 100 operations in one HTTP request with BAD_REQUEST (HTTP 400), running none', async () => {
    const before = await rowCounts();
    const batch = Array.from({ length: 100 }, () => ({
      query: CREATE_EMPLOYER,
      variables: { input: employerInput() },
    }));
    const { status, json } = await postRaw(JSON.stringify(batch));
    expect(status).toBe(400);
    expect(json.errors[0].extensions).toEqual({ code: 'BAD_REQUEST' });
    expect(await rowCounts()).toEqual(before);
  });
});

describe('unknown fields and variables of the wrong type', () => {
  it('refuses an unknown field with GRAPHQL_VALIDATION_FAILED', async () => {
    await expectRefused(
      () =>
        server.gql(`mutation($input: CreateEmployerInput!) { createEmployer(input: $input) { id password } }`, {
          input: employerInput(),
        }),
      {
        code: 'GRAPHQL_VALIDATION_FAILED',
        message: /non ha un campo «password»/,
      },
    );
  });

  it('refuses an unknown argument with GRAPHQL_VALIDATION_FAILED', async () => {
    await expectRefused(
      () =>
        server.gql(`mutation($input: CreateEmployerInput!) { createEmployer(input: $input, force: true) { id } }`, {
          input: employerInput(),
        }),
      {
        code: 'GRAPHQL_VALIDATION_FAILED',
        message: /non ha un argomento «force»/,
      },
    );
  });

  it('refuses an unknown input field in the variables with BAD_USER_INPUT, naming it', async () => {
    await expectRefused(() => server.gql(CREATE_EMPLOYER, { input: employerInput({ verified: true }) }), {
      code: 'BAD_USER_INPUT',
      field: 'input.verified',
    });
  });

  it('refuses a string where an Int is expected, naming the field', async () => {
    await expectRefused(() => server.gql(CREATE_OPENING, { input: openingInput({ weeklyHours: 'twenty' }) }), {
      code: 'BAD_USER_INPUT',
      field: 'input.weeklyHours',
    });
  });

  it('refuses a value outside an enum, naming the field', async () => {
    await expectRefused(() => server.gql(CREATE_EMPLOYER, { input: employerInput({ kind: 'MULTINATIONAL' }) }), {
      code: 'BAD_USER_INPUT',
      field: 'input.kind',
    });
  });

  it('refuses a missing required variable, naming it', async () => {
    await expectRefused(() => server.gql(CREATE_EMPLOYER, {}), { code: 'BAD_USER_INPUT', field: 'input' });
  });

  it('refuses a variable declared with a type its argument does not take', async () => {
    await expectRefused(
      () => server.gql(`mutation($id: Int!) { closeCase(beneficiaryId: $id, reason: "x") { id } }`, { id: 1 }),
      {
        code: 'GRAPHQL_VALIDATION_FAILED',
      },
    );
  });
});
