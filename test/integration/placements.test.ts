import { fromGlobalId, toGlobalId } from '../../src/graphql/relay';
import { completePartitaIva } from '../../src/modules/employers/partita-iva';
import { addDays, todayInItaly } from '../../src/config/calendar';
import {
  countRows,
  createOperator,
  municipalityIds,
  person,
  RECEIVE_REFERRAL,
  REFERRAL,
  insertEmployer as insertEmployerRow,
} from '../helpers/fixtures';
import { startTestServer, TestServer } from '../helpers/test-server';

let server: TestServer;
let towns: Record<string, string>;
let operatorId: string;
const today = todayInItaly();
const asOperator = () => ({ as: operatorId });

beforeAll(async () => {
  server = await startTestServer();
  towns = await municipalityIds(server);
  operatorId = await createOperator(server, { email: 'tutor@giustaoccupazione.example', ambito: 3 });
});
afterAll(() => server.close());

let counter = 0;
async function insertEmployer(): Promise<string> {
  const partitaIva = completePartitaIva(String(2_000_000 + ++counter).padStart(10, '0'));
  return insertEmployerRow(server, {
    legalName: `Officine ${counter}`,
    partitaIva,
    atecoCode: '25.62',
    sector: 'MANUFACTURING',
  });
}

async function insertOpening(
  options: { positions?: number; contractType?: string; countsTowardQuota?: boolean; employerId?: string } = {},
) {
  const employerId = options.employerId ?? (await insertEmployer());
  const [site] = await server.dataSource.query(
    `INSERT INTO employer_site (employer_id, name, address, municipality_id, latitude, longitude)
     SELECT $1, 'Sede', 'Via Industria 4', m.id, m.latitude, m.longitude FROM municipality m WHERE m.name = 'Rezzato' RETURNING id`,
    [employerId],
  );
  const [opening] = await server.dataSource.query(
    `INSERT INTO opening (employer_id, site_id, title, sector, weekly_hours, shifts, contract_type, positions, counts_toward_quota, status)
     VALUES ($1, $2, 'Addetto/a al montaggio', 'MANUFACTURING', 25, '{MORNING}', $3, $4, $5, 'OPEN') RETURNING id`,
    [
      employerId,
      site.id,
      options.contractType ?? 'TIROCINIO',
      options.positions ?? 1,
      options.countsTowardQuota ?? false,
    ],
  );
  return {
    openingId: toGlobalId('Opening', opening.id),
    employerId: toGlobalId('Employer', employerId),
    rawOpeningId: opening.id as string,
  };
}

/** A person referred and brought to ORIENTATION through the API, as an operator would. */
async function personInOrientation(extra: Record<string, unknown> = {}): Promise<string> {
  counter++;
  const newBeneficiary = person({
    givenName: 'Persona',
    familyName: `Prova${String.fromCharCode(65 + (counter % 26))}${String.fromCharCode(65 + (Math.floor(counter / 26) % 26))}`,
    birthDate: `19${70 + (counter % 29)}-0${1 + (counter % 9)}-1${counter % 10}`,
    residenceMunicipalityId: towns['Rezzato'],
    ...extra,
  });
  const { data, errors } = await server.gql(
    RECEIVE_REFERRAL,
    { input: { referral: { ...REFERRAL, referredOn: today }, newBeneficiary } },
    asOperator(),
  );
  if (errors) throw new Error(JSON.stringify(errors));
  const id = data!.receiveReferral.beneficiary.id;
  for (const status of ['INTAKE', 'ORIENTATION']) {
    const moved = await server.gql(
      `mutation($id: ID!, $s: CaseStatus!) { changeCaseStatus(beneficiaryId: $id, input: { status: $s, reason: "Colloquio" }) { caseStatus } }`,
      { id, s: status },
    );
    if (moved.errors) throw new Error(JSON.stringify(moved.errors));
  }
  return id;
}

const PLACEMENT_FIELDS = `id kind status outcome startsOn plannedEndOn endedOn weeklyHours monthlyAllowanceCents contractType
  countsTowardQuota endReason allowedNextStatuses tutor { email } beneficiary { caseStatus }`;
