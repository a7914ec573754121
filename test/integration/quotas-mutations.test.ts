import { completePartitaIva } from '../../src/modules/employers/partita-iva';
import { toGlobalId } from '../../src/graphql/relay';
import { countRows, createOperator, municipalityIds } from '../helpers/fixtures';
import { startTestServer, TestServer } from '../helpers/test-server';

let server: TestServer;
let towns: Record<string, string>;
let liaisonId: string;
let nextPartitaIva = 3000;
const AS_OF = '2025-06-30';
const asLiaison = () => ({ as: liaisonId });

const TABLES = [
  'quota_exemption',
  'quota_suspension',
  'quota_convention',
  'quota_convention_hiring',
  'quota_site_headcount',
  'consultancy_contact',
  'headcount_snapshot',
];
const rowCounts = async () => Promise.all(TABLES.map((table) => countRows(server, table)));

/** An employer of 101 employees (1 disabled): base 100, 7 disabled units and 1 protected due. */
async function employer(
  sites = ['Rezzato'],
  atecoCode = '25.62.00',
): Promise<{ id: string; siteIds: string[]; snapshotId: string }> {
  nextPartitaIva += 1;
  const { data, errors } = await server.gql(
    `mutation ($input: CreateEmployerInput!) { createEmployer(input: $input) { id sites { id } } }`,
    {
      input: {
        legalName: `Metalli ${nextPartitaIva} S.r.l.`,
        partitaIva: completePartitaIva(`${String(nextPartitaIva).padStart(7, '0')}017`),
        legalForm: 'SRL',
        kind: 'PRIVATE',
        atecoCode,
        sector: 'MANUFACTURING',
        sites: sites.map((town, i) => ({
          name: `Sito ${town}`,
          address: 'Via Roma 1',
          municipalityId: towns[town],
          isHeadquarters: i === 0,
        })),
      },
    },
  );
  if (errors) throw new Error(JSON.stringify(errors));
  const snapshot = await server.gql(
    `mutation ($employerId: ID!, $input: RecordHeadcountInput!) { recordHeadcountSnapshot(employerId: $employerId, input: $input) { id } }`,
    {
      employerId: data!.createEmployer.id,
      input: { referenceDate: '2025-01-01', totalEmployees: 101, disabledWorkers: 1 },
    },
  );
  if (snapshot.errors) throw new Error(JSON.stringify(snapshot.errors));
  return {
    id: data!.createEmployer.id,
    siteIds: data!.createEmployer.sites.map((s: any) => s.id),
    snapshotId: snapshot.data!.recordHeadcountSnapshot.id,
  };
}

async function quota(employerId: string, fields: string, asOf = AS_OF): Promise<any> {
  const { data, errors } = await server.gql(
    `query ($id: ID!, $asOf: LocalDate) { node(id: $id) { ... on Employer { quota(asOf: $asOf) { ${fields} } } } }`,
    { id: employerId, asOf },
  );
  expect(errors).toBeUndefined();
  return data!.node.quota;
}

/** Sends a mutation that must be refused: a typed error naming the field, and not a row written anywhere. */
async function expectRefused(mutation: string, variables: Record<string, unknown>, code: string, field: string) {
  const before = await rowCounts();
  const { data, errors } = await server.gql(mutation, variables, asLiaison());
  expect(data ?? null).toBeNull();
  expect(errors![0].extensions).toMatchObject({ code, field });
  expect(errors![0].message).not.toMatch(/select|insert|stack/i);
  expect(await rowCounts()).toEqual(before);
}

const EXEMPTION = `mutation ($input: RecordQuotaExemptionInput!) { recordQuotaExemption(input: $input) {
  id kind percentage highRiskWorkers validFrom validTo reference employer { id } recordedBy { email } } }`;
const END_EXEMPTION = `mutation ($id: ID!, $lastDay: LocalDate!) { endQuotaExemption(id: $id, lastDay: $lastDay) { id validTo } }`;
const SUSPENSION = `mutation ($input: RecordQuotaSuspensionInput!) { recordQuotaSuspension(input: $input) { id reason province suspendedFte validFrom validTo } }`;
const END_SUSPENSION = `mutation ($id: ID!, $lastDay: LocalDate!) { endQuotaSuspension(id: $id, lastDay: $lastDay) { id validTo } }`;
const CONVENTION = `mutation ($input: RecordQuotaConventionInput!) { recordQuotaConvention(input: $input) {
  id kind units cooperativeName schedule { dueBy units } } }`;
