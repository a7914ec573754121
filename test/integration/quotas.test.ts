import { completePartitaIva } from '../../src/modules/employers/partita-iva';
import { disabledQuotaShortfalls } from '../../src/modules/quotas/quota.service';
import { loadRuleVersions, RULE_VERSIONS_TRUSTED_MS } from '../../src/modules/quotas/reads/quota-facts';
import { fromGlobalId } from '../../src/graphql/relay';
import { createOperator, municipalityIds } from '../helpers/fixtures';
import { statementsOn } from '../helpers/sql-counter';
import { startTestServer, TestServer } from '../helpers/test-server';

let server: TestServer;
let towns: Record<string, string>;
let liaisonId: string;
const employers: Record<string, string> = {};
let nextPartitaIva = 2000;

const AS_OF = '2025-06-30';

async function employer(
  key: string,
  legalName: string,
  town: string,
  atecoCode: string,
  headcount: Record<string, unknown> | null,
) {
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
        sites: [{ name: 'Sede', address: 'Via Roma 1', municipalityId: towns[town], isHeadquarters: true }],
      },
    },
  );
  if (errors) throw new Error(JSON.stringify(errors));
  employers[key] = data!.createEmployer.id;
  if (headcount) {
    const recorded = await server.gql(
      `mutation ($employerId: ID!, $input: RecordHeadcountInput!) { recordHeadcountSnapshot(employerId: $employerId, input: $input) { id } }`,
      { employerId: employers[key], input: { referenceDate: '2025-01-01', ...headcount } },
    );
    if (recorded.errors) throw new Error(JSON.stringify(recorded.errors));
  }
}

const DASHBOARD = `query ($filter: QuotaDashboardFilter, $orderBy: QuotaDashboardOrder, $first: Int, $after: String, $asOf: LocalDate) {
  quotaDashboard(filter: $filter, orderBy: $orderBy, first: $first, after: $after, asOf: $asOf) {
    totalCount
    pageInfo { hasNextPage hasPreviousPage endCursor }
    edges { cursor node {
      employer { legalName quota(asOf: $asOf) { shortfall } }
      quota { status shortfall sanctionExposurePerDayCents sizeBand }
      lastContact { contactedOn topic operator { email } }
    } }
  } }`;

async function dashboardNames(variables: Record<string, unknown>): Promise<string[]> {
  const { data, errors } = await server.gql(DASHBOARD, { asOf: AS_OF, first: 20, ...variables });
  expect(errors).toBeUndefined();
  return data!.quotaDashboard.edges.map((e: any) => e.node.employer.legalName);
}

beforeAll(async () => {
  server = await startTestServer();
  towns = await municipalityIds(server);
  liaisonId = await createOperator(server, {
    email: 'marta.gatti@giustaoccupazione.example',
    role: 'EMPLOYER_LIAISON',
    ambito: 3,
  });
  await employer('acciaierie', 'Acciaierie di Rezzato S.p.A.', 'Rezzato', '24.10.00', {
    totalEmployees: 101,
    disabledWorkers: 1,
  });
  await employer('bottega', 'Bottega di Collebeato S.r.l.', 'Collebeato', '47.11.00', {
    totalEmployees: 20,
    disabledWorkers: 1,
  });
  await employer('cartiera', 'Cartiera di Flero S.r.l.', 'Flero', '17.12.00', {
    totalEmployees: 40,
    managers: 2,
    partTimeEmployees: 4,
    partTimeFte: 2.6,
  });
  await employer('deposito', 'Deposito Brescia S.r.l.', 'Brescia', '52.10.00', { totalEmployees: 10 });
  await employer('edilizia', 'Edilizia Mazzano S.r.l.', 'Mazzano', '41.20.00', null);
});
afterAll(() => server.close());

