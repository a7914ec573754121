import { toGlobalId } from '../../src/graphql/relay';
import { completePartitaIva } from '../../src/modules/employers/partita-iva';
import { addDays, todayInItaly } from '../../src/config/calendar';
import {
  countRows,
  createOperator,
  insertEmployer,
  municipalityIds,
  person,
  RECEIVE_REFERRAL,
  REFERRAL,
} from '../helpers/fixtures';
import { startTestServer, TestServer } from '../helpers/test-server';

/*
 * One placement at a time, unless it fits: a person with a running placement is not proposed, confirmed or
 * recommended on the same opening, nor on one whose hours would take them beyond their own weekly maximum.
 */

let server: TestServer;
let towns: Record<string, string>;
const today = todayInItaly();
let counter = 0;

beforeAll(async () => {
  server = await startTestServer();
  towns = await municipalityIds(server);
});
afterAll(() => server.close());

async function insertOpening(weeklyHours: number): Promise<string> {
  const partitaIva = completePartitaIva(String(3_000_000 + ++counter).padStart(10, '0'));
  const employer = {
    id: await insertEmployer(server, {
      legalName: `Officine ${counter}`,
      partitaIva,
      atecoCode: '25.62',
      sector: 'MANUFACTURING',
    }),
  };
  const [site] = await server.dataSource.query(
    `INSERT INTO employer_site (employer_id, name, address, municipality_id, latitude, longitude)
     SELECT $1, 'Sede', 'Via Industria 4', m.id, m.latitude, m.longitude FROM municipality m WHERE m.name = 'Rezzato' RETURNING id`,
    [employer.id],
  );
  const [opening] = await server.dataSource.query(
    `INSERT INTO opening (employer_id, site_id, title, sector, weekly_hours, shifts, contract_type, positions, status)
     VALUES ($1, $2, 'Addetto/a al montaggio', 'MANUFACTURING', $3, '{MORNING}', 'TIROCINIO', 5, 'OPEN') RETURNING id`,
    [employer.id, site.id, weeklyHours],
  );
  return toGlobalId('Opening', opening.id);
}

async function personInOrientation(maxWeeklyHours: number | null): Promise<string> {
  counter++;
  const newBeneficiary = person({
    givenName: 'Persona',
    familyName: `Turni${String.fromCharCode(65 + (counter % 26))}`,
    birthDate: `1985-0${1 + (counter % 9)}-1${counter % 10}`,
    residenceMunicipalityId: towns['Rezzato'],
  });
  const { data, errors } = await server.gql(RECEIVE_REFERRAL, {
    input: { referral: { ...REFERRAL, referredOn: today }, newBeneficiary },
  });
  if (errors) throw new Error(JSON.stringify(errors));
  const id = data!.receiveReferral.beneficiary.id;
  for (const status of ['INTAKE', 'ORIENTATION']) {
    const moved = await server.gql(
      `mutation($id: ID!, $s: CaseStatus!) { changeCaseStatus(beneficiaryId: $id, input: { status: $s, reason: "Colloquio" }) { caseStatus } }`,
      { id, s: status },
    );
    if (moved.errors) throw new Error(JSON.stringify(moved.errors));
  }
  if (maxWeeklyHours !== null) {
    const set = await server.gql(
      `mutation($id: ID!, $input: WorkConstraintsInput!) { setWorkConstraints(beneficiaryId: $id, input: $input) { maxWeeklyHours } }`,
      { id, input: { minWeeklyHours: 5, maxWeeklyHours } },
    );
    if (set.errors) throw new Error(JSON.stringify(set.errors));
  }
  return id;
}

const PROPOSE = `mutation($input: ProposePlacementInput!) { proposePlacement(input: $input) { id status weeklyHours } }`;
const propose = (beneficiaryId: string, openingId: string) =>
  server.gql(PROPOSE, {
    input: {
      beneficiaryId,
      openingId,
      kind: 'TIROCINIO_INCLUSIONE',
      startsOn: today,
      plannedEndOn: addDays(today, 180),
      monthlyAllowanceCents: 50000,
    },
  });
const confirm = (id: string) => server.gql(`mutation($id: ID!) { confirmPlacement(id: $id) { id status } }`, { id });

