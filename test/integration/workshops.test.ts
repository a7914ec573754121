import { addDays, todayInItaly } from '../../src/config/calendar';
import { fromGlobalId, toGlobalId } from '../../src/graphql/relay';
import { countRows, createOperator, municipalityIds } from '../helpers/fixtures';
import { insertOpeningNeedingSkill, insertPersonInOrientation } from '../helpers/case-fixtures';
import { startTestServer, TestServer } from '../helpers/test-server';

let server: TestServer;
let towns: Record<string, string>;
const staff: Record<'OPERATOR' | 'OPERATOR_ELSEWHERE' | 'EMPLOYER_LIAISON' | 'COORDINATOR' | 'ADMIN', string> =
  {} as never;
const skill: Record<string, string> = {};
const today = todayInItaly();

const CREATE = `mutation($input: CreateWorkshopInput!) { createWorkshop(input: $input) {
  id title ambitoNumber capacity address enrolledCount municipality { name } operatorInCharge { id }
  skills { code } sessions { id heldOn startsAt endsAt attendanceRecordedAt } } }`;
const ENROL = `mutation($w: ID!, $b: ID!) { enrolInWorkshop(workshopId: $w, beneficiaryId: $b) { id enrolledOn beneficiary { id } } }`;
const ATTENDANCE = `mutation($s: ID!, $a: [AttendanceLineInput!]!) { recordWorkshopAttendance(sessionId: $s, attendance: $a) {
  id attendanceRecordedAt attendance { status beneficiary { id } } } }`;
const OBSERVE = `mutation($w: ID!, $b: ID!, $o: [SkillObservationInput!]!) {
  recordWorkshopObservations(workshopId: $w, beneficiaryId: $b, observations: $o) {
    id observations { level note observedOn skill { code } } } }`;

const person = (id: string) => toGlobalId('Beneficiary', id);

function workshopInput(overrides: Record<string, unknown> = {}) {
  return {
    title: 'Laboratorio di assemblaggio',
    theme: 'Montaggio di piccoli componenti, lavoro in gruppo, rispetto dei tempi',
    municipalityId: towns.Brescia,
    address: 'Via della Pace 10',
    capacity: 2,
    operatorInChargeId: staff.OPERATOR,
    skillIds: [toGlobalId('Skill', skill.MAN_ASSEMBLY)],
    sessions: [{ heldOn: today, startsAt: '09:00', endsAt: '12:00' }],
    ...overrides,
  };
}

async function create(overrides: Record<string, unknown> = {}, as = staff.OPERATOR) {
  const { data, errors } = await server.gql(CREATE, { input: workshopInput(overrides) }, { as });
  if (errors) throw new Error(JSON.stringify(errors));
  return data!.createWorkshop;
}

async function enrol(workshopId: string, beneficiaryId: string, as = staff.OPERATOR) {
  return server.gql(ENROL, { w: workshopId, b: person(beneficiaryId) }, { as });
}

beforeAll(async () => {
  server = await startTestServer();
  towns = await municipalityIds(server);
  staff.COORDINATOR = toGlobalId('Operator', server.coordinatorId);
  staff.ADMIN = toGlobalId('Operator', server.adminId);
  staff.OPERATOR = await createOperator(server, { email: 'lab.uno@giustaoccupazione.example', ambito: 1 });
  staff.OPERATOR_ELSEWHERE = await createOperator(server, { email: 'lab.tre@giustaoccupazione.example', ambito: 3 });
  staff.EMPLOYER_LIAISON = await createOperator(server, {
    email: 'lab.liaison@giustaoccupazione.example',
    role: 'EMPLOYER_LIAISON',
    ambito: 1,
  });
  const codes = ['MAN_ASSEMBLY', 'LOG_PICKING'];
  for (const s of await server.dataSource.query(`SELECT id, code FROM skill WHERE code = ANY($1)`, [codes]))
    skill[s.code] = s.id;
  expect(Object.keys(skill).sort()).toEqual([...codes].sort());
});
afterAll(() => server.close());