const PROPOSE = `mutation($input: ProposePlacementInput!) { proposePlacement(input: $input) { ${PLACEMENT_FIELDS} } }`;
const CHANGE = `mutation($id: ID!, $input: ChangePlacementStatusInput!) { changePlacementStatus(id: $id, input: $input) { ${PLACEMENT_FIELDS} } }`;
const CONFIRM = `mutation($id: ID!) { confirmPlacement(id: $id) { ${PLACEMENT_FIELDS} visits { status plannedOn operator { email } } } }`;

async function propose(beneficiaryId: string, openingId: string, extra: Record<string, unknown> = {}) {
  const result = await server.gql(
    PROPOSE,
    {
      input: {
        beneficiaryId,
        openingId,
        kind: 'TIROCINIO_INCLUSIONE',
        startsOn: today,
        plannedEndOn: addDays(today, 180),
        monthlyAllowanceCents: 50000,
        companyTutor: { name: 'Mario Bettoni', email: 'm.bettoni@officine.example' },
        ...extra,
      },
    },
    asOperator(),
  );
  return result;
}

async function proposed(
  beneficiaryId: string,
  openingId: string,
  extra: Record<string, unknown> = {},
): Promise<string> {
  const { data, errors } = await propose(beneficiaryId, openingId, extra);
  if (errors) throw new Error(JSON.stringify(errors));
  return data!.proposePlacement.id;
}