const END_CONVENTION = `mutation ($id: ID!, $lastDay: LocalDate!) { endQuotaConvention(id: $id, lastDay: $lastDay) { id validTo } }`;
const SITES = `mutation ($input: RecordSiteHeadcountsInput!) { recordSiteHeadcounts(input: $input) { computableEmployees coveringWorkers site { name } } }`;
const CONTACT = `mutation ($input: LogConsultancyContactInput!) { logConsultancyContact(input: $input) {
  id contactedOn topic outcome nextStep nextStepDue operator { email } employer { id } } }`;
const HEADCOUNT = `mutation ($employerId: ID!, $input: RecordHeadcountInput!) { recordHeadcountSnapshot(employerId: $employerId, input: $input) { id } }`;

beforeAll(async () => {
  server = await startTestServer();
  towns = await municipalityIds(server);
  liaisonId = await createOperator(server, {
    email: 'paolo.rinaldi@giustaoccupazione.example',
    role: 'EMPLOYER_LIAISON',
    ambito: 3,
  });
});
afterAll(() => server.close());

describe('exemptions', () => {
  it('records an exemption that lowers the shortfall and costs the daily contribution, then ends it', async () => {
    const company = await employer();
    const { data, errors } = await server.gql(
      EXEMPTION,
      {
        input: {
          employerId: company.id,
          kind: 'AUTHORISED',
          percentage: 60,
          validFrom: '2025-01-01',
          reference: 'Provincia BS 123/2025',
        },
      },
      asLiaison(),
    );
    expect(errors).toBeUndefined();
    expect(data!.recordQuotaExemption).toMatchObject({
      kind: 'AUTHORISED',
      percentage: 60,
      validFrom: '2025-01-01',
      validTo: null,
      employer: { id: company.id },
      recordedBy: { email: 'paolo.rinaldi@giustaoccupazione.example' },
    });
    expect(await quota(company.id, 'disabled { exemptedUnits shortfall } dailyExemptionContributionCents')).toEqual({
      disabled: { exemptedUnits: 4, shortfall: 2 },
      dailyExemptionContributionCents: 15684,
    });

    const ended = await server.gql(END_EXEMPTION, { id: data!.recordQuotaExemption.id, lastDay: '2025-03-31' });
    expect(ended.data!.endQuotaExemption.validTo).toBe('2025-03-31');
    expect(await quota(company.id, 'disabled { exemptedUnits shortfall }')).toEqual({
      disabled: { exemptedUnits: 0, shortfall: 6 },
    });
    const { data: listed } = await server.gql(
      `query ($id: ID!) { node(id: $id) { ... on Employer { quotaExemptions { validTo } } } }`,
      { id: company.id },
    );
    expect(listed!.node.quotaExemptions).toEqual([{ validTo: '2025-03-31' }]);
  });

  it('refuses a percentage above what the rule version allows', async () => {
    const company = await employer();
    await expectRefused(
      EXEMPTION,
      {
        input: {
          employerId: company.id,
          kind: 'AUTHORISED',
          percentage: 70,
          validFrom: '2025-01-01',
          reference: 'X-1',
        },
      },
      'BAD_USER_INPUT',
      'input.percentage',
    );
  });

  it('refuses an exemption overlapping another, and one whose last day comes first', async () => {
    const company = await employer();
    const first = await server.gql(EXEMPTION, {
      input: {
        employerId: company.id,
        kind: 'AUTHORISED',
        percentage: 30,
        validFrom: '2025-01-01',
        validTo: '2025-12-31',
        reference: 'A-1',
      },
    });
    expect(first.errors).toBeUndefined();
    await expectRefused(
      EXEMPTION,
      {
        input: {
          employerId: company.id,
          kind: 'SELF_CERTIFIED',
          highRiskWorkers: 20,
          validFrom: '2025-12-31',
          reference: 'A-2',
        },
      },
      'CONFLICT',
      'input.validFrom',
    );
    await expectRefused(
      EXEMPTION,
      {
        input: {
          employerId: company.id,
          kind: 'AUTHORISED',
          percentage: 20,
          validFrom: '2026-03-01',
          validTo: '2026-02-01',
          reference: 'A-3',
        },
      },
      'BAD_USER_INPUT',
      'input.validTo',
    );
  });

  it('allows up to 80% in security and vigilance (ATECO division 80; D.M. 357/2000, http://www.lavoroetutele.it/?p=131)', async () => {
    const company = await employer(['Rezzato'], '80.10.00');
    const { errors } = await server.gql(
      EXEMPTION,
      {
        input: {
          employerId: company.id,
          kind: 'AUTHORISED',
          percentage: 80,
          validFrom: '2025-01-01',
          reference: 'V-1',
        },
      },
      asLiaison(),
    );
    expect(errors).toBeUndefined();
    // 80% of 7 = 5.6 → 5 units; 6 uncovered, 5 exempted, 1 to hire
    expect(await quota(company.id, 'disabled { exemptedUnits shortfall }')).toEqual({
      disabled: { exemptedUnits: 5, shortfall: 1 },
    });
    await expectRefused(
      EXEMPTION,
      {
        input: {
          employerId: company.id,
          kind: 'AUTHORISED',
          percentage: 81,
          validFrom: '2026-01-01',
          reference: 'V-2',
        },
      },
      'BAD_USER_INPUT',
      'input.percentage',
    );
  });

  it('records a self-certified exemption by the workers at 60‰ or more, and exempts the units they bring (art. 5 c.3-bis)', async () => {
    const company = await employer();
    const { data, errors } = await server.gql(
      EXEMPTION,
      {
        input: {
          employerId: company.id,
          kind: 'SELF_CERTIFIED',
          highRiskWorkers: 50,
          validFrom: '2025-01-01',
          reference: 'AUTO-2025-3',
        },
      },
      asLiaison(),
    );
    expect(errors).toBeUndefined();
    expect(data!.recordQuotaExemption).toMatchObject({ kind: 'SELF_CERTIFIED', percentage: null, highRiskWorkers: 50 });
    // base 100, 7 due; 50 of the 100 at ≥ 60‰: 7 × 50 / 100 = 3.5 → 3 exempted, 3 still to hire, 3 × €39.21 a day
    expect(await quota(company.id, 'disabled { exemptedUnits shortfall } dailyExemptionContributionCents')).toEqual({
      disabled: { exemptedUnits: 3, shortfall: 3 },
      dailyExemptionContributionCents: 11763,
    });
  });

  const measures: Array<[string, Record<string, unknown>, string]> = [
    [
      'a self-certified exemption given as a percentage',
      { kind: 'SELF_CERTIFIED', percentage: 30 },
      'input.highRiskWorkers',
    ],
    [
      'a self-certified exemption with a percentage too',
      { kind: 'SELF_CERTIFIED', percentage: 30, highRiskWorkers: 10 },
      'input.percentage',
    ],
    ['an authorised exemption without a percentage', { kind: 'AUTHORISED', percentage: null }, 'input.percentage'],
    [
      'an authorised exemption counting high-risk workers',
      { kind: 'AUTHORISED', percentage: 30, highRiskWorkers: 10 },
      'input.highRiskWorkers',
    ],
  ];
  it.each(measures)('refuses %s', async (_name, measure, field) => {
    const company = await employer();
    await expectRefused(
      EXEMPTION,
      { input: { employerId: company.id, validFrom: '2025-01-01', reference: 'M-1', ...measure } },
      'BAD_USER_INPUT',
      field,
    );
  });

  const badInput: Array<[string, () => Record<string, unknown>, string, string]> = [
    ['a negative percentage', () => ({ percentage: -5 }), 'BAD_USER_INPUT', 'input.percentage'],
    ['a blank reference', () => ({ reference: '  ' }), 'BAD_USER_INPUT', 'input.reference'],
    ['an employer ID of another type', () => ({ employerId: liaisonId }), 'BAD_USER_INPUT', 'input.employerId'],
    [
      'an employer that does not exist',
      () => ({ employerId: toGlobalId('Employer', '00000000-0000-4000-8000-000000000000') }),
      'NOT_FOUND',
      'input.employerId',
    ],
    [
      'a period before any rule version (the first starts in 2008)',
      () => ({ validFrom: '2005-01-01', validTo: '2005-12-31' }),
      'BAD_USER_INPUT',
      'input.validFrom',
    ],
  ];
  it.each(badInput)('refuses %s', async (_name, overrides, code, field) => {
    const company = await employer();
    await expectRefused(
      EXEMPTION,
      {
        input: {
          employerId: company.id,
          kind: 'AUTHORISED',
          percentage: 30,
          validFrom: '2025-01-01',
          reference: 'B-1',
          ...overrides(),
        },
      },
      code,
      field,
    );
  });
});