describe('creating a workshop', () => {
  it('records theme, place, ambito, capacity, operator in charge, skills and schedule', async () => {
    const workshop = await create({
      sessions: [
        { heldOn: addDays(today, 7), startsAt: '14:00', endsAt: '17:00' },
        { heldOn: today, startsAt: '09:00', endsAt: '12:30' },
      ],
    });
    expect(workshop).toMatchObject({
      title: 'Laboratorio di assemblaggio',
      ambitoNumber: 1,
      capacity: 2,
      address: 'Via della Pace 10',
      enrolledCount: 0,
      municipality: { name: 'Brescia' },
      operatorInCharge: { id: staff.OPERATOR },
      skills: [{ code: 'MAN_ASSEMBLY' }],
    });
    expect(workshop.sessions.map((s: any) => [s.heldOn, s.startsAt, s.endsAt, s.attendanceRecordedAt])).toEqual([
      [today, '09:00:00', '12:30:00', null],
      [addDays(today, 7), '14:00:00', '17:00:00', null],
    ]);
  });

  it('refuses a session ending before it starts, naming it, and writes nothing', async () => {
    const before = await countRows(server, 'workshop');
    const { errors } = await server.gql(
      CREATE,
      { input: workshopInput({ sessions: [{ heldOn: today, startsAt: '12:00', endsAt: '09:00' }] }) },
      { as: staff.OPERATOR },
    );
    expect(errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.sessions.0.endsAt',
      reason: 'sessionEndsBeforeStart',
    });
    expect(await countRows(server, 'workshop')).toBe(before);
  });

  it('refuses an empty schedule and an operator in charge from another ambito', async () => {
    const empty = await server.gql(CREATE, { input: workshopInput({ sessions: [] }) }, { as: staff.COORDINATOR });
    expect(empty.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'noSessions' });
    const elsewhere = await server.gql(
      CREATE,
      { input: workshopInput({ operatorInChargeId: staff.OPERATOR_ELSEWHERE }) },
      { as: staff.COORDINATOR },
    );
    expect(elsewhere.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.operatorInChargeId',
      reason: 'operatorNotCaseWorker',
    });
  });

  it('lets an operator create workshops only in their own ambito, and no one but case workers', async () => {
    const elsewhere = await server.gql(CREATE, { input: workshopInput() }, { as: staff.OPERATOR_ELSEWHERE });
    expect(elsewhere.errors![0].extensions!.code).toBe('FORBIDDEN');
    for (const role of ['EMPLOYER_LIAISON', 'ADMIN'] as const) {
      const { errors } = await server.gql(CREATE, { input: workshopInput() }, { as: staff[role] });
      expect(errors![0].extensions!.code).toBe('FORBIDDEN');
    }
  });
});

