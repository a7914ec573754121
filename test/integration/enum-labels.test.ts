import { ENUM_LABELS } from '../../src/i18n/enum-labels';
import { LOCALES } from '../../src/i18n/locale';
import { createOperator, insertEmployer } from '../helpers/fixtures';
import { startTestServer, TestServer } from '../helpers/test-server';

/* A front-end builds its dropdowns from the API alone: every enum's values with Italian and English labels, for
 * every role, in the language asked for (Italian by default); and the SDL a client is generated from carries them. */

let server: TestServer;
let roles: Record<string, string>;

const LABELS = `query ($locale: Locale, $enums: [String!]) {
  enumLabels(locale: $locale, enums: $enums) { name values { value label description } } }`;

beforeAll(async () => {
  server = await startTestServer();
  roles = {
    OPERATOR: await createOperator(server, { email: 'paolo.rinaldi@ponte.test', role: 'OPERATOR', ambito: 1 }),
    EMPLOYER_LIAISON: await createOperator(server, {
      email: 'marta.gatti@ponte.test',
      role: 'EMPLOYER_LIAISON',
      ambito: 3,
    }),
    COORDINATOR: server.coordinatorId,
    ADMIN: server.adminId,
  };
});
afterAll(() => server.close());

type Labelled = { name: string; values: { value: string; label: string; description: string }[] };

describe.each(['OPERATOR', 'EMPLOYER_LIAISON', 'COORDINATOR', 'ADMIN'])('enumLabels for %s', (role) => {
  it.each(LOCALES)(
    'gives the %s labels and meanings of the values asked for, in the schema’s order',
    async (locale) => {
      const { data, errors } = await server.gql(
        LABELS,
        { locale, enums: ['PlacementStatus', 'CaseStatus'] },
        { as: roles[role] },
      );
      expect(errors).toBeUndefined();
      const enums: Labelled[] = data!.enumLabels;
      expect(enums.map((e) => e.name)).toEqual(['PlacementStatus', 'CaseStatus']);
      for (const { name, values } of enums) {
        expect(values).toEqual(Object.entries(ENUM_LABELS[name]).map(([value, text]) => ({ value, ...text[locale] })));
      }
    },
  );

  it('speaks Italian when no language is asked for', async () => {
    const { data, errors } = await server.gql(LABELS, { enums: ['PlacementStatus'] }, { as: roles[role] });
    expect(errors).toBeUndefined();
    const proposed = data!.enumLabels[0].values.find((v: { value: string }) => v.value === 'PROPOSED');
    expect(proposed).toEqual({ value: 'PROPOSED', ...ENUM_LABELS.PlacementStatus.PROPOSED.it });
    expect(proposed.label).toBe('Proposto');
  });
});

describe('enumLabels', () => {
  it('without `enums`, lists every enum of the schema with every value, each labelled', async () => {
    const introspection = await server.gql(
      `{ __schema { types { name kind enumValues(includeDeprecated: true) { name } } } }`,
    );
    const schemaEnums = introspection
      .data!.__schema.types.filter((t: { kind: string; name: string }) => t.kind === 'ENUM' && !t.name.startsWith('__'))
      .map((t: { name: string; enumValues: { name: string }[] }) => [t.name, t.enumValues.map((v) => v.name)]);
    const { data, errors } = await server.gql(LABELS, { locale: 'en' });
    expect(errors).toBeUndefined();
    const enums: Labelled[] = data!.enumLabels;
    expect(enums.map((e) => [e.name, e.values.map((v) => v.value)])).toEqual(
      [...schemaEnums].sort((a, b) => (a[0] < b[0] ? -1 : 1)),
    );
    expect(enums.length).toBeGreaterThanOrEqual(49);
    for (const { values } of enums) {
      for (const value of values) {
        expect(value.label.trim()).not.toBe('');
        expect(value.description.trim()).not.toBe('');
      }
    }
  });

  it('refuses a name that is not an enum of the schema, naming the argument', async () => {
    for (const enums of [['CaseStatus', 'Beneficiary'], ['__TypeKind'], ['casestatus'], ['']]) {
      const { data, errors } = await server.gql(LABELS, { enums });
      expect(data).toBeNull();
      expect(errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'enums' });
    }
  });

  it('refuses a language Ponte does not speak, and anyone not signed in', async () => {
    const fr = await server.gql(LABELS, { locale: 'fr' });
    expect(fr.errors![0].extensions!.code).toMatch(/BAD_USER_INPUT|GRAPHQL_VALIDATION_FAILED/);
    const anonymous = await server.gql(LABELS, {}, { as: null });
    expect(anonymous.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
    expect(anonymous.data ?? null).toBeNull();
  });

  it('introspection (what a generated client reads) starts each value’s description with its Italian label', async () => {
    const { data } = await server.gql(`{ __type(name: "CaseStatus") { enumValues { name description } } }`);
    for (const { name, description } of data!.__type.enumValues) {
      expect(description.startsWith(`${ENUM_LABELS.CaseStatus[name].it.label} — `)).toBe(true);
    }
  });
});

describe('phone numbers over GraphQL', () => {
  it('keeps a number written the Italian way as E.164, and refuses one that cannot exist without writing', async () => {
    const employer = await insertEmployer(server, {
      legalName: 'Logistica Franciacorta S.r.l.',
      partitaIva: '01234560157',
    });
    const employerId = Buffer.from(`Employer:${employer}`).toString('base64url');
    const UPDATE = `mutation ($id: ID!, $phone: PhoneNumber) { updateEmployer(id: $id, input: { phone: $phone }) { phone } }`;
    const ok = await server.gql(UPDATE, { id: employerId, phone: '030 765.43.21' });
    expect(ok.errors).toBeUndefined();
    expect(ok.data!.updateEmployer.phone).toBe('+390307654321');
    const [row] = await server.dataSource.query(`SELECT phone FROM employer WHERE id = $1`, [employer]);
    expect(row.phone).toBe('+390307654321');

    for (const phone of ['12', '030 7654321 int. 4', 'chiamare in sede']) {
      const refused = await server.gql(UPDATE, { id: employerId, phone });
      expect(refused.errors![0].extensions!.code).toMatch(/BAD_USER_INPUT/);
    }
    const [after] = await server.dataSource.query(`SELECT phone FROM employer WHERE id = $1`, [employer]);
    expect(after.phone).toBe('+390307654321');
  });
});