describe('suspensions', () => {
  it('suspends the obligations for the period and no longer once it is ended', async () => {
    const company = await employer();
    const { data } = await server.gql(SUSPENSION, {
      input: {
        employerId: company.id,
        reason: 'EXTRAORDINARY_WAGE_GUARANTEE',
        province: 'BS',
        suspendedFte: 100,
        validFrom: '2025-02-01',
        reference: 'CIGS 2025/7',
      },
    });
    expect(await quota(company.id, 'status shortfall sanctionExposurePerDayCents')).toEqual({
      status: 'SUSPENDED',
      shortfall: 0,
      sanctionExposurePerDayCents: 0,
    });

    await server.gql(END_SUSPENSION, { id: data!.recordQuotaSuspension.id, lastDay: '2025-05-31' });
    const after = await quota(company.id, 'status shortfall uncoveredUnits { uncoveredSince sanctionableFrom }');
    expect(after).toMatchObject({ status: 'IN_GRACE', shortfall: 7 });
    expect(after.uncoveredUnits[0]).toEqual({ uncoveredSince: '2025-06-01', sanctionableFrom: '2025-07-31' });
  });

  it('suspends in proportion to the activity suspended, province by province (DPR 333/2000 art. 4)', async () => {
    const company = await employer();
    // base 100, 7 due, 1 covering: 40 suspended in Brescia → 40% of 7 = 2.8 → 2 units; 6 - 2 = 4 to hire
    const brescia = await server.gql(
      SUSPENSION,
      {
        input: {
          employerId: company.id,
          reason: 'EXTRAORDINARY_WAGE_GUARANTEE',
          province: 'BS',
          suspendedFte: 40,
          validFrom: '2025-02-01',
          reference: 'CIGS BS',
        },
      },
      asLiaison(),
    );
    expect(brescia.errors).toBeUndefined();
    expect(brescia.data!.recordQuotaSuspension).toMatchObject({ province: 'BS', suspendedFte: 40 });
    expect(await quota(company.id, 'status disabled { shortfall }')).toEqual({
      status: 'UNCOVERED',
      disabled: { shortfall: 4 },
    }); // the 4 left were never suspended
    // the same period in Bergamo is another suspension, not an overlap: 40 + 60 is the whole activity
    const bergamo = await server.gql(
      SUSPENSION,
      {
        input: {
          employerId: company.id,
          reason: 'SOLIDARITY_CONTRACT',
          province: 'BG',
          suspendedFte: 60,
          validFrom: '2025-02-01',
          reference: 'CdS BG',
        },
      },
      asLiaison(),
    );
    expect(bergamo.errors).toBeUndefined();
    expect(await quota(company.id, 'status shortfall')).toEqual({ status: 'SUSPENDED', shortfall: 0 });
    await expectRefused(
      SUSPENSION,
      {
        input: {
          employerId: company.id,
          reason: 'COLLECTIVE_DISMISSAL',
          province: 'BS',
          suspendedFte: 5,
          validFrom: '2025-03-01',
          reference: 'LC BS',
        },
      },
      'CONFLICT',
      'input.validFrom',
    );
  });

  const badSuspension: Array<[string, Record<string, unknown>, string]> = [
    ['a province in lower case', { province: 'bs' }, 'input.province'],
    ['a province name', { province: 'Brescia' }, 'input.province'],
    ['no activity suspended', { suspendedFte: 0 }, 'input.suspendedFte'],
  ];
  it.each(badSuspension)('refuses %s', async (_name, overrides, field) => {
    const company = await employer();
    await expectRefused(
      SUSPENSION,
      {
        input: {
          employerId: company.id,
          reason: 'SOLIDARITY_CONTRACT',
          province: 'BS',
          suspendedFte: 10,
          validFrom: '2025-01-01',
          reference: 'X',
          ...overrides,
        },
      },
      'BAD_USER_INPUT',
      field,
    );
  });

  it('refuses an overlapping suspension and an end before the start', async () => {
    const company = await employer();
    const { data } = await server.gql(SUSPENSION, {
      input: {
        employerId: company.id,
        reason: 'SOLIDARITY_CONTRACT',
        validFrom: '2025-02-01',
        validTo: '2025-04-30',
        reference: 'S-1',
        province: 'BS',
        suspendedFte: 50,
      },
    });
    await expectRefused(
      SUSPENSION,
      {
        input: {
          employerId: company.id,
          reason: 'COLLECTIVE_DISMISSAL',
          validFrom: '2025-01-01',
          validTo: '2025-02-01',
          reference: 'S-2',
          province: 'BS',
          suspendedFte: 50,
        },
      },
      'CONFLICT',
      'input.validFrom',
    );
    await expectRefused(
      END_SUSPENSION,
      { id: data!.recordQuotaSuspension.id, lastDay: '2025-01-15' },
      'BAD_USER_INPUT',
      'lastDay',
    );
  });

  it('refuses to extend a suspension into the next one', async () => {
    const company = await employer();
    const { data } = await server.gql(SUSPENSION, {
      input: {
        employerId: company.id,
        reason: 'SOLIDARITY_CONTRACT',
        validFrom: '2025-01-01',
        validTo: '2025-01-31',
        reference: 'S-3',
        province: 'BS',
        suspendedFte: 50,
      },
    });
    await server.gql(SUSPENSION, {
      input: {
        employerId: company.id,
        reason: 'SOLIDARITY_CONTRACT',
        validFrom: '2025-03-01',
        reference: 'S-4',
        province: 'BS',
        suspendedFte: 50,
      },
    });
    await expectRefused(
      END_SUSPENSION,
      { id: data!.recordQuotaSuspension.id, lastDay: '2025-03-15' },
      'CONFLICT',
      'lastDay',
    );
  });
});