describe('who sees a workshop', () => {
  let workshopId: string;
  beforeAll(async () => {
    workshopId = (await create({ title: 'Laboratorio di cucina' })).id;
  });
  const LIST = `query($ambito: Int) { workshops(ambito: $ambito, first: 100) { totalCount edges { node { id ambitoNumber } } } }`;
  const NODE = `query($id: ID!) { node(id: $id) { ... on Workshop { id title } } }`;

  it('shows operators their own ambito’s workshops only, and the coordinator all', async () => {
    const mine = await server.gql(LIST, {}, { as: staff.OPERATOR });
    expect(mine.data!.workshops.edges.map((e: any) => e.node.id)).toContain(workshopId);
    const theirs = await server.gql(LIST, {}, { as: staff.OPERATOR_ELSEWHERE });
    expect(theirs.data!.workshops).toEqual({ totalCount: 0, edges: [] });
    const asked = await server.gql(LIST, { ambito: 1 }, { as: staff.OPERATOR_ELSEWHERE });
    expect(asked.errors![0].extensions!.code).toBe('NOT_FOUND');
    const all = await server.gql(LIST, {}, { as: staff.COORDINATOR });
    expect(all.data!.workshops.edges.map((e: any) => e.node.id)).toContain(workshopId);
  });

  it('adds a session to the schedule, refusing one that repeats a start, and not for another ambito', async () => {
    const ADD = `mutation($w: ID!, $input: WorkshopSessionInput!) { addWorkshopSession(workshopId: $w, input: $input) {
      heldOn startsAt workshop { sessions { heldOn } } } }`;
    const input = { heldOn: addDays(today, 14), startsAt: '09:00', endsAt: '11:00' };
    const added = await server.gql(ADD, { w: workshopId, input }, { as: staff.OPERATOR });
    expect(added.errors).toBeUndefined();
    expect(added.data!.addWorkshopSession.workshop.sessions.map((s: any) => s.heldOn)).toEqual([
      today,
      addDays(today, 14),
    ]);
    const again = await server.gql(ADD, { w: workshopId, input }, { as: staff.OPERATOR });
    expect(again.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input',
      reason: 'sessionRepeated',
    });
    const backwards = await server.gql(
      ADD,
      { w: workshopId, input: { ...input, heldOn: addDays(today, 15), endsAt: '08:00' } },
      { as: staff.OPERATOR },
    );
    expect(backwards.errors![0].extensions).toMatchObject({ field: 'input.endsAt', reason: 'sessionEndsBeforeStart' });
    const elsewhere = await server.gql(ADD, { w: workshopId, input }, { as: staff.OPERATOR_ELSEWHERE });
    expect(elsewhere.errors![0].extensions!.code).toBe('NOT_FOUND');
  });

  it('answers a workshop of another ambito as not found, by ID, and refuses it to other roles', async () => {
    expect((await server.gql(NODE, { id: workshopId }, { as: staff.OPERATOR })).data!.node.id).toBe(workshopId);
    expect((await server.gql(NODE, { id: workshopId }, { as: staff.OPERATOR_ELSEWHERE })).data!.node).toBeNull();
    const update = await server.gql(
      `mutation($id: ID!) { updateWorkshop(id: $id, input: { capacity: 5 }) { capacity } }`,
      { id: workshopId },
      { as: staff.OPERATOR_ELSEWHERE },
    );
    expect(update.errors![0].extensions!.code).toBe('NOT_FOUND');
    for (const role of ['EMPLOYER_LIAISON', 'ADMIN'] as const) {
      const { errors } = await server.gql(NODE, { id: workshopId }, { as: staff[role] });
      expect(errors![0].extensions!.code).toBe('FORBIDDEN');
      const list = await server.gql(LIST, {}, { as: staff[role] });
      expect(list.errors![0].extensions!.code).toBe('FORBIDDEN');
    }
  });
});