describe('one placement at a time, unless it fits', () => {
  let personId: string;
  const opening: Record<string, string> = {};

  beforeAll(async () => {
    // The reported case: an ACTIVE internship of 20 hours, a maximum of 30.
    personId = await personInOrientation(30);
    for (const [name, hours] of [
      ['first', 20],
      ['thirty', 30],
      ['ten', 10],
      ['otherTen', 10],
    ] as const)
      opening[name] = await insertOpening(hours);
    const proposed = await propose(personId, opening.first);
    expect(proposed.errors).toBeUndefined();
    expect((await confirm(proposed.data!.proposePlacement.id)).errors).toBeUndefined();
  });

  it('refuses to propose a second placement whose hours go beyond the person’s maximum, writing nothing', async () => {
    const before = await countRows(server, 'placement');
    const { errors } = await propose(personId, opening.thirty);
    expect(errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', field: 'input.weeklyHours' });
    expect(errors?.[0].message).toBe(
      'Questa persona lavora già 20 ore a settimana in inserimenti in corso; con altre 30 sarebbero 50, oltre il suo massimo di 30',
    );
    expect(await countRows(server, 'placement')).toBe(before);
  });

  it('refuses the same opening again', async () => {
    const { errors } = await propose(personId, opening.first);
    expect(errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', field: 'input.openingId' });
  });

  it('lets proposals that fit through, and refuses to confirm the one that no longer fits once another is confirmed', async () => {
    const ten = await propose(personId, opening.ten);
    const otherTen = await propose(personId, opening.otherTen);
    expect([ten.errors, otherTen.errors]).toEqual([undefined, undefined]);
    expect((await confirm(ten.data!.proposePlacement.id)).errors).toBeUndefined();
    const { data, errors } = await confirm(otherTen.data!.proposePlacement.id);
    expect(data).toBeNull();
    expect(errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', field: 'id' });
    expect(errors?.[0].message).toMatch(/lavora già 30 ore a settimana.*40, oltre il suo massimo di 30/);
    const [row] = await server.dataSource.query(`SELECT status FROM placement WHERE id = $1`, [
      Buffer.from(otherTen.data!.proposePlacement.id, 'base64url').toString().split(':')[1],
    ]);
    expect(row.status).toBe('PROPOSED');
  });

  it('refuses the side door of raising a running placement’s hours beyond the person’s maximum', async () => {
    const fresh = await personInOrientation(30);
    const first = await propose(fresh, opening.first);
    expect((await confirm(first.data!.proposePlacement.id)).errors).toBeUndefined();
    const ten = await propose(fresh, opening.ten);
    expect((await confirm(ten.data!.proposePlacement.id)).errors).toBeUndefined();
    const UPDATE = `mutation($id: ID!, $h: Int!) { updatePlacement(id: $id, input: { weeklyHours: $h }) { weeklyHours } }`;
    const raised = await server.gql(UPDATE, { id: ten.data!.proposePlacement.id, h: 15 });
    expect(raised.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', field: 'input.weeklyHours' });
    expect((await server.gql(UPDATE, { id: ten.data!.proposePlacement.id, h: 8 })).data!.updatePlacement).toEqual({
      weeklyHours: 8,
    });
  });

  it('no longer recommends the opening the person holds, nor one that does not fit, and says why', async () => {
    const fresh = await personInOrientation(30);
    const placed = await propose(fresh, opening.first);
    expect((await confirm(placed.data!.proposePlacement.id)).errors).toBeUndefined();
    const { data, errors } = await server.gql(
      `query($id: ID!) { matchOpenings(beneficiaryId: $id, first: 50, includeExcluded: true) {
         matches { opening { id } } excluded { opening { id } reasons { code explanation } } } }`,
      { id: fresh },
    );
    expect(errors).toBeUndefined();
    const matched = data!.matchOpenings.matches.map((m: any) => m.opening.id);
    expect(matched).toContain(opening.ten);
    expect(matched).not.toContain(opening.first);
    expect(matched).not.toContain(opening.thirty);
    const reasons = (id: string) => data!.matchOpenings.excluded.find((e: any) => e.opening.id === id)?.reasons;
    expect(reasons(opening.first)).toEqual([
      { code: 'RUNNING_PLACEMENT', explanation: 'La persona ha già un inserimento in corso su questa offerta' },
    ]);
    expect(reasons(opening.thirty)).toEqual([
      {
        code: 'RUNNING_PLACEMENT',
        explanation:
          'Lavora già 20 ore a settimana in inserimenti in corso; con le 30 di questa offerta sarebbero 50, oltre il massimo di 30',
      },
    ]);
  });
});

describe('evidence of every proposal', () => {
  const EVIDENCE = `query($id: ID!) { node(id: $id) { ... on Placement { matchEvidence {
    rank eligibleCandidates score topCandidate topScore proposedBy { email }
    factors { code weight points explanation } weights { factor weight } exclusionReasons { code } } } } }`;

  it('keeps the rank, score, factors, weights and proposer the operator saw, for the roles that may read the placement', async () => {
    const openingId = await insertOpening(20);
    const people = [await personInOrientation(null), await personInOrientation(null), await personInOrientation(null)];
    const { data: ranked } = await server.gql(
      `query($id: ID!) { matchCandidates(openingId: $id, first: 50) { matches { rank score beneficiary { id } factors { code points } } } }`,
      { id: openingId },
    );
    const seen = ranked!.matchCandidates.matches.find((m: any) => m.beneficiary.id === people[2]);
    expect(seen).toBeDefined();

    const proposed = await propose(people[2], openingId);
    expect(proposed.errors).toBeUndefined();
    const { data, errors } = await server.gql(EVIDENCE, { id: proposed.data!.proposePlacement.id });
    expect(errors).toBeUndefined();
    const evidence = data!.node.matchEvidence;
    expect(evidence).toMatchObject({
      rank: seen.rank,
      eligibleCandidates: ranked!.matchCandidates.matches.length,
      score: seen.score,
      topCandidate: seen.rank === 1,
      topScore: ranked!.matchCandidates.matches[0].score,
      proposedBy: { email: expect.any(String) },
      exclusionReasons: [],
    });
    expect(evidence.factors.map((f: any) => [f.code, f.points])).toEqual(
      seen.factors.map((f: any) => [f.code, f.points]),
    );
    expect(evidence.factors.reduce((sum: number, f: any) => sum + Math.round(f.points * 100), 0)).toBe(
      Math.round(evidence.score * 100),
    );
    expect(evidence.weights).toEqual([
      { factor: 'SKILLS', weight: 40 },
      { factor: 'PREFERENCES', weight: 15 },
      { factor: 'COMMUTE', weight: 20 },
      { factor: 'LAW68_QUOTA', weight: 10 },
      { factor: 'WAITING_TIME', weight: 10 },
      { factor: 'PAST_PLACEMENT', weight: 5 },
    ]);

    // The read is audited as a read of case data; a role that may not read placements gets nothing.
    const [read] = await server.dataSource.query(
      `SELECT fields FROM audit_event WHERE action = 'READ' AND record_type = 'Placement' AND 'matchEvidence' = ANY(fields)`,
    );
    expect(read.fields).toContain('matchEvidence');
    const liaison = await createOperator(server, {
      email: 'liaison@giustaoccupazione.example',
      role: 'EMPLOYER_LIAISON',
    });
    const asLiaison = await server.gql(EVIDENCE, { id: proposed.data!.proposePlacement.id }, { as: liaison });
    expect(asLiaison.data?.node ?? null).toBeNull();
  });

  it('records the hard constraints a pair failed when it is proposed anyway, and no evidence without an opening', async () => {
    const openingId = await insertOpening(40);
    const personId = await personInOrientation(30);
    const proposed = await propose(personId, openingId);
    expect(proposed.errors).toBeUndefined();
    const { data } = await server.gql(EVIDENCE, { id: proposed.data!.proposePlacement.id });
    expect(data!.node.matchEvidence).toMatchObject({
      rank: null,
      score: null,
      topCandidate: false,
      factors: [],
      exclusionReasons: [{ code: 'WEEKLY_HOURS' }],
    });

    const workshop = await server.gql(PROPOSE, {
      input: {
        beneficiaryId: personId,
        kind: 'WORKSHOP',
        weeklyHours: 5,
        startsOn: today,
        plannedEndOn: addDays(today, 30),
      },
    });
    expect(workshop.errors).toBeUndefined();
    const none = await server.gql(EVIDENCE, { id: workshop.data!.proposePlacement.id });
    expect(none.data!.node.matchEvidence).toBeNull();
  });
});