describe('conventions', () => {
  it('records an art. 11 programme with its schedule, whose hirings count as covered until due', async () => {
    const company = await employer();
    const before = await rowCounts();
    const { data, errors } = await server.gql(CONVENTION, {
      input: {
        employerId: company.id,
        kind: 'ART_11',
        validFrom: '2025-01-01',
        validTo: '2026-12-31',
        reference: 'Conv. 11/2025',
        schedule: [
          { dueBy: '2025-09-30', units: 2 },
          { dueBy: '2026-06-30', units: 3 },
        ],
      },
    });
    expect(errors).toBeUndefined();
    expect(data!.recordQuotaConvention).toMatchObject({
      kind: 'ART_11',
      units: null,
      schedule: [
        { dueBy: '2025-09-30', units: 2 },
        { dueBy: '2026-06-30', units: 3 },
      ],
    });
    const after = await rowCounts();
    expect(after[2] - before[2]).toBe(1);
    expect(after[3] - before[3]).toBe(2);
    expect(await quota(company.id, 'disabled { conventionUnits shortfall }')).toEqual({
      disabled: { conventionUnits: 5, shortfall: 1 },
    });
    expect(await quota(company.id, 'disabled { conventionUnits shortfall }', '2025-10-01')).toEqual({
      disabled: { conventionUnits: 3, shortfall: 3 },
    });
  });

  it('counts the units of a social-cooperative convention (art. 12-bis) up to its configured share', async () => {
    const company = await employer();
    const { errors } = await server.gql(CONVENTION, {
      input: {
        employerId: company.id,
        kind: 'ART_12_BIS',
        validFrom: '2025-01-01',
        units: 2,
        cooperativeName: 'Cooperativa La Rete',
        reference: 'Conv. 12-bis/4',
      },
    });
    expect(errors).toBeUndefined();
    // 10% of 7 = 0.7 → 0 (the 10% is to be confirmed)
    expect(await quota(company.id, 'disabled { conventionUnits shortfall }')).toEqual({
      disabled: { conventionUnits: 0, shortfall: 6 },
    });
  });

  it('caps an art. 12 convention at 30% above 50 employees and at 12 + 12 months (L. 68/1999 art. 12 c.1, c.2 lett. c)', async () => {
    const company = await employer();
    const { data, errors } = await server.gql(CONVENTION, {
      input: {
        employerId: company.id,
        kind: 'ART_12',
        validFrom: '2025-01-01',
        validTo: '2026-12-31',
        units: 3,
        cooperativeName: 'Cooperativa Il Ponte',
        reference: 'Conv. 12/1',
      },
    });
    expect(errors).toBeUndefined();
    // 30% of 7 = 2.1 → 2 of the 3
    expect(await quota(company.id, 'disabled { conventionUnits shortfall }')).toEqual({
      disabled: { conventionUnits: 2, shortfall: 4 },
    });
    await expectRefused(
      END_CONVENTION,
      { id: data!.recordQuotaConvention.id, lastDay: '2027-01-01' },
      'BAD_USER_INPUT',
      'lastDay',
    );
  });

  const tooLong: Array<[string, string | null]> = [
    ['open-ended', null],
    ['24 months and a day', '2027-01-01'],
  ];
  it.each(tooLong)('refuses an art. 12 convention %s', async (_name, validTo) => {
    const company = await employer();
    await expectRefused(
      CONVENTION,
      {
        input: {
          employerId: company.id,
          kind: 'ART_12',
          validFrom: '2025-01-01',
          validTo,
          units: 1,
          cooperativeName: 'Coop',
          reference: 'C-2',
        },
      },
      'BAD_USER_INPUT',
      'input.validTo',
    );
  });

  const bad: Array<[string, Record<string, unknown>, string, string]> = [
    ['an art. 11 convention without a schedule', { kind: 'ART_11', schedule: [] }, 'BAD_USER_INPUT', 'input.schedule'],
    [
      'a hiring due after the convention ends',
      {
        kind: 'ART_11',
        validTo: '2025-12-31',
        schedule: [
          { dueBy: '2025-06-30', units: 1 },
          { dueBy: '2026-06-30', units: 1 },
        ],
      },
      'BAD_USER_INPUT',
      'input.schedule.1.dueBy',
    ],
    [
      'a hiring of a negative number of workers',
      { kind: 'ART_11', schedule: [{ dueBy: '2025-06-30', units: -1 }] },
      'BAD_USER_INPUT',
      'input.schedule.0.units',
    ],
    [
      'a cooperative convention without the cooperative',
      { kind: 'ART_14', units: 1 },
      'BAD_USER_INPUT',
      'input.cooperativeName',
    ],
    [
      'a cooperative convention with negative units',
      { kind: 'ART_12', units: -2, cooperativeName: 'Coop' },
      'BAD_USER_INPUT',
      'input.units',
    ],
  ];
  it.each(bad)(
    'refuses %s and writes neither the convention nor its schedule',
    async (_name, overrides, code, field) => {
      const company = await employer();
      await expectRefused(
        CONVENTION,
        { input: { employerId: company.id, validFrom: '2025-01-01', reference: 'C-1', ...overrides } },
        code,
        field,
      );
    },
  );

  it('refuses a second art. 11 programme overlapping the first', async () => {
    const company = await employer();
    await server.gql(CONVENTION, {
      input: {
        employerId: company.id,
        kind: 'ART_11',
        validFrom: '2025-01-01',
        validTo: '2025-12-31',
        reference: 'P-1',
        schedule: [{ dueBy: '2025-06-30', units: 1 }],
      },
    });
    await expectRefused(
      CONVENTION,
      {
        input: {
          employerId: company.id,
          kind: 'ART_11',
          validFrom: '2025-06-01',
          reference: 'P-2',
          schedule: [{ dueBy: '2025-09-30', units: 1 }],
        },
      },
      'CONFLICT',
      'input.validFrom',
    );
  });
});