describe('from proposal to hiring', () => {
  it('proposes, confirms, monitors and converts an internship into a hiring, moving the case along', async () => {
    const beneficiaryId = await personInOrientation({
      law68Category: 'DISABLED_ART1',
      invalidityPercentage: 60,
      disabilityKinds: ['PHYSICAL'],
    });
    const { openingId, employerId } = await insertOpening();

    const { data, errors } = await propose(beneficiaryId, openingId);
    expect(errors).toBeUndefined();
    expect(data!.proposePlacement).toMatchObject({
      status: 'PROPOSED',
      weeklyHours: 25,
      monthlyAllowanceCents: 50000,
      contractType: null,
      tutor: { email: 'tutor@giustaoccupazione.example' },
      allowedNextStatuses: ['ACTIVE', 'WITHDRAWN'],
      beneficiary: { caseStatus: 'ORIENTATION' },
    });
    const id = data!.proposePlacement.id;

    const confirmed = await server.gql(CONFIRM, { id }, asOperator());
    expect(confirmed.errors).toBeUndefined();
    expect(confirmed.data!.confirmPlacement).toMatchObject({
      status: 'ACTIVE',
      beneficiary: { caseStatus: 'INTERNSHIP' },
      allowedNextStatuses: ['SUSPENDED', 'COMPLETED', 'ENDED_EARLY', 'CONVERTED_TO_HIRING'],
      visits: [
        { status: 'PLANNED', plannedOn: addDays(today, 14), operator: { email: 'tutor@giustaoccupazione.example' } },
      ],
    });

    // The tutor does the planned visit (today, ahead of plan): the next one is planned two weeks later.
    const visits = await server.gql(`query($id: ID!) { node(id: $id) { ... on Placement { visits { id } } } }`, { id });
    const visitId = visits.data!.node.visits[0].id;
    const recorded = await server.gql(
      `mutation($p: ID!, $input: RecordMonitoringVisitInput!) { recordMonitoringVisit(placementId: $p, input: $input) {
         status doneOn outcome notes operator { email } placement { visits { status plannedOn } } } }`,
      { p: id, input: { visitId, doneOn: today, outcome: 'GOING_WELL', notes: 'Si è inserito bene nel reparto' } },
      asOperator(),
    );
    expect(recorded.errors).toBeUndefined();
    expect(recorded.data!.recordMonitoringVisit).toMatchObject({
      status: 'DONE',
      doneOn: today,
      outcome: 'GOING_WELL',
      operator: { email: 'tutor@giustaoccupazione.example' },
      placement: {
        visits: [
          { status: 'DONE', plannedOn: addDays(today, 14) },
          { status: 'PLANNED', plannedOn: addDays(today, 14) },
        ],
      },
    });

    const hired = await server.gql(
      `mutation($id: ID!, $input: ConvertToHiringInput!) { convertPlacementToHiring(id: $id, input: $input) {
         internship { status outcome endedOn allowedNextStatuses convertedTo { kind } visits { status } }
         hiring { kind status contractType countsTowardQuota startsOn employer { id } convertedFrom { id } beneficiary { caseStatus
           caseHistory { fromStatus toStatus reason } placements { kind status } } history { fromStatus toStatus } visits { status plannedOn } }
       } }`,
      { id, input: { startsOn: addDays(today, 1), contractType: 'PERMANENT', countsTowardQuota: true } },
      asOperator(),
    );
    expect(hired.errors).toBeUndefined();
    const { internship, hiring } = hired.data!.convertPlacementToHiring;
    expect(internship).toMatchObject({
      status: 'CONVERTED_TO_HIRING',
      outcome: 'POSITIVE',
      endedOn: today,
      allowedNextStatuses: [],
      convertedTo: { kind: 'HIRING' },
      visits: [{ status: 'DONE' }, { status: 'CANCELLED' }],
    });
    expect(hiring).toMatchObject({
      kind: 'HIRING',
      status: 'ACTIVE',
      contractType: 'PERMANENT',
      countsTowardQuota: true,
      startsOn: addDays(today, 1),
      employer: { id: employerId },
      convertedFrom: { id },
      history: [{ fromStatus: null, toStatus: 'ACTIVE' }],
      visits: [{ status: 'PLANNED', plannedOn: addDays(today, 15) }],
    });
    expect(hiring.beneficiary.caseStatus).toBe('PLACED');
    expect(hiring.beneficiary.caseHistory.slice(-2)).toEqual([
      { fromStatus: 'ORIENTATION', toStatus: 'INTERNSHIP', reason: 'Inserimento avviato: Tirocinio di inclusione' },
      { fromStatus: 'INTERNSHIP', toStatus: 'PLACED', reason: 'Inserimento avviato: Assunzione' },
    ]);
    expect(hiring.beneficiary.placements.map((p: any) => `${p.kind}:${p.status}`).sort()).toEqual([
      'HIRING:ACTIVE',
      'TIROCINIO_INCLUSIONE:CONVERTED_TO_HIRING',
    ]);

    // The matching engine's reading of "a positive past internship with the same employer".
    const [{ positive }] = await server.dataSource.query(
      `SELECT count(*)::int AS positive FROM placement pl
       WHERE pl.kind IN ('TIROCINIO_INCLUSIONE', 'WORK_TRIAL')
         AND (pl.status = 'CONVERTED_TO_HIRING' OR (pl.status = 'COMPLETED' AND pl.outcome = 'POSITIVE'))
         AND pl.id = $1`,
      [hiring.convertedFrom.id && Buffer.from(id, 'base64url').toString().split(':')[1]],
    );
    expect(positive).toBe(1);
  });

  it('ends an internship early with its reason and hands the case back to orientation', async () => {
    const beneficiaryId = await personInOrientation();
    const { openingId } = await insertOpening();
    const id = await proposed(beneficiaryId, openingId);
    await server.gql(CONFIRM, { id }, asOperator());

    const noReason = await server.gql(CHANGE, { id, input: { status: 'ENDED_EARLY' } }, asOperator());
    expect(noReason.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.reason' });

    const ended = await server.gql(
      CHANGE,
      { id, input: { status: 'ENDED_EARLY', reason: 'Problemi di salute', outcome: 'NEUTRAL' } },
      asOperator(),
    );
    expect(ended.errors).toBeUndefined();
    expect(ended.data!.changePlacementStatus).toMatchObject({
      status: 'ENDED_EARLY',
      endReason: 'Problemi di salute',
      outcome: 'NEUTRAL',
      endedOn: today,
      beneficiary: { caseStatus: 'ORIENTATION' },
    });
    const [{ planned }] = await server.dataSource.query(
      `SELECT count(*)::int AS planned FROM monitoring_visit WHERE status = 'PLANNED' AND placement_id = $1`,
      [Buffer.from(id, 'base64url').toString().split(':')[1]],
    );
    expect(planned).toBe(0);
  });

  it('suspends and resumes, requires an outcome to complete, and records every step', async () => {
    const beneficiaryId = await personInOrientation();
    const { openingId } = await insertOpening();
    const id = await proposed(beneficiaryId, openingId, { kind: 'WORK_TRIAL' });
    await server.gql(CONFIRM, { id }, asOperator());
    expect(
      (await server.gql(CHANGE, { id, input: { status: 'SUSPENDED', reason: 'Malattia' } })).data!.changePlacementStatus
        .status,
    ).toBe('SUSPENDED');
    expect((await server.gql(CHANGE, { id, input: { status: 'ACTIVE' } })).data!.changePlacementStatus.status).toBe(
      'ACTIVE',
    );
    const noOutcome = await server.gql(CHANGE, { id, input: { status: 'COMPLETED' } });
    expect(noOutcome.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.outcome' });
    const done = await server.gql(CHANGE, { id, input: { status: 'COMPLETED', outcome: 'POSITIVE' } });
    expect(done.data!.changePlacementStatus).toMatchObject({
      status: 'COMPLETED',
      outcome: 'POSITIVE',
      beneficiary: { caseStatus: 'ORIENTATION' },
    });

    const { data } = await server.gql(
      `query($id: ID!) { node(id: $id) { ... on Placement { history { fromStatus toStatus reason changedBy { email } } } } }`,
      { id },
    );
    expect(data!.node.history.map((h: any) => `${h.fromStatus}→${h.toStatus}`)).toEqual([
      'null→PROPOSED',
      'PROPOSED→ACTIVE',
      'ACTIVE→SUSPENDED',
      'SUSPENDED→ACTIVE',
      'ACTIVE→COMPLETED',
    ]);
    expect(data!.node.history[0].changedBy).toEqual({ email: 'tutor@giustaoccupazione.example' });
  });
});

describe('contracts', () => {
  it('hires without an opening, then a renewal closes the running contract and brings the case back to PLACED', async () => {
    const beneficiaryId = await personInOrientation();
    const employerId = toGlobalId('Employer', await insertEmployer());
    const contract = {
      beneficiaryId,
      employerId,
      startsOn: addDays(today, -200),
      weeklyHours: 30,
      contractType: 'FIXED_TERM',
    };
    const hiring = await server.gql(
      PROPOSE,
      { input: { ...contract, kind: 'HIRING', plannedEndOn: addDays(today, -20) } },
      asOperator(),
    );
    expect(hiring.errors).toBeUndefined();
    const hiringId = hiring.data!.proposePlacement.id;
    expect((await server.gql(CONFIRM, { id: hiringId })).data!.confirmPlacement.beneficiary.caseStatus).toBe('PLACED');
    await server.gql(
      `mutation($id: ID!) { changeCaseStatus(beneficiaryId: $id, input: { status: MONITORING, reason: "Stabile" }) { caseStatus } }`,
      { id: beneficiaryId },
    );

    const renewal = await server.gql(
      PROPOSE,
      {
        input: {
          ...contract,
          kind: 'CONTRACT_RENEWAL',
          startsOn: addDays(today, -19),
          plannedEndOn: addDays(today, 346),
        },
      },
      asOperator(),
    );
    expect(renewal.errors).toBeUndefined();
    const confirmed = await server.gql(CONFIRM, { id: renewal.data!.proposePlacement.id });
    expect(confirmed.data!.confirmPlacement).toMatchObject({
      status: 'ACTIVE',
      kind: 'CONTRACT_RENEWAL',
      beneficiary: { caseStatus: 'PLACED' },
    });
    const { data } = await server.gql(
      `query($id: ID!) { node(id: $id) { ... on Placement { status outcome endedOn } } }`,
      { id: hiringId },
    );
    expect(data!.node).toEqual({ status: 'COMPLETED', outcome: 'POSITIVE', endedOn: addDays(today, -20) });
  });
});

describe('forbidden moves are typed errors', () => {
  it('refuses a move the state machine does not allow, listing the allowed ones, and changes nothing', async () => {
    const beneficiaryId = await personInOrientation();
    const { openingId } = await insertOpening();
    const id = await proposed(beneficiaryId, openingId);

    const early = await server.gql(CHANGE, { id, input: { status: 'COMPLETED', outcome: 'POSITIVE' } });
    expect(early.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.status',
      allowedStatuses: ['ACTIVE', 'WITHDRAWN'],
    });

    const ended = await server.gql(CHANGE, {
      id,
      input: { status: 'ENDED_EARLY', reason: 'La persona ha rinunciato' },
    });
    expect(ended.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.status' });
    const noReason = await server.gql(CHANGE, { id, input: { status: 'WITHDRAWN' } });
    expect(noReason.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.reason' });
    const withdrawn = await server.gql(CHANGE, {
      id,
      input: { status: 'WITHDRAWN', reason: 'La persona ha rinunciato' },
    });
    expect(withdrawn.errors).toBeUndefined();
    const again = await server.gql(CHANGE, { id, input: { status: 'ACTIVE' } });
    expect(again.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.status',
      allowedStatuses: [],
    });
    const { data } = await server.gql(
      `query($id: ID!) { node(id: $id) { ... on Placement { status beneficiary { caseStatus } } } }`,
      { id },
    );
    expect(data!.node).toEqual({ status: 'WITHDRAWN', beneficiary: { caseStatus: 'ORIENTATION' } });
  });

  it('does not convert a workshop, nor complete through changePlacementStatus to CONVERTED_TO_HIRING', async () => {
    const beneficiaryId = await personInOrientation();
    const employerId = toGlobalId('Employer', await insertEmployer());
    const { data, errors } = await server.gql(
      PROPOSE,
      {
        input: {
          beneficiaryId,
          employerId,
          kind: 'WORKSHOP',
          startsOn: today,
          plannedEndOn: addDays(today, 60),
          weeklyHours: 12,
        },
      },
      asOperator(),
    );
    expect(errors).toBeUndefined();
    const id = data!.proposePlacement.id;
    const started = await server.gql(CONFIRM, { id }, asOperator());
    expect(started.data!.confirmPlacement.beneficiary.caseStatus).toBe('TRAINING');

    const converted = await server.gql(
      `mutation($id: ID!) { convertPlacementToHiring(id: $id, input: { startsOn: "${addDays(today, 1)}", contractType: PERMANENT }) { hiring { id } } }`,
      { id },
    );
    expect(converted.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
    const direct = await server.gql(CHANGE, { id, input: { status: 'CONVERTED_TO_HIRING' } });
    expect(direct.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.status' });
  });

  it('checks the proposal: the case must be in orientation, and fields must fit the kind', async () => {
    const { openingId } = await insertOpening();
    const referred = await server.gql(RECEIVE_REFERRAL, {
      input: {
        referral: { ...REFERRAL, referredOn: today },
        newBeneficiary: person({
          givenName: 'Nuova',
          familyName: 'Arrivata',
          birthDate: '1991-02-03',
          residenceMunicipalityId: towns['Rezzato'],
        }),
      },
    });
    const early = await propose(referred.data!.receiveReferral.beneficiary.id, openingId);
    expect(early.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.beneficiaryId' });

    const beneficiaryId = await personInOrientation();
    const hiringOnInternship = await propose(beneficiaryId, openingId, {
      kind: 'HIRING',
      monthlyAllowanceCents: null,
      contractType: 'PERMANENT',
      plannedEndOn: null,
    });
    expect(hiringOnInternship.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.kind' });

    const backwards = await propose(beneficiaryId, openingId, { plannedEndOn: addDays(today, -1) });
    expect(backwards.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.plannedEndOn' });

    const job = await insertOpening({ contractType: 'FIXED_TERM' });
    const noEnd = await propose(beneficiaryId, job.openingId, {
      kind: 'HIRING',
      monthlyAllowanceCents: null,
      plannedEndOn: null,
    });
    expect(noEnd.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.plannedEndOn' });

    const quota = await propose(beneficiaryId, job.openingId, {
      kind: 'HIRING',
      monthlyAllowanceCents: null,
      countsTowardQuota: true,
    });
    expect(quota.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.countsTowardQuota' });

    await proposed(beneficiaryId, openingId);
    const twice = await propose(beneficiaryId, openingId);
    expect(twice.errors![0].extensions).toMatchObject({ code: 'CONFLICT', field: 'input.openingId' });
  });
});

describe('an opening never takes more active placements than its positions', () => {
  it('answers CONFLICT when the positions are taken, and frees a position when a placement ends', async () => {
    const { openingId } = await insertOpening({ positions: 1 });
    const first = await proposed(await personInOrientation(), openingId);
    const second = await proposed(await personInOrientation(), openingId);
    expect((await server.gql(CONFIRM, { id: first })).errors).toBeUndefined();

    const refused = await server.gql(CONFIRM, { id: second });
    expect(refused.errors![0].extensions).toMatchObject({ code: 'CONFLICT', field: 'id' });
    const { data } = await server.gql(
      `query($id: ID!) { node(id: $id) { ... on Placement { status beneficiary { caseStatus } } } }`,
      { id: second },
    );
    expect(data!.node).toEqual({ status: 'PROPOSED', beneficiary: { caseStatus: 'ORIENTATION' } });

    await server.gql(CHANGE, { id: first, input: { status: 'ENDED_EARLY', reason: 'Dimissioni' } });
    expect((await server.gql(CONFIRM, { id: second })).errors).toBeUndefined();
    const opening = await server.gql(
      `query($id: ID!) { node(id: $id) { ... on Opening { positionsTaken placements { status } } } }`,
      { id: openingId },
    );
    expect(opening.data!.node.positionsTaken).toBe(1);
  });

  it('two operators confirming the last position at the same moment: one wins, the other gets CONFLICT', async () => {
    for (let round = 0; round < 5; round++) {
      const { openingId, rawOpeningId } = await insertOpening({ positions: 2 });
      const already = await proposed(await personInOrientation(), openingId);
      await server.gql(CONFIRM, { id: already });
      const a = await proposed(await personInOrientation(), openingId);
      const b = await proposed(await personInOrientation(), openingId);

      const results = await Promise.all([
        server.gql(CONFIRM, { id: a }, asOperator()),
        server.gql(CONFIRM, { id: b }, asOperator()),
      ]);
      const winners = results.filter((r) => !r.errors);
      const losers = results.filter((r) => r.errors);
      expect(winners).toHaveLength(1);
      expect(losers).toHaveLength(1);
      expect(losers[0].errors![0].extensions).toMatchObject({ code: 'CONFLICT', field: 'id' });

      const [{ active }] = await server.dataSource.query(
        `SELECT count(*)::int AS active FROM placement WHERE opening_id = $1 AND status = 'ACTIVE'`,
        [rawOpeningId],
      );
      expect(active).toBe(2);
    }
  });
});

describe('what a proposal reads', () => {
  it('looks the acting operator up once, for the history and as the tutor by default', async () => {
    const { openingId } = await insertOpening({ positions: 1 });
    const beneficiaryId = await personInOrientation();
    const { result, statements } = await server.sql.count(() => propose(beneficiaryId, openingId));
    expect(result.errors).toBeUndefined();
    expect(statements.filter((sql) => /EXISTS \(SELECT 1 FROM "operator"/.test(sql))).toHaveLength(1);
  });
});

describe('the opening held while a proposal is written', () => {
  /** Backends of this database waiting for a lock, the one given aside. */
  async function waitingBesides(pid: number): Promise<number> {
    const [{ waiting }] = await server.dataSource.query(
      `SELECT count(*)::int AS waiting FROM pg_stat_activity
       WHERE datname = current_database() AND wait_event_type = 'Lock' AND pid <> $1`,
      [pid],
    );
    return waiting;
  }

  async function until(condition: () => Promise<boolean>): Promise<void> {
    for (let i = 0; i < 500 && !(await condition()); i++) await new Promise((r) => setTimeout(r, 10));
  }

  it('still proposes one person once on an opening when two operators propose them at the same moment', async () => {
    for (let round = 0; round < 4; round++) {
      const { openingId, rawOpeningId } = await insertOpening({ positions: 2 });
      const beneficiaryId = await personInOrientation();
      const results = await Promise.all([propose(beneficiaryId, openingId), propose(beneficiaryId, openingId)]);
      expect(results.filter((r) => !r.errors)).toHaveLength(1);
      expect(results.find((r) => r.errors)!.errors![0].extensions).toMatchObject({
        code: 'CONFLICT',
        field: 'input.openingId',
      });
      const [{ proposals }] = await server.dataSource.query(
        `SELECT count(*)::int AS proposals FROM placement WHERE opening_id = $1`,
        [rawOpeningId],
      );
      expect(proposals).toBe(1);
    }
  });

  it('lets other proposals on the opening through, and makes a confirmation and a closing wait for it', async () => {
    const { openingId, rawOpeningId } = await insertOpening({ positions: 1 });
    const [waitingPerson, otherPerson, confirmedPerson] = [
      await personInOrientation(),
      await personInOrientation(),
      await personInOrientation(),
    ];
    const toConfirm = await proposed(confirmedPerson, openingId);
    // Another operator's write holds the first person's row: their proposal stops there, the opening already held.
    const holder = server.dataSource.createQueryRunner();
    await holder.startTransaction();
    let released = false;
    try {
      const [{ pid: holderPid }] = await holder.query(`SELECT pg_backend_pid() AS pid`);
      await holder.query(`SELECT 1 FROM beneficiary WHERE id = $1 FOR UPDATE`, [fromGlobalId(waitingPerson)!.id]);
      const stopped = propose(waitingPerson, openingId);
      await until(async () => (await waitingBesides(-1)) === 1);
      const [{ stoppedPid }] = await server.dataSource.query(
        `SELECT pid AS "stoppedPid" FROM pg_stat_activity WHERE $1 = ANY(pg_blocking_pids(pid))`,
        [holderPid],
      );
      expect(stoppedPid).toEqual(expect.any(Number));

      // Another person's proposal on the same opening is not held up by the stopped one.
      const other = propose(otherPerson, openingId);
      let otherSettled = false;
      void other.finally(() => (otherSettled = true));
      await until(async () => otherSettled || (await waitingBesides(stoppedPid)) > 0);
      expect({ otherSettled, waiting: await waitingBesides(stoppedPid) }).toEqual({ otherSettled: true, waiting: 0 });
      expect((await other).errors).toBeUndefined();

      // Taking a position, or closing the opening, waits for the proposal to end.
      const confirmation = server.gql(CONFIRM, { id: toConfirm }, asOperator());
      await until(async () => (await waitingBesides(stoppedPid)) === 1);
      const closing = server.gql(
        `mutation($id: ID!) { changeOpeningStatus(id: $id, input: { status: CLOSED }) { status } }`,
        { id: openingId },
      );
      await until(async () => (await waitingBesides(stoppedPid)) === 2);
      expect(await waitingBesides(stoppedPid)).toBe(2);

      await holder.commitTransaction();
      released = true;
      const results = await Promise.all([stopped, confirmation, closing]);
      expect(results.map((r) => r.errors)).toEqual([undefined, undefined, undefined]);
      const rows = await server.dataSource.query(
        `SELECT p.status, count(*)::int AS n FROM placement p WHERE p.opening_id = $1 GROUP BY 1 ORDER BY 1`,
        [rawOpeningId],
      );
      expect(rows).toEqual([
        { status: 'ACTIVE', n: 1 },
        { status: 'PROPOSED', n: 2 },
      ]);
    } finally {
      if (!released) await holder.rollbackTransaction();
      await holder.release();
    }
  });
});

describe('monitoring visits and rhythm', () => {
  it('ships the default rhythm and lets the coordinator give a kind its own', async () => {
    const { data } = await server.gql(`{ monitoringRhythm { placementKind steps { fromDay everyDays } } }`);
    expect(data!.monitoringRhythm).toEqual([
      {
        placementKind: null,
        steps: [
          { fromDay: 0, everyDays: 14 },
          { fromDay: 60, everyDays: 30 },
        ],
      },
    ]);

    const set = await server.gql(
      `mutation { setMonitoringRhythm(placementKind: WORKSHOP, steps: [{ fromDay: 0, everyDays: 7 }]) { placementKind steps { everyDays } } }`,
    );
    expect(set.errors).toBeUndefined();
    expect(set.data!.setMonitoringRhythm).toHaveLength(2);

    const employerId = toGlobalId('Employer', await insertEmployer());
    const beneficiaryId = await personInOrientation();
    const { data: p } = await server.gql(
      PROPOSE,
      {
        input: {
          beneficiaryId,
          employerId,
          kind: 'WORKSHOP',
          startsOn: today,
          plannedEndOn: addDays(today, 60),
          weeklyHours: 10,
        },
      },
      asOperator(),
    );
    const confirmed = await server.gql(CONFIRM, { id: p!.proposePlacement.id });
    expect(confirmed.data!.confirmPlacement.visits).toEqual([
      { status: 'PLANNED', plannedOn: addDays(today, 7), operator: { email: 'tutor@giustaoccupazione.example' } },
    ]);

    const bad = await server.gql(
      `mutation { setMonitoringRhythm(steps: [{ fromDay: 10, everyDays: 7 }]) { placementKind } }`,
    );
    expect(bad.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'steps' });
    await server.gql(`mutation { setMonitoringRhythm(placementKind: WORKSHOP, steps: []) { placementKind } }`);
  });

  it('plans, records an unplanned visit, cancels, and refuses visits outside the placement', async () => {
    const { openingId } = await insertOpening();
    const id = await proposed(await personInOrientation(), openingId, {
      startsOn: addDays(today, -30),
      plannedEndOn: addDays(today, 150),
    });
    await server.gql(CONFIRM, { id });

    const planned = await server.gql(
      `mutation($p: ID!) { planMonitoringVisit(placementId: $p, input: { plannedOn: "${addDays(today, 3)}", notes: "Con il tutor aziendale" }) { id status operator { email } } }`,
      { p: id },
    );
    expect(planned.data!.planMonitoringVisit).toMatchObject({
      status: 'PLANNED',
      operator: { email: 'tutor@giustaoccupazione.example' },
    });
    const cancelled = await server.gql(
      `mutation($id: ID!) { cancelMonitoringVisit(id: $id, reason: "Azienda chiusa") { status notes } }`,
      { id: planned.data!.planMonitoringVisit.id },
    );
    expect(cancelled.data!.cancelMonitoringVisit).toEqual({
      status: 'CANCELLED',
      notes: 'Con il tutor aziendale\nAzienda chiusa',
    });
    const twice = await server.gql(`mutation($id: ID!) { cancelMonitoringVisit(id: $id) { status } }`, {
      id: planned.data!.planMonitoringVisit.id,
    });
    expect(twice.errors![0].extensions).toMatchObject({ code: 'CONFLICT' });

    const unplanned = await server.gql(
      `mutation($p: ID!, $input: RecordMonitoringVisitInput!) { recordMonitoringVisit(placementId: $p, input: $input) { status outcome } }`,
      { p: id, input: { doneOn: addDays(today, -2), outcome: 'AT_RISK', notes: 'Conflitto con un collega' } },
      asOperator(),
    );
    expect(unplanned.data!.recordMonitoringVisit).toEqual({ status: 'DONE', outcome: 'AT_RISK' });

    const before = await server.gql(
      `mutation($p: ID!, $input: RecordMonitoringVisitInput!) { recordMonitoringVisit(placementId: $p, input: $input) { status } }`,
      { p: id, input: { doneOn: addDays(today, -40), outcome: 'GOING_WELL' } },
      asOperator(),
    );
    expect(before.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.doneOn' });
    const future = await server.gql(
      `mutation($p: ID!, $input: RecordMonitoringVisitInput!) { recordMonitoringVisit(placementId: $p, input: $input) { status } }`,
      { p: id, input: { doneOn: addDays(today, 1), outcome: 'GOING_WELL' } },
      asOperator(),
    );
    expect(future.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.doneOn' });
  });
});

describe('listing', () => {
  it('lists placements newest first with filters and cursors', async () => {
    const { openingId } = await insertOpening({ positions: 3 });
    for (let i = 0; i < 3; i++) await proposed(await personInOrientation(), openingId);
    const first = await server.gql(
      `query($o: ID!) { placements(first: 2, filter: { openingId: $o, statuses: [PROPOSED] }) { totalCount edges { node { id } } pageInfo { hasNextPage endCursor } } }`,
      { o: openingId },
    );
    expect(first.data!.placements.totalCount).toBe(3);
    expect(first.data!.placements.pageInfo.hasNextPage).toBe(true);
    const rest = await server.gql(
      `query($o: ID!, $after: String) { placements(first: 2, after: $after, filter: { openingId: $o }) { edges { node { id } } pageInfo { hasNextPage } } }`,
      { o: openingId, after: first.data!.placements.pageInfo.endCursor },
    );
    expect(rest.data!.placements.edges).toHaveLength(1);
    expect(rest.data!.placements.pageInfo.hasNextPage).toBe(false);
    expect(await countRows(server, 'placement')).toBeGreaterThan(3);
  });
});