describe('enrolment', () => {
  let workshopId: string;
  const people: Record<string, string> = {};
  beforeAll(async () => {
    workshopId = (await create({ title: 'Laboratorio di legatoria', capacity: 2 })).id;
    people.first = await insertPersonInOrientation(server, { town: 'Brescia', familyName: 'Bertoli' });
    people.second = await insertPersonInOrientation(server, { town: 'Collebeato', familyName: 'Gatti' });
    people.third = await insertPersonInOrientation(server, { town: 'Brescia', familyName: 'Lanzini' });
    people.closed = await insertPersonInOrientation(server, {
      town: 'Brescia',
      familyName: 'Pasini',
      caseStatus: 'CLOSED',
    });
    people.working = await insertPersonInOrientation(server, {
      town: 'Brescia',
      familyName: 'Zanetti',
      caseStatus: 'PLACED',
    });
    people.elsewhere = await insertPersonInOrientation(server, { town: 'Rezzato', familyName: 'Ferrari' });
  });

  it('enrols people up to the capacity, then refuses as full and writes nothing', async () => {
    for (const key of ['first', 'second']) {
      const { data, errors } = await enrol(workshopId, people[key]);
      expect(errors).toBeUndefined();
      expect(data!.enrolInWorkshop).toMatchObject({ enrolledOn: today, beneficiary: { id: person(people[key]) } });
    }
    const before = await countRows(server, 'workshop_enrolment');
    const { errors } = await enrol(workshopId, people.third);
    expect(errors![0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'full', field: 'workshopId' });
    expect(await countRows(server, 'workshop_enrolment')).toBe(before);
  });

  it('takes a third person once the capacity is raised, and refuses to lower it below the people enrolled', async () => {
    const UPDATE = `mutation($id: ID!, $c: Int) { updateWorkshop(id: $id, input: { capacity: $c }) { capacity enrolledCount } }`;
    const raised = await server.gql(UPDATE, { id: workshopId, c: 3 }, { as: staff.OPERATOR });
    expect(raised.data!.updateWorkshop).toEqual({ capacity: 3, enrolledCount: 2 });
    expect((await enrol(workshopId, people.third)).errors).toBeUndefined();
    const lowered = await server.gql(UPDATE, { id: workshopId, c: 2 }, { as: staff.OPERATOR });
    expect(lowered.errors![0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'capacityBelowEnrolled' });
  });

  it('refuses the same person twice, a closed case and a person already at work', async () => {
    await server.gql(`mutation($id: ID!) { updateWorkshop(id: $id, input: { capacity: 10 }) { id } }`, {
      id: workshopId,
    });
    expect((await enrol(workshopId, people.first)).errors![0].extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'alreadyEnrolled',
    });
    for (const key of ['closed', 'working']) {
      expect((await enrol(workshopId, people[key])).errors![0].extensions).toMatchObject({
        code: 'CONFLICT',
        reason: 'caseNotAvailable',
        field: 'beneficiaryId',
      });
    }
  });

  it('refuses a person of another ambito: to the operator as not found, to the coordinator by the rule', async () => {
    expect((await enrol(workshopId, people.elsewhere)).errors![0].extensions!.code).toBe('NOT_FOUND');
    expect((await enrol(workshopId, people.elsewhere, staff.COORDINATOR)).errors![0].extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'otherAmbito',
    });
  });

  it('refuses enrolment once the last session is past', async () => {
    const [{ id }] = await server.dataSource.query(
      `INSERT INTO workshop (title, theme, ambito_number, municipality_id, capacity, operator_in_charge_id)
       SELECT 'Laboratorio concluso', 'Orto', 1, $1, 5, id FROM operator WHERE id = $2 RETURNING id`,
      [fromGlobal(towns.Brescia), fromGlobal(staff.OPERATOR)],
    );
    await server.dataSource.query(
      `INSERT INTO workshop_session (workshop_id, held_on, starts_at, ends_at) VALUES ($1, $2, '09:00', '11:00')`,
      [id, addDays(today, -3)],
    );
    const { errors } = await enrol(toGlobalId('Workshop', id), people.second);
    expect(errors![0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'workshopOver' });
  });

  it('keeps enrolments as case data: audited with the person, hidden from liaisons', async () => {
    const [row] = await server.dataSource.query(
      `SELECT operator_id FROM audit_event WHERE record_type = 'workshop_enrolment' AND action = 'INSERT' AND beneficiary_id = $1`,
      [people.first],
    );
    expect(row.operator_id).toBe(fromGlobal(staff.OPERATOR));
    const Q = `query($id: ID!) { node(id: $id) { ... on Beneficiary { familyName workshopEnrolments { workshop { title } } } } }`;
    const liaison = await server.gql(Q, { id: person(people.first) }, { as: staff.EMPLOYER_LIAISON });
    expect(liaison.data!.node).toEqual({ familyName: 'Bertoli', workshopEnrolments: null });
    const operator = await server.gql(Q, { id: person(people.first) }, { as: staff.OPERATOR });
    expect(operator.data!.node.workshopEnrolments).toEqual([{ workshop: { title: 'Laboratorio di legatoria' } }]);
  });
});

function fromGlobal(id: string): string {
  return fromGlobalId(id)!.id;
}