describe('compensation among sites', () => {
  it('records the per-site breakdown, replacing the previous one, and shows the units compensated', async () => {
    const company = await employer(['Rezzato', 'Brescia']);
    await server.gql(SITES, {
      input: {
        snapshotId: company.snapshotId,
        sites: [{ siteId: company.siteIds[0], computableEmployees: 50, coveringWorkers: 0 }],
      },
    });
    const { data, errors } = await server.gql(SITES, {
      input: {
        snapshotId: company.snapshotId,
        sites: [
          { siteId: company.siteIds[0], computableEmployees: 95, coveringWorkers: 0 },
          { siteId: company.siteIds[1], computableEmployees: 5, coveringWorkers: 1 },
        ],
      },
    });
    expect(errors).toBeUndefined();
    expect(data!.recordSiteHeadcounts).toHaveLength(2);
    const result = await quota(company.id, 'sites { site { name } due coveringWorkers balance } compensatedUnits');
    // 7 units due: 6.65 and 0.35, the unit left over to the larger remainder; the disabled worker in Brescia is a surplus there
    expect(result.sites).toEqual([
      { site: { name: 'Sito Brescia' }, due: 0, coveringWorkers: 1, balance: 1 },
      { site: { name: 'Sito Rezzato' }, due: 7, coveringWorkers: 0, balance: -7 },
    ]);
    expect(result.compensatedUnits).toBe(1);
    const { data: snapshot } = await server.gql(
      `query ($id: ID!) { node(id: $id) { ... on HeadcountSnapshot { siteBreakdown { computableEmployees } } } }`,
      { id: company.snapshotId },
    );
    expect(
      snapshot!.node.siteBreakdown.map((s: any) => s.computableEmployees).sort((a: number, b: number) => a - b),
    ).toEqual([5, 95]);
  });

  it('refuses negative counts, a site of another employer and more covering workers than the headcount', async () => {
    const company = await employer();
    const other = await employer();
    const input = (sites: unknown[]) => ({ input: { snapshotId: company.snapshotId, sites } });
    await expectRefused(
      SITES,
      input([{ siteId: company.siteIds[0], computableEmployees: 10, coveringWorkers: -1 }]),
      'BAD_USER_INPUT',
      'input.sites.0.coveringWorkers',
    );
    await expectRefused(
      SITES,
      input([{ siteId: company.siteIds[0], computableEmployees: -10, coveringWorkers: 0 }]),
      'BAD_USER_INPUT',
      'input.sites.0.computableEmployees',
    );
    await expectRefused(
      SITES,
      input([{ siteId: other.siteIds[0], computableEmployees: 10, coveringWorkers: 0 }]),
      'BAD_USER_INPUT',
      'input.sites.0.siteId',
    );
    await expectRefused(
      SITES,
      input([{ siteId: company.siteIds[0], computableEmployees: 10, coveringWorkers: 2 }]),
      'BAD_USER_INPUT',
      'input.sites',
    );
    await expectRefused(
      SITES,
      input([{ siteId: company.siteIds[0], computableEmployees: 10, coveringWorkers: 0, protectedCoveringWorkers: 1 }]),
      'BAD_USER_INPUT',
      'input.sites',
    );
  });

  it('shares the art. 18 unit among the sites too (national quota, L. 68/1999 art. 18 c.2 and art. 5 c.8)', async () => {
    const company = await employer(['Rezzato', 'Brescia']);
    // one more employee, a protected-category worker, so the base stays 100 and 1 art. 18 unit is due, and covered
    const snapshot = await server.gql(HEADCOUNT, {
      employerId: company.id,
      input: { referenceDate: '2025-02-01', totalEmployees: 102, disabledWorkers: 1, protectedCategoryWorkers: 1 },
    });
    expect(snapshot.errors).toBeUndefined();
    const { errors } = await server.gql(SITES, {
      input: {
        snapshotId: snapshot.data!.recordHeadcountSnapshot.id,
        sites: [
          { siteId: company.siteIds[0], computableEmployees: 95, coveringWorkers: 1, protectedCoveringWorkers: 0 },
          { siteId: company.siteIds[1], computableEmployees: 5, coveringWorkers: 0, protectedCoveringWorkers: 1 },
        ],
      },
    });
    expect(errors).toBeUndefined();
    const result = await quota(
      company.id,
      'protectedCategories { shortfall } sites { site { name } protectedDue protectedCoveringWorkers protectedBalance } protectedCompensatedUnits',
    );
    expect(result.protectedCategories.shortfall).toBe(0);
    expect(result.sites).toEqual([
      { site: { name: 'Sito Brescia' }, protectedDue: 0, protectedCoveringWorkers: 1, protectedBalance: 1 },
      { site: { name: 'Sito Rezzato' }, protectedDue: 1, protectedCoveringWorkers: 0, protectedBalance: -1 },
    ]);
    expect(result.protectedCompensatedUnits).toBe(1);
  });
});

