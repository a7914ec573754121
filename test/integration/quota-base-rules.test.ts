import { completePartitaIva } from '../../src/modules/employers/partita-iva';
import { createOperator, municipalityIds } from '../helpers/fixtures';
import { startTestServer, TestServer } from '../helpers/test-server';

/*
 * The computable base over GraphQL: exclusions as rule data, by the employer's ATECO code, and groups recorded beside
 * the headcount. Sources: LSU excluded (D.Lgs 81/2000 art. 7), https://www.emiliaromagnastartup.it/index.php/en/node/7453;
 * site and travelling staff only in construction, transport and cable cars (L. 68/1999 art. 5 c.2, to be confirmed).
 */
let server: TestServer;
let liaisonId: string;
const employers: Record<string, string> = {};
const snapshots: Record<string, string> = {};
let nextPartitaIva = 5000;
const AS_OF = '2025-06-30';

async function employer(key: string, legalName: string, atecoCode: string, headcount: Record<string, unknown>) {
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
        atecoCode,
        sector: 'MANUFACTURING',
        sites: [{ name: 'Sede', address: 'Via Roma 1', municipalityId: towns.Mazzano, isHeadquarters: true }],
      },
    },
  );
  if (errors) throw new Error(JSON.stringify(errors));
  employers[key] = data!.createEmployer.id;
  const recorded = await server.gql(
    `mutation ($employerId: ID!, $input: RecordHeadcountInput!) { recordHeadcountSnapshot(employerId: $employerId, input: $input) { id } }`,
    { employerId: employers[key], input: { referenceDate: '2025-01-01', ...headcount } },
  );
  if (recorded.errors) throw new Error(JSON.stringify(recorded.errors));
  snapshots[key] = recorded.data!.recordHeadcountSnapshot.id;
}

const quotaOf = async (key: string) => {
  const { data, errors } = await server.gql(
    `query ($id: ID!) { node(id: $id) { ... on Employer { quota(asOf: "${AS_OF}") {
    status computableBase disabled { due } lines { code reference description value } } } } }`,
    { id: employers[key] },
  );
  expect(errors).toBeUndefined();
  return data!.node.quota;
};

const RECORD = `mutation ($input: RecordHeadcountExclusionsInput!) { recordHeadcountExclusions(input: $input) { group workers } }`;
const otherExclusions = async (key: string) => {
  const { data } = await server.gql(
    `query ($id: ID!) { node(id: $id) { ... on HeadcountSnapshot { otherExclusions { group workers } } } }`,
    { id: snapshots[key] },
  );
  return data!.node.otherExclusions;
};

beforeAll(async () => {
  server = await startTestServer();
  liaisonId = await createOperator(server, {
    email: 'anna.ferrari@giustaoccupazione.example',
    role: 'EMPLOYER_LIAISON',
    ambito: 3,
  });
  await employer('builder', 'Costruzioni Mazzano S.r.l.', '41.20.00', { totalEmployees: 20, siteOrTravellingStaff: 6 });
  await employer('foundry', 'Fonderia Mazzano S.r.l.', '24.10.00', { totalEmployees: 20, siteOrTravellingStaff: 6 });
});
afterAll(() => server.close());

describe('exclusions by sector', () => {
  it('leaves the site staff of a builder out of the base: 20 - 6 = 14, not obliged', async () => {
    expect(await quotaOf('builder')).toMatchObject({ status: 'NOT_OBLIGED', computableBase: 14 });
  });

  it('counts the site staff of a foundry, and says why: base 20, 1 unit due', async () => {
    const quota = await quotaOf('foundry');
    expect(quota).toMatchObject({ computableBase: 20, disabled: { due: 1 } });
    expect(quota.lines.find((l: any) => l.code === 'BASE_COUNTED_SITE_OR_TRAVELLING_STAFF')).toMatchObject({
      value: '0',
      reference: 'L. 68/1999 art. 5 c.2',
    });
  });
});

