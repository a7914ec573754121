import { createOperator, countRows, municipalityIds, person, RECEIVE_REFERRAL, REFERRAL } from '../helpers/fixtures';
import { statementsOn } from '../helpers/sql-counter';
import { startTestServer, TestServer } from '../helpers/test-server';
import { fromGlobalId } from '../../src/graphql/relay';

let server: TestServer;
let towns: Record<string, string>;
let skills: Record<string, string>;
let operatorId: string;
const ids: Record<string, string> = {};

async function refer(name: string, profile: Parameters<typeof person>[0]): Promise<string> {
  const { data, errors } = await server.gql(RECEIVE_REFERRAL, {
    input: { referral: REFERRAL, newBeneficiary: person(profile) },
  });
  if (errors) throw new Error(JSON.stringify(errors));
  ids[name] = data!.receiveReferral.beneficiary.id;
  return ids[name];
}

const CHANGE_STATUS = `mutation($id: ID!, $input: ChangeCaseStatusInput!) {
  changeCaseStatus(beneficiaryId: $id, input: $input) { caseStatus allowedNextStatuses } }`;
const SET_SKILL = `mutation($id: ID!, $input: SetBeneficiarySkillInput!) {
  setBeneficiarySkill(beneficiaryId: $id, input: $input) { level source skill { code } } }`;

beforeAll(async () => {
  server = await startTestServer();
  towns = await municipalityIds(server);
  const { data } = await server.gql(`{ skillCatalogue { id code } }`);
  skills = Object.fromEntries(data!.skillCatalogue.map((s: any) => [s.code, s.id]));
  operatorId = await createOperator(server, { email: 'paolo.rinaldi@giustaoccupazione.example', ambito: 1 });
  await refer('anna', {
    givenName: 'Anna',
    familyName: 'Abeni',
    birthDate: '1988-03-14',
    sex: 'F',
    residenceMunicipalityId: towns['Brescia'],
    law68Category: 'DISABLED_ART1',
    invalidityPercentage: 60,
  });
  await refer('bruno', {
    givenName: 'Bruno',
    familyName: 'Bianchi',
    birthDate: '1975-11-02',
    residenceMunicipalityId: towns['Rezzato'],
    law381Category: 'DRUG_ADDICTION',
    followedBySocialServices: true,
  });
  await refer('carla', {
    givenName: 'Carla',
    familyName: 'Cominelli',
    birthDate: '1999-07-30',
    sex: 'F',
    residenceMunicipalityId: towns['Mazzano'],
    followedBySocialServices: true,
  });
  await refer('dario', {
    givenName: 'Dario',
    familyName: 'Donati',
    birthDate: '1982-01-19',
    residenceMunicipalityId: towns['Collebeato'],
    law68Category: 'DISABLED_ART1',
    invalidityPercentage: 80,
  });
  await refer('elisa', {
    givenName: 'Elisa',
    familyName: 'Esposito',
    birthDate: '2001-05-08',
    sex: 'F',
    residenceMunicipalityId: towns['Botticino'],
  });
});
afterAll(() => server.close());

