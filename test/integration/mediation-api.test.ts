import { inflateSync } from 'node:zlib';
import { toGlobalId } from '../../src/graphql/relay';
import { seedDemoData } from '../../src/seed/demo-data';
import { startTestServer, TestServer } from '../helpers/test-server';
import { createOperator, insertRow } from '../helpers/fixtures';

let server: TestServer;
let operator1: string;
let operator2: string;
let liaison: string;
/** A person of ambito 1 with recorded accessibility needs, a certified invalidity and a Law 68/99 group. */
let person: { id: string; needs: string[]; kinds: string[] };
/** An open opening counting toward its employer's quota. */
let openingId: string;

const OPENING_WHAT_IF = `query($id: ID!) { openingWhatIf(openingId: $id) {
  eligibleNow { total inAmbito law68 }
  options { changes { code kind shift physicalDemand accessibilityFeature weeklyHours skill { id } }
    gained { total inAmbito law68 } lost entrants { score rank beneficiary { id } } }
  bestPair { changes { code } gained { total } } } }`;

const PERSON_WHAT_IF = `query($id: ID!) { beneficiaryWhatIf(beneficiaryId: $id) {
  eligibleNow { total law68 }
  options { changes { code kind accessibilityFeature shift transportMode skill { id } level } gained { total inAmbito law68 } lost
    entrants { score rank opening { id } } }
  bestPair { changes { code kind } gained { total } } } }`;

const BRIEF = `query($b: ID!, $o: ID!) { mediationBrief(beneficiaryId: $b, openingId: $o) {
  eligible failedConstraintCount failedConstraints
  fit { score accommodations { need } factors { code points } }
  changes { code kind accessibilityFeature physicalDemand }
  quota { category before { due covered shortfall exposurePerDayCents } after { due covered shortfall } shortfallClosed exposurePerDayAvoidedCents }
  weeklyHours grossMonthlyWageCents
  incentives { code applies percentOfGrossWage months estimateCents confirmed sources }
  talkingPoints { code params { name value } text }
  markdown } }`;

const HEALTH_CHANGES = [
  'DROP_PHYSICAL_DEMAND',
  'DROP_DRIVING',
  'OFFER_FEATURE',
  'ARRANGE_ACCOMMODATIONS',
  'NEED_ARRANGED',
];

/** The text shown by a PDF of pdfkit's standard fonts: its content streams inflated, its hex strings decoded. */
function pdfText(base64: string): string {
  const raw = Buffer.from(base64, 'base64').toString('latin1');
  let text = '';
  for (const m of raw.matchAll(/stream\r?\n([\s\S]*?)\r?\nendstream/g)) {
    let content: string;
    try {
      content = inflateSync(Buffer.from(m[1], 'latin1')).toString('latin1');
    } catch {
      continue;
    }
    for (const line of content.split('\n'))
      if (line.includes('TJ'))
        text +=
          [...line.matchAll(/<([0-9a-fA-F]+)>/g)].map((h) => Buffer.from(h[1], 'hex').toString('latin1')).join('') +
          '\n';
  }
  return text;
}

const ambitoOf = async (ids: string[]) =>
  (
    await server.dataSource.query(
      `SELECT DISTINCT m.ambito_number AS a FROM beneficiary b JOIN municipality m ON m.id = b.residence_municipality_id WHERE b.id = ANY($1::uuid[])`,
      [ids],
    )
  ).map((r: { a: number }) => r.a);

const uuid = (globalId: string) => Buffer.from(globalId, 'base64url').toString().split(':')[1];

beforeAll(async () => {
  server = await startTestServer();
  await seedDemoData(server.dataSource);
  operator1 = await createOperator(server, { email: 'op1@mediation.test', role: 'OPERATOR', ambito: 1 });
  operator2 = await createOperator(server, { email: 'op2@mediation.test', role: 'OPERATOR', ambito: 3 });
  liaison = await createOperator(server, { email: 'liaison@mediation.test', role: 'EMPLOYER_LIAISON', ambito: 1 });
  [person] = await server.dataSource.query(
    `SELECT b.id, wc.accessibility_needs AS needs, b.disability_kinds AS kinds
     FROM match_profile p JOIN beneficiary b ON b.id = p.beneficiary_id JOIN work_constraints wc ON wc.beneficiary_id = b.id
     JOIN municipality m ON m.id = b.residence_municipality_id
     WHERE m.ambito_number = 1 AND cardinality(wc.accessibility_needs) > 0 AND b.invalidity_percentage IS NOT NULL
       AND b.law68_category = 'DISABLED_ART1'
       AND NOT EXISTS (SELECT 1 FROM placement pl WHERE pl.beneficiary_id = b.id)
     ORDER BY b.id LIMIT 1`,
  );
  [{ id: openingId }] = await server.dataSource.query(
    `SELECT o.id FROM opening o WHERE o.status = 'OPEN' AND o.counts_toward_quota AND cardinality(o.accessibility_features) < 6
       AND NOT o.accommodations_arrangeable ORDER BY o.id LIMIT 1`,
  );
}, 180_000);
afterAll(() => server.close());