describe('an employer’s quota', () => {
  it('gives the full breakdown with a line per rule, the rule version and the cost per day', async () => {
    const { data, errors } = await server.gql(
      `query ($id: ID!, $asOf: LocalDate) { node(id: $id) { ... on Employer { quota(asOf: $asOf) {
        asOf status headcountDate computableBase sizeBand shortfall dailyExemptionContributionCents sanctionExposurePerDayCents
        disabled { due covered conventionUnits exemptedUnits shortfall } protectedCategories { due covered shortfall }
        uncoveredUnits { category unit uncoveredSince sanctionableFrom }
        ruleVersion { code validFrom validTo confirmed dailyExemptionContributionCents sanctionPerDayCents graceDays }
        lines { code reference description value } } } } }`,
      { id: employers.acciaierie, asOf: AS_OF },
    );
    expect(errors).toBeUndefined();
    const quota = data!.node.quota;
    expect(quota).toMatchObject({
      asOf: AS_OF,
      status: 'UNCOVERED',
      headcountDate: '2025-01-01',
      computableBase: 100,
      sizeBand: 'LARGE',
      shortfall: 7,
      disabled: { due: 7, covered: 1, conventionUnits: 0, exemptedUnits: 0, shortfall: 6 },
      protectedCategories: { due: 1, covered: 0, shortfall: 1 },
      dailyExemptionContributionCents: 0,
      sanctionExposurePerDayCents: 117630, // 6 disabled units × 5 × €39.21; the art. 18 unit is not sanctioned by art. 15 c.4
      ruleVersion: {
        code: 'L68-2022',
        validFrom: '2022-01-01',
        validTo: null,
        confirmed: false,
        dailyExemptionContributionCents: 3921,
        sanctionPerDayCents: 19605,
        graceDays: 60,
      },
    });
    expect(quota.uncoveredUnits[0]).toEqual({
      category: 'DISABLED',
      unit: 1,
      uncoveredSince: '2025-01-01',
      sanctionableFrom: '2025-03-02',
    });
    expect(quota.lines.map((l: any) => l.code)).toEqual(
      expect.arrayContaining(['RULE_VERSION', 'BASE_COMPUTABLE', 'DISABLED_DUE', 'SANCTION_EXPOSURE']),
    );
    expect(quota.lines.find((l: any) => l.code === 'DISABLED_DUE')).toMatchObject({
      reference: 'L. 68/1999 art. 3 c.1',
      value: '7',
    });
  });

  it('counts part-time work pro rata and leaves out managers, from the headcount recorded by the employers module', async () => {
    const { data } = await server.gql(
      `query ($id: ID!) { node(id: $id) { ... on Employer { quota(asOf: "${AS_OF}") {
      computableBase sizeBand disabled { due } lines { code value } } } } }`,
      { id: employers.cartiera },
    );
    // 40 - 2 managers - 4 part-timers = 34, plus 2.60 full-time equivalent → 3: base 37
    expect(data!.node.quota).toMatchObject({ computableBase: 37, sizeBand: 'MEDIUM', disabled: { due: 2 } });
    expect(data!.node.quota.lines).toContainEqual({ code: 'BASE_PART_TIME', value: '3' });
  });

  it('says NO_HEADCOUNT for an employer whose workforce was never counted', async () => {
    const { data } = await server.gql(
      `query ($id: ID!) { node(id: $id) { ... on Employer { quota { status shortfall lines { code } } } } }`,
      { id: employers.edilizia },
    );
    expect(data!.node.quota).toMatchObject({ status: 'NO_HEADCOUNT', shortfall: 0 });
  });

  it('lists the rule versions from 2008 with their figures, periods, sources and confirmed flags', async () => {
    const { data, errors } =
      await server.gql(`{ quotaRuleVersions { code validFrom validTo source confirmed dailyExemptionContributionCents
      sanctionMultiplier sanctionPerDayCents prospettoLateSanctionCents prospettoLateSanctionPerDayCents maxExemptionPercentage roundingThreshold
      excludedGroups disabledBands { sizeBand from to units percent } sources { figure citation url confirmed } } }`);
    expect(errors).toBeUndefined();
    const versions = data!.quotaRuleVersions;
    // D.M. 21 dicembre 2007 (€30.64), D.Lgs 185/2016 in force 8 October 2016 (five times the contribution, €62.77
    // fixed before), D.M. 30 settembre 2021 n. 193 (€39.21) and n. 194 (€702.43 + €34.02): see migrations/data.
    expect(
      versions.map((v: any) => [
        v.code,
        v.validFrom,
        v.validTo,
        v.dailyExemptionContributionCents,
        v.sanctionMultiplier,
        v.sanctionPerDayCents,
        v.prospettoLateSanctionCents,
        v.prospettoLateSanctionPerDayCents,
      ]),
    ).toEqual([
      ['L68-2008', '2008-01-01', '2016-10-07', 3064, null, 6277, 63511, 3076],
      ['L68-2016', '2016-10-08', '2017-12-31', 3064, 5, 15320, 63511, 3076],
      ['L68-2018', '2018-01-01', '2021-12-31', 3064, 5, 15320, 63511, 3076],
      ['L68-2022', '2022-01-01', null, 3921, 5, 19605, 70243, 3402],
    ]);
    const current = versions[3];
    expect(current).toMatchObject({ maxExemptionPercentage: 60, roundingThreshold: 0.5, confirmed: false });
    expect(current.source).toMatch(/L\. 68\/1999/);
    expect(current.disabledBands[2]).toEqual({ sizeBand: 'LARGE', from: 51, to: null, units: null, percent: 7 });
    const figure = (name: string) => current.sources.find((s: any) => s.figure === name);
    expect(figure('DAILY_EXEMPTION_CONTRIBUTION')).toMatchObject({
      confirmed: true,
      citation: expect.stringMatching(/D\.M\. 30 settembre 2021 n\. 193/),
    });
    expect(figure('DAILY_EXEMPTION_CONTRIBUTION').url).toMatch(/^https?:\/\//);
    expect(figure('PROSPETTO_LATE_SANCTION')).toMatchObject({
      confirmed: true,
      citation: expect.stringMatching(/n\. 194/),
    });
    expect(figure('PROTECTED_BANDS')).toMatchObject({
      confirmed: false,
      url: null,
      citation: expect.stringMatching(/to be confirmed/),
    });
    for (const version of versions) {
      expect(version.sources.map((s: any) => s.figure).sort()).toEqual([
        'CONVENTION_CAPS',
        'DAILY_EXEMPTION_CONTRIBUTION',
        'DISABLED_BANDS',
        'DISABLED_IN_SERVICE',
        'EXCLUDED_GROUPS',
        'GRACE_DAYS',
        'MAX_EXEMPTION_PERCENTAGE',
        'PART_TIME_COVER',
        'PROSPETTO_LATE_SANCTION',
        'PROTECTED_BANDS',
        'ROUNDING',
        'SANCTION',
        'VALIDITY',
      ]);
      expect(version.confirmed).toBe(version.sources.every((s: any) => s.confirmed));
    }
  });

  it('names the rule and its source on every line of the breakdown, and which figures are still to be confirmed', async () => {
    const { data } = await server.gql(
      `query ($id: ID!) { node(id: $id) { ... on Employer { quota(asOf: "${AS_OF}") {
      lines { code reference value description messageKey params { name number } } } } } }`,
      { id: employers.acciaierie },
    );
    const lines = data!.node.quota.lines;
    for (const line of lines) {
      expect(line.code).toMatch(/^[A-Z0-9_]+$/);
      expect(line.reference.length).toBeGreaterThan(0);
    }
    expect(lines.find((l: any) => l.code === 'RULE_VERSION').description).toMatch(
      /^Regole in vigore dal 1 gennaio 2022; da confermare sul testo ufficiale: .*Fasce categorie protette/,
    );
    expect(lines.find((l: any) => l.code === 'SANCTION_EXCLUDES_PROTECTED')).toMatchObject({
      value: '1',
      reference: 'L. 68/1999 art. 15 c.4',
    });
    expect(lines.find((l: any) => l.code === 'SANCTION_EXPOSURE').description).toMatch(/è un massimo.*diffida/);
    const sanction = lines.find((l: any) => l.code === 'SANCTION_EXPOSURE');
    expect(sanction.value).toMatch(/^[\d.]+,\d{2}\s€$/);
    expect(sanction.messageKey).toBe('quotas.line.sanctionExposure');
    expect(sanction.params).toContainEqual(expect.objectContaining({ name: 'units', number: expect.any(Number) }));

    const english = await server.gql(
      `query($id: ID!) { node(id: $id) { ... on Employer { quota(asOf: "${AS_OF}") {
      lines { code value description } } } } }`,
      { id: employers.acciaierie },
      { headers: { 'accept-language': 'en' } },
    );
    const englishLines = english.data!.node.quota.lines;
    expect(englishLines.find((l: any) => l.code === 'RULE_VERSION').description).toMatch(
      /still to be confirmed against the official text: .*Protected bands/,
    );
    expect(englishLines.find((l: any) => l.code === 'SANCTION_EXPOSURE').description).toMatch(/upper bound.*diffida/);
    expect(englishLines.find((l: any) => l.code === 'SANCTION_EXPOSURE').value).toMatch(/^€[\d,]+\.\d{2}$/);
  });
});

describe('quota dashboard', () => {
  it('lists every employer, most units missing first, then by exposure and name', async () => {
    const { data } = await server.gql(DASHBOARD, { asOf: AS_OF });
    const page = data!.quotaDashboard;
    expect(page.totalCount).toBe(5);
    expect(
      page.edges.map((e: any) => [e.node.employer.legalName, e.node.quota.status, e.node.quota.shortfall]),
    ).toEqual([
      ['Acciaierie di Rezzato S.p.A.', 'UNCOVERED', 7],
      ['Cartiera di Flero S.r.l.', 'UNCOVERED', 2],
      ['Bottega di Collebeato S.r.l.', 'COVERED', 0],
      ['Deposito Brescia S.r.l.', 'NOT_OBLIGED', 0],
      ['Edilizia Mazzano S.r.l.', 'NO_HEADCOUNT', 0],
    ]);
    expect(page.edges[0].node.employer.quota.shortfall).toBe(7);
  });

  const filters: Array<[string, () => Record<string, unknown>, string[]]> = [
    [
      'ambito 3',
      () => ({ ambito: 3 }),
      ['Acciaierie di Rezzato S.p.A.', 'Cartiera di Flero S.r.l.', 'Edilizia Mazzano S.r.l.'],
    ],
    ['a municipality', () => ({ municipalityId: towns.Collebeato }), ['Bottega di Collebeato S.r.l.']],
    ['an ATECO prefix', () => ({ atecoCodePrefix: '24' }), ['Acciaierie di Rezzato S.p.A.']],
    [
      'a size band',
      () => ({ sizeBands: ['SMALL', 'MEDIUM'] }),
      ['Cartiera di Flero S.r.l.', 'Bottega di Collebeato S.r.l.'],
    ],
    ['only uncovered', () => ({ onlyUncovered: true }), ['Acciaierie di Rezzato S.p.A.', 'Cartiera di Flero S.r.l.']],
    ['ambito 1 and only uncovered', () => ({ ambito: 1, onlyUncovered: true }), []],
  ];
  it.each(filters)('filters by %s', async (_name, filter, names) => {
    expect(await dashboardNames({ filter: filter() })).toEqual(names);
  });

  it('pages with cursors, without gaps or repeats', async () => {
    const first = await server.gql(DASHBOARD, { asOf: AS_OF, first: 2 });
    const page1 = first.data!.quotaDashboard;
    expect(page1.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    const second = await server.gql(DASHBOARD, { asOf: AS_OF, first: 10, after: page1.pageInfo.endCursor });
    const page2 = second.data!.quotaDashboard;
    expect(page2.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
    const names = [...page1.edges, ...page2.edges].map((e: any) => e.node.employer.legalName);
    expect(names).toEqual(await dashboardNames({}));
  });

  it('answers a bad cursor or page size with a typed error', async () => {
    const cursor = await server.gql(DASHBOARD, { asOf: AS_OF, after: 'not-a-cursor' });
    expect(cursor.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    const size = await server.gql(DASHBOARD, { asOf: AS_OF, first: 0 });
    expect(size.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
  });

  it('shows the last contact and puts the employers contacted longest ago first', async () => {
    const log = `mutation ($input: LogConsultancyContactInput!) { logConsultancyContact(input: $input) { id } }`;
    for (const [key, date] of [
      ['cartiera', '2025-05-01'],
      ['acciaierie', '2025-04-01'],
      ['acciaierie', '2025-06-01'],
    ]) {
      const { errors } = await server.gql(
        log,
        {
          input: {
            employerId: employers[key],
            contactedOn: date,
            topic: 'QUOTA_OBLIGATION',
            outcome: 'Spiegato l’obbligo',
          },
        },
        { as: liaisonId },
      );
      expect(errors).toBeUndefined();
    }
    const { data } = await server.gql(DASHBOARD, { asOf: AS_OF, orderBy: 'LAST_CONTACT_ASC' });
    expect(
      data!.quotaDashboard.edges.map((e: any) => [e.node.employer.legalName, e.node.lastContact?.contactedOn ?? null]),
    ).toEqual([
      ['Bottega di Collebeato S.r.l.', null],
      ['Deposito Brescia S.r.l.', null],
      ['Edilizia Mazzano S.r.l.', null],
      ['Cartiera di Flero S.r.l.', '2025-05-01'],
      ['Acciaierie di Rezzato S.p.A.', '2025-06-01'],
    ]);
    expect(data!.quotaDashboard.edges[4].node.lastContact).toMatchObject({
      topic: 'QUOTA_OBLIGATION',
      operator: { email: 'marta.gatti@giustaoccupazione.example' },
    });
  });

  it('costs the same few SQL statements for three employers or five, quota, reports sent and last contact included', async () => {
    const three = await server.sql.count(() => server.gql(DASHBOARD, { asOf: AS_OF, filter: { ambito: 3 } }));
    const five = await server.sql.count(() => server.gql(DASHBOARD, { asOf: AS_OF }));
    expect(three.result.data!.quotaDashboard.edges).toHaveLength(3);
    expect(five.result.data!.quotaDashboard.edges).toHaveLength(5);
    // one of them checks the caller's session
    expect(five.statements.length).toBeGreaterThanOrEqual(4);
    expect(five.statements.length).toBeLessThanOrEqual(12);
    expect(three.statements.length).toBe(five.statements.length);
  });

  it('batches Employer.quota across a list of employers', async () => {
    const query = `query ($first: Int) { employers(first: $first) { edges { node { quota(asOf: "${AS_OF}") { shortfall } } } } }`;
    const two = await server.sql.count(() => server.gql(query, { first: 2 }));
    const five = await server.sql.count(() => server.gql(query, { first: 5 }));
    expect(five.result.errors).toBeUndefined();
    expect(two.statements.length).toBe(five.statements.length);
  });
});

describe('shortfalls for matching', () => {
  it('gives each employer its uncovered disabled units in a fixed number of statements, 0 without an obligation or headcount', async () => {
    const keys = ['acciaierie', 'bottega', 'cartiera', 'deposito', 'edilizia'];
    const ids = keys.map((k) => fromGlobalId(employers[k])!.id);
    const all = await server.sql.count(() => disabledQuotaShortfalls(server.dataSource.manager, ids, AS_OF));
    expect(keys.map((_, i) => all.result.get(ids[i]))).toEqual([6, 0, 2, 0, 0]);
    const one = await server.sql.count(() =>
      disabledQuotaShortfalls(server.dataSource.manager, ids.slice(0, 1), AS_OF),
    );
    expect(one.statements.length).toBe(all.statements.length);
    // Every kind of fact in one statement (one round trip), not one statement per kind.
    const facts = statementsOn(all.statements, 'quota_exemption');
    expect(facts).toHaveLength(1);
    for (const table of [
      'headcount_snapshot',
      'quota_site_headcount',
      'quota_suspension',
      'quota_convention',
      'placement',
    ])
      expect(statementsOn(all.statements, table)).toEqual(facts);
  });
});

describe('the quota rule versions', () => {
  const reads = (statements: string[]) => statementsOn(statements, 'quota_rule_version').length;

  it('are read once for every quota computed within the time they are trusted, and again after it', async () => {
    const manager = server.dataSource.manager;
    const start = Date.now() + 10 * RULE_VERSIONS_TRUSTED_MS;
    const first = await server.sql.count(() => loadRuleVersions(manager, start));
    const within = await server.sql.count(() => loadRuleVersions(manager, start + RULE_VERSIONS_TRUSTED_MS - 1));
    const after = await server.sql.count(() => loadRuleVersions(manager, start + RULE_VERSIONS_TRUSTED_MS));
    expect(reads(first.statements)).toBe(1);
    expect(reads(within.statements)).toBe(0);
    expect(within.result).toBe(first.result);
    expect(reads(after.statements)).toBe(1);
    expect(after.result).toEqual(first.result);
    expect(first.result.length).toBeGreaterThan(0);
  });

  it('cannot be changed by one reader under the others', async () => {
    const [version] = await loadRuleVersions(server.dataSource.manager);
    expect(() => {
      (version as { code: string }).code = 'ALTERED';
    }).toThrow(TypeError);
    expect(() => (version.sources as unknown[]).push({})).toThrow(TypeError);
    expect((await loadRuleVersions(server.dataSource.manager))[0].code).not.toBe('ALTERED');
  });
});

describe('prospetto informativo', () => {
  const REPORT = `query ($id: ID!, $year: Int!) { prospettoInformativo(employerId: $id, year: $year) {
    year referenceDate submissionDeadline required employer { legalName } headcount { referenceDate totalEmployees }
    quota { computableBase disabled { due shortfall } } exemptions { id } csv } }`;

  it('describes 31 December of the year as fields and as CSV', async () => {
    const { data, errors } = await server.gql(REPORT, { id: employers.acciaierie, year: 2025 });
    expect(errors).toBeUndefined();
    const report = data!.prospettoInformativo;
    expect(report).toMatchObject({
      year: 2025,
      referenceDate: '2025-12-31',
      submissionDeadline: '2026-01-31',
      required: true,
      employer: { legalName: 'Acciaierie di Rezzato S.p.A.' },
      headcount: { referenceDate: '2025-01-01', totalEmployees: 101 },
      quota: { computableBase: 100, disabled: { due: 7, shortfall: 6 } },
      exemptions: [],
    });
    const rows = report.csv.split('\r\n');
    expect(rows[0]).toBe('sezione,codice,descrizione,valore');
    expect(rows).toContain('EMPLOYER,LEGAL_NAME,Ragione sociale,Acciaierie di Rezzato S.p.A.');
    expect(rows).toContain('SUMMARY,DISABLED_SHORTFALL,Lavoratori con disabilità ancora da assumere,6');
  });

  it('is not required below the first band', async () => {
    const { data } = await server.gql(REPORT, { id: employers.deposito, year: 2025 });
    expect(data!.prospettoInformativo.required).toBe(false);
  });

  const bad: Array<[string, () => Record<string, unknown>, string, string]> = [
    ['a year before any headcount', () => ({ id: employers.acciaierie, year: 2024 }), 'BAD_USER_INPUT', 'year'],
    ['a year in the future', () => ({ id: employers.acciaierie, year: 2999 }), 'BAD_USER_INPUT', 'year'],
    ['the ID of something else', () => ({ id: liaisonId, year: 2025 }), 'BAD_USER_INPUT', 'employerId'],
  ];
  it.each(bad)('answers %s with a typed error', async (_name, variables, code, field) => {
    const { errors } = await server.gql(REPORT, variables());
    expect(errors![0].extensions).toMatchObject({ code, field });
  });
});