describe('attendance, the worklist, and observations that matching uses', () => {
  let workshop: any;
  const people: Record<string, string> = {};
  let openingId: string;
  const WORKLIST = `query($asOf: LocalDate) { myWorklist(asOf: $asOf) { kind dueOn summary beneficiary { id }
    workshopSession { id workshop { title } } } }`;
  const MATCH = `query($id: ID!) { matchCandidates(openingId: $id, includeExcluded: true) {
    matches { beneficiary { id } } excluded { beneficiary { id } reasons { code } } } }`;

  beforeAll(async () => {
    workshop = await create({
      title: 'Laboratorio di montaggio',
      capacity: 5,
      skillIds: [toGlobalId('Skill', skill.MAN_ASSEMBLY)],
      sessions: [{ heldOn: today, startsAt: '09:00', endsAt: '12:00' }],
    });
    people.present = await insertPersonInOrientation(server, { town: 'Brescia', familyName: 'Rinaldi' });
    people.absent = await insertPersonInOrientation(server, { town: 'Brescia', familyName: 'Sala' });
    for (const key of ['present', 'absent']) expect((await enrol(workshop.id, people[key])).errors).toBeUndefined();
    openingId = toGlobalId(
      'Opening',
      await insertOpeningNeedingSkill(server, {
        town: 'Brescia',
        skillId: skill.MAN_ASSEMBLY,
        minimumLevel: 2,
        legalName: 'Montaggi Bresciani S.r.l.',
        partitaIvaSeed: 1,
      }),
    );
  });

  it('shows the held session on the worklist of the operator in charge only', async () => {
    const { data } = await server.gql(WORKLIST, { asOf: today }, { as: staff.OPERATOR });
    const items = data!.myWorklist.filter((i: any) => i.workshopSession?.id === workshop.sessions[0].id);
    expect(items).toEqual([
      {
        kind: 'WORKSHOP_SESSION_TO_RECORD',
        dueOn: today,
        summary: expect.any(String),
        beneficiary: null,
        workshopSession: { id: workshop.sessions[0].id, workshop: { title: 'Laboratorio di montaggio' } },
      },
    ]);
    const others = await server.gql(WORKLIST, { asOf: today }, { as: staff.OPERATOR_ELSEWHERE });
    expect(others.data!.myWorklist.filter((i: any) => i.kind === 'WORKSHOP_SESSION_TO_RECORD')).toEqual([]);
  });

  it('refuses a sheet that leaves someone out, or names someone not enrolled, and writes nothing', async () => {
    const missing = await server.gql(
      ATTENDANCE,
      { s: workshop.sessions[0].id, a: [{ beneficiaryId: person(people.present), status: 'PRESENT' }] },
      { as: staff.OPERATOR },
    );
    expect(missing.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'attendanceMissing' });
    const stranger = await insertPersonInOrientation(server, { town: 'Brescia', familyName: 'Tonoli' });
    const extra = await server.gql(
      ATTENDANCE,
      {
        s: workshop.sessions[0].id,
        a: [
          { beneficiaryId: person(people.present), status: 'PRESENT' },
          { beneficiaryId: person(people.absent), status: 'ABSENT' },
          { beneficiaryId: person(stranger), status: 'PRESENT' },
        ],
      },
      { as: staff.OPERATOR },
    );
    expect(extra.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'attendanceNotEnrolled',
      field: 'attendance.2.beneficiaryId',
    });
    expect(await countRows(server, 'workshop_attendance')).toBe(0);
  });

  it('records the sheet, which clears the worklist item', async () => {
    const { data, errors } = await server.gql(
      ATTENDANCE,
      {
        s: workshop.sessions[0].id,
        a: [
          { beneficiaryId: person(people.present), status: 'PRESENT' },
          { beneficiaryId: person(people.absent), status: 'EXCUSED' },
        ],
      },
      { as: staff.OPERATOR },
    );
    expect(errors).toBeUndefined();
    expect(data!.recordWorkshopAttendance.attendanceRecordedAt).not.toBeNull();
    expect(data!.recordWorkshopAttendance.attendance.map((a: any) => [a.beneficiary.id, a.status]).sort()).toEqual(
      [
        [person(people.present), 'PRESENT'],
        [person(people.absent), 'EXCUSED'],
      ].sort(),
    );
    const after = await server.gql(WORKLIST, { asOf: today }, { as: staff.OPERATOR });
    expect(after.data!.myWorklist.filter((i: any) => i.workshopSession?.id === workshop.sessions[0].id)).toEqual([]);
  });

  it('answers another ambito’s operator as if the session, workshop and people did not exist, writing nothing', async () => {
    const footprint = async () =>
      (await server.dataSource.query(`SELECT count(*)::int AS n FROM audit_event WHERE action <> 'READ'`))[0].n;
    const before = await footprint();
    const theirOwn = await insertPersonInOrientation(server, { town: 'Rezzato', familyName: 'Pedrali' });
    const afterFixture = await footprint();
    const session = await server.gql(
      `query($id: ID!) { node(id: $id) { ... on WorkshopSession { heldOn } } }`,
      { id: workshop.sessions[0].id },
      { as: staff.OPERATOR_ELSEWHERE },
    );
    expect(session.data!.node).toBeNull();
    const attempts = [
      server.gql(
        ATTENDANCE,
        { s: workshop.sessions[0].id, a: [{ beneficiaryId: person(people.present), status: 'ABSENT' }] },
        { as: staff.OPERATOR_ELSEWHERE },
      ),
      enrol(workshop.id, theirOwn, staff.OPERATOR_ELSEWHERE),
      server.gql(
        OBSERVE,
        {
          w: workshop.id,
          b: person(people.present),
          o: [{ skillId: toGlobalId('Skill', skill.MAN_ASSEMBLY), level: 1 }],
        },
        { as: staff.OPERATOR_ELSEWHERE },
      ),
    ];
    for (const { errors } of await Promise.all(attempts)) expect(errors![0].extensions!.code).toBe('NOT_FOUND');
    expect(afterFixture).toBeGreaterThan(before);
    expect(await footprint()).toBe(afterFixture);
  });

  it('refuses an observation of a skill the workshop does not exercise, or of someone never present', async () => {
    const other = await server.gql(
      OBSERVE,
      { w: workshop.id, b: person(people.present), o: [{ skillId: toGlobalId('Skill', skill.LOG_PICKING), level: 3 }] },
      { as: staff.OPERATOR },
    );
    expect(other.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'skillNotExercised',
      field: 'observations.0.skillId',
    });
    const absent = await server.gql(
      OBSERVE,
      { w: workshop.id, b: person(people.absent), o: [{ skillId: toGlobalId('Skill', skill.MAN_ASSEMBLY), level: 3 }] },
      { as: staff.OPERATOR },
    );
    expect(absent.errors![0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'neverPresent' });
    expect(await countRows(server, 'workshop_observation')).toBe(0);
  });

  it('makes the observed skill evidence "proven in a workshop", so matching now ranks the person', async () => {
    const before = await server.gql(MATCH, { id: openingId }, { as: staff.COORDINATOR });
    expect(before.errors).toBeUndefined();
    expect(before.data!.matchCandidates.matches.map((m: any) => m.beneficiary.id)).not.toContain(
      person(people.present),
    );
    expect(
      before.data!.matchCandidates.excluded.find((e: any) => e.beneficiary.id === person(people.present)).reasons,
    ).toEqual([{ code: 'INDISPENSABLE_SKILL' }]);

    const { data, errors } = await server.gql(
      OBSERVE,
      {
        w: workshop.id,
        b: person(people.present),
        o: [{ skillId: toGlobalId('Skill', skill.MAN_ASSEMBLY), level: 3, note: 'Autonomo dopo la seconda ora' }],
      },
      { as: staff.OPERATOR },
    );
    expect(errors).toBeUndefined();
    expect(data!.recordWorkshopObservations.observations).toEqual([
      { level: 3, note: 'Autonomo dopo la seconda ora', observedOn: today, skill: { code: 'MAN_ASSEMBLY' } },
    ]);
    const skills = await server.gql(
      `query($id: ID!) { node(id: $id) { ... on Beneficiary { skills { level source assessedOn skill { code } } } } }`,
      { id: person(people.present) },
      { as: staff.OPERATOR },
    );
    expect(skills.data!.node.skills).toEqual([
      { level: 3, source: 'PROVEN_IN_WORKSHOP', assessedOn: today, skill: { code: 'MAN_ASSEMBLY' } },
    ]);
    const after = await server.gql(MATCH, { id: openingId }, { as: staff.COORDINATOR });
    expect(after.data!.matchCandidates.matches.map((m: any) => m.beneficiary.id)).toContain(person(people.present));
  });

  it('keeps the observation note for case workers, audits its reads, and hides it from others', async () => {
    const Q = `query($id: ID!) { node(id: $id) { ... on Beneficiary { workshopEnrolments { observations { level note } } } } }`;
    const coordinator = await server.gql(Q, { id: person(people.present) }, { as: staff.COORDINATOR });
    expect(coordinator.data!.node.workshopEnrolments[0].observations).toEqual([
      { level: 3, note: 'Autonomo dopo la seconda ora' },
    ]);
    const reads = await server.dataSource.query(
      `SELECT fields FROM audit_event WHERE action = 'READ' AND record_type = 'WorkshopObservation'
         AND operator_id = $1 AND beneficiary_id = $2`,
      [server.coordinatorId, people.present],
    );
    expect(reads).toEqual([{ fields: ['note'] }]);
    const elsewhere = await server.gql(Q, { id: person(people.present) }, { as: staff.OPERATOR_ELSEWHERE });
    expect(elsewhere.data!.node).toBeNull();
    const observationId = (
      await server.dataSource.query(`SELECT id FROM workshop_observation WHERE beneficiary_id = $1`, [people.present])
    )[0].id;
    const liaison = await server.gql(
      `query($id: ID!) { node(id: $id) { id } }`,
      { id: toGlobalId('WorkshopObservation', observationId) },
      { as: staff.EMPLOYER_LIAISON },
    );
    expect(liaison.errors![0].extensions!.code).toBe('FORBIDDEN');
  });
});