describe('openingWhatIf over GraphQL', () => {
  it('lists the changes most people first, counts each part, and names only people the viewer may see', async () => {
    const id = toGlobalId('Opening', openingId);
    const all = await server.gql(OPENING_WHAT_IF, { id });
    expect(all.errors).toBeUndefined();
    const options = all.data!.openingWhatIf.options;
    expect(options.length).toBeGreaterThan(0);
    const totals = options.map((o: any) => o.gained.total);
    expect(totals).toEqual([...totals].sort((a: number, b: number) => b - a));
    for (const o of options) expect(o.gained.law68).toBeLessThanOrEqual(o.gained.total);

    for (const [as, ambito] of [
      [operator1, 1],
      [operator2, 3],
    ] as const) {
      const seen = await server.gql(OPENING_WHAT_IF, { id }, { as });
      expect(seen.errors).toBeUndefined();
      const entrants = seen.data!.openingWhatIf.options.flatMap((o: any) => o.entrants ?? []);
      const ids = entrants.map((e: any) => uuid(e.beneficiary.id));
      if (ids.length) expect(await ambitoOf(ids)).toEqual([ambito]);
      // Counts in the operator's ambito are those of the coordinator asking for that ambito.
      const asked = await server.gql(
        `query($id: ID!, $a: Int) { openingWhatIf(openingId: $id, ambito: $a) { options { gained { inAmbito } } } }`,
        { id, a: ambito },
      );
      expect(seen.data!.openingWhatIf.options.map((o: any) => o.gained.inAmbito)).toEqual(
        asked.data!.openingWhatIf.options.map((o: any) => o.gained.inAmbito),
      );
    }
  });

  it('withholds from a liaison who a health-related change would bring in', async () => {
    const id = toGlobalId('Opening', openingId);
    const { data, errors } = await server.gql(OPENING_WHAT_IF, { id }, { as: liaison });
    expect(errors).toBeUndefined();
    const health = data!.openingWhatIf.options.filter((o: any) => HEALTH_CHANGES.includes(o.changes[0].code));
    expect(health.length).toBeGreaterThan(0);
    for (const o of health) expect(o.entrants).toBeNull();
    for (const o of data!.openingWhatIf.options.filter((x: any) => !HEALTH_CHANGES.includes(x.changes[0].code)))
      expect(o.entrants).not.toBeNull();
  });
});