describe('headcounts for the quota', () => {
  it('refuses a negative count in a headcount and writes nothing', async () => {
    const company = await employer();
    await expectRefused(
      HEADCOUNT,
      { employerId: company.id, input: { referenceDate: '2025-02-01', totalEmployees: 30, managers: -1 } },
      'BAD_USER_INPUT',
      'input.managers',
    );
  });
});

describe('consultancy contacts', () => {
  it('logs a contact by the acting operator with its next step', async () => {
    const company = await employer();
    const { data, errors } = await server.gql(
      CONTACT,
      {
        input: {
          employerId: company.id,
          contactedOn: '2025-03-10',
          topic: 'EXEMPTION',
          outcome: 'Valuta l’esonero parziale',
          nextStep: 'Inviare il modulo di richiesta',
          nextStepDue: '2025-03-31',
        },
      },
      asLiaison(),
    );
    expect(errors).toBeUndefined();
    expect(data!.logConsultancyContact).toMatchObject({
      contactedOn: '2025-03-10',
      topic: 'EXEMPTION',
      nextStepDue: '2025-03-31',
      operator: { email: 'paolo.rinaldi@giustaoccupazione.example' },
      employer: { id: company.id },
    });
    const { data: listed } = await server.gql(
      `query ($id: ID!) { node(id: $id) { ... on Employer { consultancyContacts { topic } } } }`,
      { id: company.id },
    );
    expect(listed!.node.consultancyContacts).toEqual([{ topic: 'EXEMPTION' }]);
  });

  const bad: Array<[string, Record<string, unknown>, string]> = [
    ['a contact dated in the future', { contactedOn: '2099-01-01' }, 'input.contactedOn'],
    ['a due date without a next step', { nextStepDue: '2025-04-01' }, 'input.nextStep'],
    ['a next step due before the contact', { nextStep: 'Richiamare', nextStepDue: '2025-01-01' }, 'input.nextStepDue'],
    ['an outcome of one letter', { outcome: 'x' }, 'input.outcome'],
  ];
  it.each(bad)('refuses %s', async (_name, overrides, field) => {
    const company = await employer();
    const before = await rowCounts();
    const { errors } = await server.gql(
      CONTACT,
      {
        input: {
          employerId: company.id,
          contactedOn: '2025-03-10',
          topic: 'OTHER',
          outcome: 'Telefonata',
          ...overrides,
        },
      },
      asLiaison(),
    );
    expect(errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(await rowCounts()).toEqual(before);
  });
});

describe('the records are nodes', () => {
  it('finds each record by node(id), as it was written, for the roles that do employer work, and for no one else', async () => {
    const company = await employer();
    const write = async (mutation: string, input: Record<string, unknown>) => {
      const { data, errors } = await server.gql(mutation, { input: { employerId: company.id, ...input } }, asLiaison());
      expect(errors).toBeUndefined();
      return Object.values(data!)[0] as { id: string };
    };
    const records = {
      QuotaExemption: await write(EXEMPTION, {
        kind: 'AUTHORISED',
        percentage: 30,
        validFrom: '2025-01-01',
        reference: 'Provincia BS 9/2025',
      }),
      QuotaSuspension: await write(SUSPENSION, {
        reason: 'SOLIDARITY_CONTRACT',
        province: 'BS',
        suspendedFte: 10,
        validFrom: '2025-02-01',
        reference: 'S-9',
      }),
      QuotaConvention: await write(CONVENTION, {
        kind: 'ART_11',
        validFrom: '2025-01-01',
        validTo: '2026-12-31',
        reference: 'Conv. 9/2025',
        schedule: [{ dueBy: '2025-09-30', units: 1 }],
      }),
      ConsultancyContact: await write(CONTACT, {
        contactedOn: '2025-03-10',
        topic: 'EXEMPTION',
        outcome: 'Valuta l’esonero parziale',
      }),
    };
    const coordinator = await createOperator(server, {
      email: 'nodi.coordinatrice@giustaoccupazione.example',
      role: 'COORDINATOR',
    });
    const operator = await createOperator(server, {
      email: 'nodi.operatore@giustaoccupazione.example',
      role: 'OPERATOR',
      ambito: 3,
    });
    for (const [typeName, record] of Object.entries(records)) {
      const query = `query ($id: ID!) { node(id: $id) { __typename id ... on ${typeName} { employer { id } } } }`;
      for (const as of [liaisonId, coordinator]) {
        const { data, errors } = await server.gql(query, { id: record.id }, { as });
        expect(errors).toBeUndefined();
        expect(data!.node).toEqual({ __typename: typeName, id: record.id, employer: { id: company.id } });
      }
      const refused = await server.gql(query, { id: record.id }, { as: operator });
      expect(refused.data?.node ?? null).toBeNull();
      expect(refused.errors![0].extensions!.code).toBe('FORBIDDEN');
    }
    // The other path to the same records, through the employer, gives them to the same roles only.
    const NESTED = `query ($id: ID!) { node(id: $id) { ... on Employer {
      quotaExemptions { id } quotaSuspensions { id } quotaConventions { id } consultancyContacts { id } } } }`;
    for (const [as, seen] of [
      [liaisonId, true],
      [coordinator, true],
      [operator, false],
    ] as const) {
      const { data, errors } = await server.gql(NESTED, { id: company.id }, { as });
      expect(errors).toBeUndefined();
      expect(data!.node).toEqual({
        quotaExemptions: seen ? [{ id: records.QuotaExemption.id }] : [],
        quotaSuspensions: seen ? [{ id: records.QuotaSuspension.id }] : [],
        quotaConventions: seen ? [{ id: records.QuotaConvention.id }] : [],
        consultancyContacts: seen ? [{ id: records.ConsultancyContact.id }] : [],
      });
    }
    // A well-formed ID of a record that does not exist answers null; the type of one record does not find another.
    const missing = toGlobalId('QuotaExemption', '00000000-0000-4000-8000-000000000000');
    const none = await server.gql(`query ($id: ID!) { node(id: $id) { id } }`, { id: missing }, asLiaison());
    expect(none).toEqual({ data: { node: null } });
    const [, key] = Buffer.from(records.QuotaSuspension.id, 'base64url').toString().split(':');
    const crossed = await server.gql(
      `query ($id: ID!) { node(id: $id) { id } }`,
      { id: toGlobalId('QuotaExemption', key) },
      asLiaison(),
    );
    expect(crossed).toEqual({ data: { node: null } });
  });
});