describe('beneficiaries', () => {
  it('updates a profile, keeping absent fields and assigning an operator', async () => {
    const { data, errors } = await server.gql(
      `mutation($id: ID!, $input: BeneficiaryProfileInput!) { updateBeneficiary(id: $id, input: $input) {
         givenName phone educationLevel languages hasDrivingLicence assignedOperator { email } } }`,
      {
        id: ids.carla,
        input: {
          phone: '030 1234567',
          educationLevel: 'LOWER_SECONDARY',
          languages: ['it', 'ro'],
          hasDrivingLicence: true,
          assignedOperatorId: operatorId,
        },
      },
    );
    expect(errors).toBeUndefined();
    expect(data!.updateBeneficiary).toEqual({
      givenName: 'Carla',
      phone: '+390301234567', // written as Italians do, kept and returned in E.164
      educationLevel: 'LOWER_SECONDARY',
      languages: ['it', 'ro'],
      hasDrivingLicence: true,
      assignedOperator: { email: 'paolo.rinaldi@giustaoccupazione.example' },
    });
  });

  it('keeps a person editable after their operator left the service, and assigns no one inactive', async () => {
    const leaving = await createOperator(server, { email: 'lia.lazzari@giustaoccupazione.example', ambito: 1 });
    const UPDATE = `mutation($id: ID!, $input: BeneficiaryProfileInput!) {
      updateBeneficiary(id: $id, input: $input) { address assignedOperator { email } } }`;
    expect(
      (await server.gql(UPDATE, { id: ids.dario, input: { assignedOperatorId: leaving } })).errors,
    ).toBeUndefined();
    const deactivated = await server.gql(
      `mutation($id: ID!) { updateOperator(id: $id, input: { active: false }) { active } }`,
      { id: leaving },
      { as: server.adminId },
    );
    expect(deactivated.errors).toBeUndefined();

    const edited = await server.gql(UPDATE, { id: ids.dario, input: { address: 'Via San Rocco 3' } });
    expect(edited.errors).toBeUndefined();
    expect(edited.data!.updateBeneficiary).toEqual({
      address: 'Via San Rocco 3',
      assignedOperator: { email: 'lia.lazzari@giustaoccupazione.example' },
    });
    // A form sent back whole names the operator the person already has: nothing new is assigned, so it is taken.
    const resent = await server.gql(UPDATE, {
      id: ids.dario,
      input: { address: 'Via San Rocco 5', assignedOperatorId: leaving },
    });
    expect(resent.errors).toBeUndefined();
    expect(resent.data!.updateBeneficiary.address).toBe('Via San Rocco 5');

    const refused = await server.gql(UPDATE, { id: ids.elisa, input: { assignedOperatorId: leaving } });
    expect(refused.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.assignedOperatorId' });
    const people = await countRows(server, 'beneficiary');
    const referred = await server.gql(RECEIVE_REFERRAL, {
      input: {
        referral: REFERRAL,
        newBeneficiary: person({
          givenName: 'Franca',
          familyName: 'Facchetti',
          birthDate: '1970-02-02',
          sex: 'F',
          residenceMunicipalityId: towns['Brescia'],
          assignedOperatorId: leaving,
        }),
      },
    });
    expect(referred.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.newBeneficiary.assignedOperatorId',
    });
    expect(await countRows(server, 'beneficiary')).toBe(people);
  });

  it('reads the person once to change them and writes only what changes', async () => {
    const UPDATE = `mutation($id: ID!, $input: BeneficiaryProfileInput!) {
      updateBeneficiary(id: $id, input: $input) { address phone updatedAt } }`;
    const input = { address: 'Via Trento 12', phone: '030 7654321' };
    const before = await server.gql(`query($id: ID!) { node(id: $id) { ... on Beneficiary { updatedAt } } }`, {
      id: ids.elisa,
    });
    const changed = await server.sql.count(() => server.gql(UPDATE, { id: ids.elisa, input }));
    expect(changed.result.errors).toBeUndefined();
    const written = changed.result.data!.updateBeneficiary;
    expect(written).toMatchObject({ address: 'Via Trento 12', phone: '+390307654321' });
    expect(written.updatedAt > before.data!.node.updatedAt).toBe(true);
    const [row] = await server.dataSource.query(
      `SELECT address, phone, to_json(updated_at) #>> '{}' AS "updatedAt" FROM beneficiary WHERE id = $1`,
      [fromGlobalId(ids.elisa)!.id],
    );
    expect(new Date(row.updatedAt).toISOString()).toBe(written.updatedAt);
    // A coordinator's change: the lock and the UPDATE; the residence, not in the input, is not looked up.
    expect(statementsOn(changed.statements, 'beneficiary')).toHaveLength(2);
    expect(statementsOn(changed.statements, 'municipality')).toHaveLength(0);

    const auditBefore = await countRows(server, 'audit_event');
    const unchanged = await server.sql.count(() => server.gql(UPDATE, { id: ids.elisa, input }));
    expect(unchanged.result.data!.updateBeneficiary).toEqual(written);
    expect(unchanged.statements.filter((sql) => /^\s*UPDATE/i.test(sql))).toEqual([]);
    expect(await countRows(server, 'audit_event')).toBe(auditBefore);
  });

  it('answers CONFLICT when an update would give a person another person’s codice fiscale', async () => {
    const { data } = await server.gql(`query($id: ID!) { node(id: $id) { ... on Beneficiary { codiceFiscale } } }`, {
      id: ids.anna,
    });
    const { errors } = await server.gql(
      `mutation($id: ID!, $input: BeneficiaryProfileInput!) { updateBeneficiary(id: $id, input: $input) { id } }`,
      { id: ids.bruno, input: { codiceFiscale: data!.node.codiceFiscale, birthDate: '1988-03-14' } },
    );
    expect(errors![0].extensions).toMatchObject({ code: 'CONFLICT', field: 'input.codiceFiscale' });
  });

  it('records skills with level and source, replacing the previous level of the same skill', async () => {
    await server.gql(SET_SKILL, {
      id: ids.anna,
      input: { skillId: skills.LOG_PICKING, level: 2, source: 'SELF_DECLARED' },
    });
    const { data } = await server.gql(SET_SKILL, {
      id: ids.anna,
      input: { skillId: skills.LOG_PICKING, level: 3, source: 'PROVEN_IN_INTERNSHIP', assessedOn: '2026-06-30' },
    });
    expect(data!.setBeneficiarySkill).toEqual({
      level: 3,
      source: 'PROVEN_IN_INTERNSHIP',
      skill: { code: 'LOG_PICKING' },
    });
    const read = await server.gql(
      `query($id: ID!) { node(id: $id) { ... on Beneficiary { skills { level assessedOn skill { code } } } } }`,
      { id: ids.anna },
    );
    expect(read.data!.node.skills).toEqual([{ level: 3, assessedOn: '2026-06-30', skill: { code: 'LOG_PICKING' } }]);
  });

  it('rejects a skill level outside 1–4 with the field at fault', async () => {
    const { errors } = await server.gql(SET_SKILL, {
      id: ids.anna,
      input: { skillId: skills.LOG_PICKING, level: 5, source: 'SELF_DECLARED' },
    });
    expect(errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.level' });
  });

  it('sets work constraints and rejects a maximum below the minimum without changing them', async () => {
    const SET = `mutation($id: ID!, $input: WorkConstraintsInput!) { setWorkConstraints(beneficiaryId: $id, input: $input) {
      minWeeklyHours maxWeeklyHours availableShifts physicalLimitations accessibilityNeeds transportModes maxCommuteMinutes } }`;
    const ok = await server.gql(SET, {
      id: ids.bruno,
      input: {
        minWeeklyHours: 15,
        maxWeeklyHours: 25,
        availableShifts: ['MORNING'],
        physicalLimitations: ['HEAVY_LIFTING'],
        accessibilityNeeds: ['ON_SITE_TUTOR'],
        transportModes: ['PUBLIC_TRANSPORT'],
        maxCommuteMinutes: 40,
      },
    });
    expect(ok.errors).toBeUndefined();
    const bad = await server.gql(SET, { id: ids.bruno, input: { maxWeeklyHours: 10 } });
    expect(bad.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.maxWeeklyHours' });
    const read = await server.gql(
      `query($id: ID!) { node(id: $id) { ... on Beneficiary { workConstraints { minWeeklyHours maxWeeklyHours } } } }`,
      { id: ids.bruno },
    );
    expect(read.data!.node.workConstraints).toEqual({ minWeeklyHours: 15, maxWeeklyHours: 25 });
  });

  it('moves a case along allowed transitions and records each step with its reason', async () => {
    const steps = ['INTAKE', 'ORIENTATION', 'INTERNSHIP', 'PLACED', 'MONITORING'];
    for (const status of steps) {
      const { errors } = await server.gql(
        CHANGE_STATUS,
        { id: ids.dario, input: { status, reason: `Passo a ${status}` } },
        { as: operatorId },
      );
      expect(errors).toBeUndefined();
    }
    const { data } = await server.gql(
      `query($id: ID!) { node(id: $id) { ... on Beneficiary { caseStatus caseHistory { toStatus reason changedBy { email } } } } }`,
      { id: ids.dario },
    );
    expect(data!.node.caseStatus).toBe('MONITORING');
    expect(data!.node.caseHistory.map((c: any) => c.toStatus)).toEqual(['REFERRED', ...steps]);
    expect(data!.node.caseHistory[5]).toEqual({
      toStatus: 'MONITORING',
      reason: 'Passo a MONITORING',
      changedBy: { email: 'paolo.rinaldi@giustaoccupazione.example' },
    });
  });

  it('refuses a forbidden transition, saying which are allowed, and records nothing', async () => {
    const before = await countRows(server, 'case_status_change');
    const { errors } = await server.gql(CHANGE_STATUS, {
      id: ids.elisa,
      input: { status: 'PLACED', reason: 'Salto di fase' },
    });
    expect(errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.status',
      allowedStatuses: ['INTAKE', 'CLOSED'],
    });
    expect(await countRows(server, 'case_status_change')).toBe(before);
  });

  it('answers NOT_FOUND for a well-formed ID of a person who does not exist', async () => {
    const missing = Buffer.from('Beneficiary:00000000-0000-4000-8000-000000000000').toString('base64url');
    const { errors } = await server.gql(CHANGE_STATUS, {
      id: missing,
      input: { status: 'INTAKE', reason: 'Colloquio' },
    });
    expect(errors![0].extensions).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('answers UNAUTHENTICATED, saying why, to a request whose Authorization header is not a bearer token', async () => {
    const { errors } = await server.gql(`{ ambiti { number } }`, undefined, {
      as: null,
      headers: { authorization: 'Basic bm9ib2R5' },
    });
    expect(errors![0].extensions).toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(errors![0].message).toMatch(/Bearer/);
  });
});

describe('beneficiary list', () => {
  const LIST = `query($filter: BeneficiaryFilter, $first: Int, $after: String) { beneficiaries(filter: $filter, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { familyName } } } }`;
  const names = (data: any) => data.beneficiaries.edges.map((e: any) => e.node.familyName);

  it('pages through everyone by family name with cursors and a total count', async () => {
    const first = await server.gql(LIST, { first: 2 });
    expect(first.data!.beneficiaries.totalCount).toBe(5);
    expect(names(first.data)).toEqual(['Abeni', 'Bianchi']);
    expect(first.data!.beneficiaries.pageInfo.hasNextPage).toBe(true);
    const second = await server.gql(LIST, { first: 2, after: first.data!.beneficiaries.pageInfo.endCursor });
    expect(names(second.data)).toEqual(['Cominelli', 'Donati']);
    const third = await server.gql(LIST, { first: 2, after: second.data!.beneficiaries.pageInfo.endCursor });
    expect(names(third.data)).toEqual(['Esposito']);
    expect(third.data!.beneficiaries.pageInfo.hasNextPage).toBe(false);
  });

  it('enforces the maximum page size and rejects a forged cursor', async () => {
    const big = await server.gql(LIST, { first: 1000 });
    expect(big.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    const forged = await server.gql(LIST, { first: 2, after: 'not-a-cursor' });
    expect(forged.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });

  it.each([
    ['ambito 1', () => ({ ambito: 1 }), ['Abeni', 'Donati']],
    ['ambito 3', () => ({ ambito: 3 }), ['Bianchi', 'Cominelli', 'Esposito']],
    ['municipality', () => ({ municipalityId: towns['Mazzano'] }), ['Cominelli']],
    ['case status', () => ({ caseStatuses: ['MONITORING'] }), ['Donati']],
    ['Law 68/99 eligibility', () => ({ law68Category: 'DISABLED_ART1' }), ['Abeni', 'Donati']],
    ['Law 381/91 certification', () => ({ law381: true }), ['Bianchi']],
    ['social services', () => ({ followedBySocialServices: true }), ['Bianchi', 'Cominelli']],
    ['skill at a minimum level', () => ({ skillId: skills.LOG_PICKING, minSkillLevel: 3 }), ['Abeni']],
    ['skill above the held level', () => ({ skillId: skills.LOG_PICKING, minSkillLevel: 4 }), []],
    ['name text', () => ({ search: 'cominel' }), ['Cominelli']],
    ['full name text', () => ({ search: 'Dario Don' }), ['Donati']],
    ['assigned operator', () => ({ assignedOperatorId: operatorId }), ['Cominelli']],
  ])('filters by %s', async (_name, filter, expected) => {
    const { data, errors } = await server.gql(LIST, { filter: filter(), first: 50 });
    expect(errors).toBeUndefined();
    expect(names(data)).toEqual(expected);
    expect(data!.beneficiaries.totalCount).toBe(expected.length);
  });

  it('finds a person by the start of the codice fiscale', async () => {
    const { data } = await server.gql(`query($id: ID!) { node(id: $id) { ... on Beneficiary { codiceFiscale } } }`, {
      id: ids.elisa,
    });
    const result = await server.gql(LIST, { filter: { search: data!.node.codiceFiscale.slice(0, 9).toLowerCase() } });
    expect(names(result.data)).toEqual(['Esposito']);
  });
});