describe('statistics: workshops and participants per ambito and year', () => {
  const STATS = `query($year: Int!, $ambito: Int) { serviceStatistics(year: $year, ambito: $ambito) {
    workshops { ambito workshopsHeld sessionsHeld participants } } }`;

  beforeAll(async () => {
    const first = await create({
      title: 'Laboratorio 2030 A',
      sessions: [
        { heldOn: '2030-03-02', startsAt: '09:00', endsAt: '12:00' },
        { heldOn: '2030-03-09', startsAt: '09:00', endsAt: '12:00' },
      ],
    });
    const second = await create({
      title: 'Laboratorio a cavallo d’anno',
      sessions: [
        { heldOn: '2030-12-30', startsAt: '09:00', endsAt: '12:00' },
        { heldOn: '2031-01-05', startsAt: '09:00', endsAt: '12:00' },
      ],
    });
    const elsewhere = await create(
      {
        title: 'Laboratorio di Rezzato',
        municipalityId: towns.Rezzato,
        operatorInChargeId: staff.OPERATOR_ELSEWHERE,
        sessions: [{ heldOn: '2030-05-04', startsAt: '14:00', endsAt: '16:00' }],
      },
      staff.COORDINATOR,
    );
    const a = await insertPersonInOrientation(server, { town: 'Brescia', familyName: 'Vezzoli' });
    const b = await insertPersonInOrientation(server, { town: 'Collebeato', familyName: 'Archetti' });
    const c = await insertPersonInOrientation(server, { town: 'Rezzato', familyName: 'Bonomi' });
    for (const [w, p] of [
      [first.id, a],
      [first.id, b],
      [second.id, a],
      [elsewhere.id, c],
    ]) {
      expect((await enrol(w, p, staff.COORDINATOR)).errors).toBeUndefined();
    }
  });

  it('counts workshops held in the year, their sessions and the distinct people enrolled', async () => {
    const { data, errors } = await server.gql(STATS, { year: 2030 }, { as: staff.COORDINATOR });
    expect(errors).toBeUndefined();
    expect(data!.serviceStatistics.workshops).toEqual([
      { ambito: 1, workshopsHeld: 2, sessionsHeld: 3, participants: 2 },
      { ambito: 3, workshopsHeld: 1, sessionsHeld: 1, participants: 1 },
      { ambito: null, workshopsHeld: 3, sessionsHeld: 4, participants: 3 },
    ]);
    const next = await server.gql(STATS, { year: 2031, ambito: 1 }, { as: staff.COORDINATOR });
    expect(next.data!.serviceStatistics.workshops).toEqual([
      { ambito: 1, workshopsHeld: 1, sessionsHeld: 1, participants: 1 },
      { ambito: null, workshopsHeld: 1, sessionsHeld: 1, participants: 1 },
    ]);
  });

  it('are for the coordinator only', async () => {
    for (const role of ['OPERATOR', 'EMPLOYER_LIAISON', 'ADMIN'] as const) {
      const { errors } = await server.gql(STATS, { year: 2030 }, { as: staff[role] });
      expect(errors![0].extensions!.code).toBe('FORBIDDEN');
    }
  });
});