describe('beneficiaryWhatIf over GraphQL', () => {
  it('labels worsening changes as the person’s choice, and shows needs-related changes to case workers only', async () => {
    const id = toGlobalId('Beneficiary', person.id);
    const mine = await server.gql(PERSON_WHAT_IF, { id }, { as: operator1 });
    expect(mine.errors).toBeUndefined();
    const options = mine.data!.beneficiaryWhatIf.options;
    for (const o of options) {
      const c = o.changes[0];
      if (['LONGER_COMMUTE', 'ACCEPT_SHIFT'].includes(c.code)) expect(c.kind).toBe('PERSONS_CHOICE');
      if (['TRAIN_SKILL', 'DRIVING_LICENCE', 'ADD_TRANSPORT_MODE'].includes(c.code)) expect(c.kind).toBe('TRAINING');
    }
    expect(
      options
        .filter((o: any) => o.changes[0].code === 'NEED_ARRANGED')
        .map((o: any) => o.changes[0].accessibilityFeature)
        .sort(),
    ).toEqual([...person.needs].sort());
    const totals = options.map((o: any) => o.gained.total);
    expect(totals).toEqual([...totals].sort((a: number, b: number) => b - a));

    const theirs = await server.gql(PERSON_WHAT_IF, { id }, { as: liaison });
    expect(theirs.errors).toBeUndefined();
    expect(theirs.data!.beneficiaryWhatIf.options.some((o: any) => o.changes[0].code === 'NEED_ARRANGED')).toBe(false);

    const other = await server.gql(PERSON_WHAT_IF, { id }, { as: operator2 });
    expect(other.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect(other.data?.beneficiaryWhatIf ?? null).toBeNull();
  });
});

describe('mediationBrief over GraphQL', () => {
  const vars = () => ({ b: toGlobalId('Beneficiary', person.id), o: toGlobalId('Opening', openingId) });

  it('gives a case worker the quota effect, the incentive that applies, talking points from the catalogue, and audits the read', async () => {
    const { data, errors } = await server.gql(`${BRIEF.slice(0, -3)} pdfBase64 } }`, vars(), { as: operator1 });
    expect(errors).toBeUndefined();
    const b = data!.mediationBrief;
    expect(b.quota.category).toBe('DISABLED');
    expect(b.quota.before.shortfall - b.quota.after.shortfall).toBe(b.quota.shortfallClosed);
    expect(b.incentives.filter((i: any) => i.code.startsWith('ART13')).every((i: any) => i.applies !== null)).toBe(
      true,
    );
    for (const i of b.incentives.filter((x: any) => x.estimateCents !== null))
      expect(i.estimateCents).toBe(Math.round((b.grossMonthlyWageCents * i.percentOfGrossWage * i.months) / 100));
    expect(b.talkingPoints.length).toBeGreaterThan(0);
    for (const p of b.talkingPoints) expect(b.markdown).toContain(p.text);
    expect(Buffer.from(data!.mediationBrief.pdfBase64, 'base64').subarray(0, 5).toString()).toBe('%PDF-');
    const reads: Array<{ fields: string[] }> = await server.dataSource.query(
      `SELECT fields FROM audit_event WHERE action = 'READ' AND operation = 'mediationBrief' AND operator_id = $1 AND beneficiary_id = $2`,
      [uuid(operator1), person.id],
    );
    const fields = reads.flatMap((r) => r.fields);
    expect(fields).toEqual(expect.arrayContaining(['invalidityPercentage', 'disabilityKinds', 'law68Category']));
  });

  it('says whether the hiring meets the next step of an art. 11 convention programme', async () => {
    const [{ employerId }] = await server.dataSource.query(
      `SELECT employer_id AS "employerId" FROM opening WHERE id = $1`,
      [openingId],
    );
    const [{ hired }] = await server.dataSource.query(
      `SELECT count(*)::int AS hired FROM placement p JOIN beneficiary b ON b.id = p.beneficiary_id
       WHERE p.employer_id = $1 AND p.counts_toward_quota AND p.started_at IS NOT NULL AND b.law68_category = 'DISABLED_ART1'
         AND p.starts_on >= '2020-01-01'`,
      [employerId],
    );
    const convention = await insertRow(server, 'quota_convention', {
      employer_id: employerId,
      kind: 'ART_11',
      valid_from: '2020-01-01',
      reference: 'CONV-2020/7',
    });
    // Due by 2099: everything hired so far and one more, so that this hiring is what meets the step.
    await insertRow(server, 'quota_convention_hiring', {
      convention_id: convention,
      due_by: '2099-12-31',
      units: hired + 1,
    });
    const query = `query($b: ID!, $o: ID!) { mediationBrief(beneficiaryId: $b, openingId: $o) {
      quota { conventionSteps { reference dueBy unitsDueByThen hiredSinceStart metBefore metWithThisHire } } markdown } }`;
    const { data, errors } = await server.gql(query, vars(), { as: operator1 });
    expect(errors).toBeUndefined();
    expect(data!.mediationBrief.quota.conventionSteps).toEqual([
      {
        reference: 'CONV-2020/7',
        dueBy: '2099-12-31',
        unitsDueByThen: hired + 1,
        hiredSinceStart: hired,
        metBefore: false,
        metWithThisHire: true,
      },
    ]);
    expect(data!.mediationBrief.markdown).toContain('CONV-2020/7');
    await server.dataSource.query(`DELETE FROM quota_convention_hiring WHERE convention_id = $1`, [convention]);
    await server.dataSource.query(`DELETE FROM quota_convention WHERE id = $1`, [convention]);
  });

  it('gives a liaison no health details, in the data, the Markdown or the PDF', async () => {
    const { data, errors } = await server.gql(`${BRIEF.slice(0, -3)} pdfBase64 } }`, vars(), { as: liaison });
    expect(errors).toBeUndefined();
    const b = data!.mediationBrief;
    expect(b.failedConstraints).toBeNull();
    if (b.fit) expect(b.fit.accommodations).toBeNull();
    for (const c of b.changes) expect(HEALTH_CHANGES).not.toContain(c.code);
    for (const i of b.incentives) expect(i.applies === null || i.applies === false).toBe(true);
    const texts = [b.markdown, pdfText(b.pdfBase64), JSON.stringify(b.talkingPoints)];
    expect(texts[1]).toContain('Incentivi');
    for (const text of texts) {
      for (const need of person.needs) expect(text).not.toContain(need);
      expect(text).not.toMatch(/invalidit/i);
    }
    const reads: Array<{ fields: string[] }> = await server.dataSource.query(
      `SELECT fields FROM audit_event WHERE action = 'READ' AND operation = 'mediationBrief' AND operator_id = $1`,
      [uuid(liaison)],
    );
    expect(reads.flatMap((r) => r.fields)).not.toContain('invalidityPercentage');
  });

  it('refuses an operator of another ambito as if the person did not exist', async () => {
    const { data, errors } = await server.gql(BRIEF, vars(), { as: operator2 });
    expect(errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect(data?.mediationBrief ?? null).toBeNull();
  });
});