describe('groups recorded beside the headcount', () => {
  it('leaves out workers in socially useful work: 20 - 3 = 17', async () => {
    const { data, errors } = await server.gql(
      RECORD,
      { input: { snapshotId: snapshots.foundry, groups: [{ group: 'SOCIALLY_USEFUL_WORK', workers: 3 }] } },
      { as: liaisonId },
    );
    expect(errors).toBeUndefined();
    expect(data!.recordHeadcountExclusions).toEqual([{ group: 'SOCIALLY_USEFUL_WORK', workers: 3 }]);
    const quota = await quotaOf('foundry');
    expect(quota.computableBase).toBe(17);
    expect(quota.lines.find((l: any) => l.code === 'BASE_EXCLUDED_SOCIALLY_USEFUL_WORK')).toMatchObject({
      value: '-3',
      reference: 'D.Lgs 81/2000 art. 7',
    });
    expect(await otherExclusions('foundry')).toEqual([{ group: 'SOCIALLY_USEFUL_WORK', workers: 3 }]);
  });

  const bad: Array<[string, () => Record<string, unknown>, string]> = [
    [
      'a group no rule version excludes',
      () => ({ snapshotId: snapshots.foundry, groups: [{ group: 'MADE_UP', workers: 1 }] }),
      'input.groups.0.group',
    ],
    [
      'a group the headcount has a column for',
      () => ({ snapshotId: snapshots.foundry, groups: [{ group: 'MANAGERS', workers: 1 }] }),
      'input.groups.0.group',
    ],
    [
      'the same group twice',
      () => ({
        snapshotId: snapshots.foundry,
        groups: [
          { group: 'SOCIALLY_USEFUL_WORK', workers: 1 },
          { group: 'SOCIALLY_USEFUL_WORK', workers: 1 },
        ],
      }),
      'input.groups.1.group',
    ],
    [
      'more workers than employees',
      () => ({ snapshotId: snapshots.foundry, groups: [{ group: 'SOCIALLY_USEFUL_WORK', workers: 21 }] }),
      'input.groups',
    ],
    [
      'a code spelt in lower case',
      () => ({ snapshotId: snapshots.foundry, groups: [{ group: 'socially_useful_work', workers: 1 }] }),
      'input.groups.0.group',
    ],
    ['the ID of something else', () => ({ snapshotId: employers.foundry, groups: [] }), 'input.snapshotId'],
  ];
  it.each(bad)('refuses %s with a typed error and changes nothing', async (_name, input, field) => {
    const { errors } = await server.gql(RECORD, { input: input() }, { as: liaisonId });
    expect(errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(await otherExclusions('foundry')).toEqual([{ group: 'SOCIALLY_USEFUL_WORK', workers: 3 }]);
  });

  it('lists the exclusions of each version with their source and sector limit', async () => {
    const { data } = await server.gql(
      `{ quotaRuleVersions { code excludedGroups exclusions { group label reference atecoDivisions } } }`,
    );
    const current = data!.quotaRuleVersions.at(-1);
    expect(current.exclusions).toContainEqual(
      expect.objectContaining({
        group: 'SITE_OR_TRAVELLING_STAFF',
        atecoDivisions: ['41', '42', '43', '49', '50', '51'],
      }),
    );
    expect(current.exclusions).toContainEqual(
      expect.objectContaining({
        group: 'SOCIALLY_USEFUL_WORK',
        reference: 'D.Lgs 81/2000 art. 7',
        atecoDivisions: null,
      }),
    );
    expect(current.excludedGroups).toEqual(
      expect.arrayContaining(['REPLACEMENT_WORKERS', 'WORK_LIFE_TELEWORKERS', 'MANAGERS']),
    );
    expect(data!.quotaRuleVersions[0].excludedGroups).not.toContain('WORK_LIFE_TELEWORKERS');
  });
});

describe('part-time covering workers', () => {
  const RECORD_PART_TIME = `mutation ($input: RecordPartTimeCoveringWorkersInput!) { recordPartTimeCoveringWorkers(input: $input) { hoursPercent capacityReduction } }`;

  beforeAll(async () => {
    // 64 employees, 4 disabled: base 60, 7% = 4.20 → 4 units due
    await employer('mill', 'Mulino di Mazzano S.r.l.', '10.61.00', { totalEmployees: 64, disabledWorkers: 4 });
  });

  it('counts a part-timer at 40% of the hours as half a unit and one at 70% as one: 3.5 covered, 1 to hire', async () => {
    // https://imprese-disabili.assolombarda.it/rapportolavoro-4/ (up to half the hours half a unit, above half one)
    const { errors } = await server.gql(
      RECORD_PART_TIME,
      {
        input: {
          snapshotId: snapshots.mill,
          workers: [
            { hoursPercent: 40, capacityReduction: 67 },
            { hoursPercent: 70, capacityReduction: 46 },
          ],
        },
      },
      { as: liaisonId },
    );
    expect(errors).toBeUndefined();
    const { data } = await server.gql(
      `query ($id: ID!) { node(id: $id) { ... on Employer { quota(asOf: "${AS_OF}") {
      disabled { due covered shortfall } lines { code value } } } } }`,
      { id: employers.mill },
    );
    expect(data!.node.quota.disabled).toEqual({ due: 4, covered: 3.5, shortfall: 1 });
    expect(data!.node.quota.lines).toContainEqual({ code: 'DISABLED_PART_TIME_COVER', value: '1,50' });
  });

  const bad: Array<[string, () => Record<string, unknown>, string]> = [
    [
      'more part-timers than covering workers',
      () => ({ snapshotId: snapshots.mill, workers: Array(5).fill({ hoursPercent: 40, capacityReduction: 67 }) }),
      'input.workers',
    ],
    [
      'full-time hours',
      () => ({ snapshotId: snapshots.mill, workers: [{ hoursPercent: 100, capacityReduction: 67 }] }),
      'input.workers.0.hoursPercent',
    ],
    [
      'a reduction above 100%',
      () => ({ snapshotId: snapshots.mill, workers: [{ hoursPercent: 40, capacityReduction: 101 }] }),
      'input.workers.0.capacityReduction',
    ],
  ];
  it.each(bad)('refuses %s with a typed error and changes nothing', async (_name, input, field) => {
    const { errors } = await server.gql(RECORD_PART_TIME, { input: input() }, { as: liaisonId });
    expect(errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    const { data } = await server.gql(
      `query ($id: ID!) { node(id: $id) { ... on HeadcountSnapshot { partTimeCoveringWorkers { hoursPercent } } } }`,
      { id: snapshots.mill },
    );
    expect(data!.node.partTimeCoveringWorkers).toEqual([{ hoursPercent: 40 }, { hoursPercent: 70 }]);
  });
});

describe('parties, trade unions and non-profit organisations (art. 3 c.3, to be confirmed)', () => {
  const SET = `mutation ($input: SetArt3c3OrganisationInput!) { setArt3c3Organisation(input: $input) }`;

  beforeAll(async () => {
    await employer('union', 'Camera del Lavoro di Mazzano', '94.20.00', { totalEmployees: 40 });
    const { errors } = await server.gql(
      RECORD,
      {
        input: {
          snapshotId: snapshots.union,
          groups: [{ group: 'OTHER_THAN_TECHNICAL_OR_ADMINISTRATIVE_STAFF', workers: 22 }],
        },
      },
      { as: liaisonId },
    );
    expect(errors).toBeUndefined();
  });

  it('counts every worker until the employer is recorded as such an organisation, then only its 18 technical and administrative staff', async () => {
    expect(await quotaOf('union')).toMatchObject({ computableBase: 40, disabled: { due: 2 } });
    const { data, errors } = await server.gql(
      SET,
      { input: { employerId: employers.union, organisation: 'TRADE_UNION' } },
      { as: liaisonId },
    );
    expect(errors).toBeUndefined();
    expect(data!.setArt3c3Organisation).toBe('TRADE_UNION');
    const quota = await quotaOf('union');
    expect(quota).toMatchObject({ computableBase: 18, disabled: { due: 1 } });
    expect(
      quota.lines.find((l: any) => l.code === 'BASE_EXCLUDED_OTHER_THAN_TECHNICAL_OR_ADMINISTRATIVE_STAFF').value,
    ).toBe('-22');
    const { data: read } = await server.gql(
      `query ($id: ID!) { node(id: $id) { ... on Employer { art3c3Organisation } } }`,
      { id: employers.union },
    );
    expect(read!.node.art3c3Organisation).toBe('TRADE_UNION');
    await server.gql(SET, { input: { employerId: employers.union, organisation: null } }, { as: liaisonId });
    expect(await quotaOf('union')).toMatchObject({ computableBase: 40 });
  });

  it('refuses an unknown kind of organisation', async () => {
    const { errors } = await server.gql(
      SET,
      { input: { employerId: employers.union, organisation: 'CHURCH' } },
      { as: liaisonId },
    );
    expect(errors![0].extensions!.code).toMatch(/BAD_USER_INPUT|GRAPHQL_VALIDATION_FAILED/);
  });
});

describe('the gradual regime for employers of 15–35 (until 31 December 2017)', () => {
  // https://consulentidellavoro.mi.it/rivista-sintesi/articoli-in-evidenza/__trashed-5/: obliged only on a new hire,
  // 12 months to hire (DPR 333/2000 art. 2 c.2); from 2018 on reaching 15, with 60 days.
  const NEW_HIRE = `mutation ($input: RecordQuotaNewHireInput!) { recordQuotaNewHire(input: $input) { id hiredOn reference } }`;
  const quotaOn = async (asOf: string) => {
    const { data } = await server.gql(
      `query ($id: ID!) { node(id: $id) { ... on Employer { quota(asOf: "${asOf}") {
      status disabled { due } uncoveredUnits { uncoveredSince sanctionableFrom } } } } }`,
      { id: employers.bakery },
    );
    return data!.node.quota;
  };

  beforeAll(async () => {
    await employer('bakery', 'Panificio Mazzano S.n.c.', '10.71.10', {
      totalEmployees: 20,
      referenceDate: '2016-11-01',
    });
  });

  it('owes nothing in 2017 without a new hire, and from 1 January 2018 with 60 days', async () => {
    expect(await quotaOn('2017-06-30')).toMatchObject({ status: 'NOT_OBLIGED', disabled: { due: 0 } });
    expect((await quotaOn('2018-03-01')).uncoveredUnits).toEqual([
      { uncoveredSince: '2018-01-01', sanctionableFrom: '2018-03-02' },
    ]);
  });

  it('owes the unit from a recorded new hire, with 12 months to hire', async () => {
    const { data, errors } = await server.gql(
      NEW_HIRE,
      { input: { employerId: employers.bakery, hiredOn: '2017-02-15', reference: 'UNILAV 2017/123' } },
      { as: liaisonId },
    );
    expect(errors).toBeUndefined();
    expect(data!.recordQuotaNewHire).toMatchObject({ hiredOn: '2017-02-15', reference: 'UNILAV 2017/123' });
    expect(await quotaOn('2017-06-30')).toMatchObject({
      status: 'IN_GRACE',
      disabled: { due: 1 },
      uncoveredUnits: [{ uncoveredSince: '2017-02-15', sanctionableFrom: '2018-02-15' }],
    });
  });

  it('refuses a new hire after the gradual regime ended', async () => {
    const { errors } = await server.gql(
      NEW_HIRE,
      { input: { employerId: employers.bakery, hiredOn: '2019-01-10', reference: 'X' } },
      { as: liaisonId },
    );
    expect(errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.hiredOn' });
  });
});

describe('compensation within a corporate group (DL 138/2011 art. 9, to be confirmed)', () => {
  const SET_GROUP = `mutation ($input: SetQuotaGroupInput!) { setQuotaGroup(input: $input) { groupName since } }`;
  const shortfall = async (key: string) => {
    const { data } = await server.gql(
      `query ($id: ID!) { node(id: $id) { ... on Employer { quota(asOf: "${AS_OF}") {
      disabled { shortfall } groupCompensatedUnits lines { code value } } quotaGroup { groupName } } } }`,
      { id: employers[key] },
    );
    return data!.node;
  };

  beforeAll(async () => {
    // parent: base 100, 7 due, 10 covering: 3 surplus; subsidiary: base 60, 4 due, none covering
    await employer('parent', 'Acciai Mazzano Holding S.p.A.', '24.10.00', { totalEmployees: 110, disabledWorkers: 10 });
    await employer('subsidiary', 'Acciai Mazzano Servizi S.r.l.', '24.10.00', { totalEmployees: 60 });
  });

  it('covers a member’s shortfall with another member’s surplus once both are in the group', async () => {
    expect((await shortfall('subsidiary')).quota.disabled.shortfall).toBe(4);
    for (const key of ['parent', 'subsidiary']) {
      const { errors } = await server.gql(
        SET_GROUP,
        { input: { employerId: employers[key], groupName: 'Gruppo Acciai Mazzano', since: '2025-01-01' } },
        { as: liaisonId },
      );
      expect(errors).toBeUndefined();
    }
    const subsidiary = await shortfall('subsidiary');
    expect(subsidiary.quotaGroup).toEqual({ groupName: 'Gruppo Acciai Mazzano' });
    expect(subsidiary.quota).toMatchObject({ disabled: { shortfall: 1 }, groupCompensatedUnits: 3 });
    expect(subsidiary.quota.lines).toContainEqual({ code: 'GROUP_COMPENSATION', value: '3' });
    expect((await shortfall('parent')).quota.lines).toContainEqual({ code: 'GROUP_SURPLUS_USED', value: '3' });
  });

  it('applies from the day the membership starts, and refuses a group without a start', async () => {
    await server.gql(
      SET_GROUP,
      { input: { employerId: employers.subsidiary, groupName: 'Gruppo Acciai Mazzano', since: '2025-07-01' } },
      { as: liaisonId },
    );
    expect((await shortfall('subsidiary')).quota.disabled.shortfall).toBe(4);
    const { errors } = await server.gql(
      SET_GROUP,
      { input: { employerId: employers.subsidiary, groupName: 'Gruppo Acciai Mazzano' } },
      { as: liaisonId },
    );
    expect(errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.since' });
  });
});

describe('ATECO 2025', () => {
  // https://www.istat.it/classificazione/verso-ateco-2025; beekeeping 01.49.30 → 01.48.30:
  // https://agronotizie.imagelinenetwork.com/agricoltura-economia-politica/2025/04/04/agricoltura-ecco-i-nuovi-codici-ateco/87116
  const create = async (legalName: string, atecoCode: string, atecoVersion?: string) => {
    nextPartitaIva += 1;
    const towns = await municipalityIds(server);
    return server.gql(
      `mutation ($input: CreateEmployerInput!) { createEmployer(input: $input) { atecoCode atecoVersion ateco2025 { code reason } } }`,
      {
        input: {
          legalName,
          partitaIva: completePartitaIva(`${String(nextPartitaIva).padStart(7, '0')}017`),
          legalForm: 'SRL',
          kind: 'PRIVATE',
          atecoCode,
          ...(atecoVersion ? { atecoVersion } : {}),
          sector: 'MANUFACTURING',
          sites: [{ name: 'Sede', address: 'Via Roma 1', municipalityId: towns.Mazzano, isHeadquarters: true }],
        },
      },
    );
  };

  it('takes a code as ATECO 2025 by default', async () => {
    const { data, errors } = await create('Apicoltura Mazzano', '01.48.30');
    expect(errors).toBeUndefined();
    expect(data!.createEmployer).toMatchObject({ atecoVersion: 'ATECO_2025', ateco2025: { code: '01.48.30' } });
  });

  it('maps a 2007 code with a verified one-to-one correspondence, and does not guess the others', async () => {
    const mapped = await create('Miele di Botticino', '01.49.30', 'ATECO_2007');
    expect(mapped.data!.createEmployer.ateco2025).toMatchObject({ code: '01.48.30' });
    const unmapped = await create('Officina di Botticino', '25.62.00', 'ATECO_2007');
    expect(unmapped.data!.createEmployer.ateco2025).toMatchObject({
      code: null,
      reason: expect.stringMatching(/no verified correspondence/),
    });
  });

  it('refuses an unknown edition', async () => {
    const { errors } = await create('Officina di Rezzato', '25.62.00', 'ATECO_2002');
    expect(errors![0].extensions!.code).toMatch(/BAD_USER_INPUT|GRAPHQL_VALIDATION_FAILED/);
  });
});

describe('CP2021 on occupations', () => {
  // CP2021 (ISTAT): 5 levels, 813 units (https://webstat.regione.umbria.it/classificazione-delle-professioni). No
  // catalogue code is shipped; staff record it. The code below only has the form of one.
  const SET = `mutation ($id: ID!, $code: String) { setOccupationCp2021Code(id: $id, code: $code) { cp2021Code } }`;
  let occupationId: string;
  let coordinatorId: string;

  beforeAll(async () => {
    const { data } = await server.gql(`{ occupations { id cp2021Code } }`);
    occupationId = data!.occupations[0].id;
    expect(data!.occupations.every((o: any) => o.cp2021Code === null)).toBe(true);
    coordinatorId = await createOperator(server, {
      email: 'lucia.marini@giustaoccupazione.example',
      role: 'COORDINATOR',
      ambito: null,
    });
  });

  it('records a code of five levels, and clears it', async () => {
    const set = await server.gql(SET, { id: occupationId, code: ' 9.9.9.9.9 ' }, { as: coordinatorId });
    expect(set.errors).toBeUndefined();
    expect(set.data!.setOccupationCp2021Code.cp2021Code).toBe('9.9.9.9.9');
    const cleared = await server.gql(SET, { id: occupationId, code: null }, { as: coordinatorId });
    expect(cleared.data!.setOccupationCp2021Code.cp2021Code).toBeNull();
  });

  it.each([['9.9.9.9'], ['9-9-9-9-9'], ['A.1.1.1.1'], ['0.1.1.1.1']])('refuses %s', async (code) => {
    const { errors } = await server.gql(SET, { id: occupationId, code }, { as: coordinatorId });
    expect(errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'code' });
  });

  it('is for coordinators, not liaisons', async () => {
    const { errors } = await server.gql(SET, { id: occupationId, code: '9.9.9.9.9' }, { as: liaisonId });
    expect(errors![0].extensions!.code).toBe('FORBIDDEN');
  });
});
