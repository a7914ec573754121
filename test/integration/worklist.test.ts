import { toGlobalId } from '../../src/graphql/relay';
import { completePartitaIva } from '../../src/modules/employers/partita-iva';
import { addDays } from '../../src/config/calendar';
import { createOperator, insertEmployer } from '../helpers/fixtures';
import { startTestServer, TestServer } from '../helpers/test-server';

/** Everything is dated relative to this day, passed as `asOf`. */
const AS_OF = '2026-06-15';
const day = (offset: number) => addDays(AS_OF, offset);
/** A day as Italian text says it: "15 giugno 2026". */
const inItalian = (isoDay: string) =>
  new Intl.DateTimeFormat('it-IT', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${isoDay}T00:00:00Z`),
  );
const at = (offset: number) => `${day(offset)}T10:00:00+02:00`;

let server: TestServer;
let me: string;
let colleague: string;
let employerId: string;
const meHeader = () => ({ as: toGlobalId('Operator', me) });
const raw = (globalId: string) => Buffer.from(globalId, 'base64url').toString().split(':')[1];

let cf = 0;
async function insertPerson(options: {
  familyName: string;
  town?: string;
  assignedTo: string | null;
  steps: Array<[string, number]>;
}): Promise<string> {
  const code = `WKLST${String(++cf).padStart(11, '0')}`;
  const status = options.steps[options.steps.length - 1][0];
  const opened = [...options.steps].reverse().find(([s]) => s === 'REFERRED')![1];
  const [row] = await server.dataSource.query(
    `INSERT INTO beneficiary (codice_fiscale, given_name, family_name, birth_date, residence_municipality_id, assigned_operator_id,
                              case_status, case_opened_at)
     SELECT $1, 'Anna', $2, '1988-03-04', m.id, $3, $4, $5 FROM municipality m WHERE m.name = $6 RETURNING id`,
    [code, options.familyName, options.assignedTo, status, at(opened), options.town ?? 'Brescia'],
  );
  let from: string | null = null;
  for (const [to, offset] of options.steps) {
    await server.dataSource.query(
      `INSERT INTO case_status_change (beneficiary_id, from_status, to_status, changed_at, reason) VALUES ($1, $2, $3, $4, 'seed')`,
      [row.id, from, to, at(offset)],
    );
    from = to;
  }
  await server.dataSource.query(
    `INSERT INTO referral (beneficiary_id, service_kind, service_name, referred_on, reason, opened_case)
     VALUES ($1, 'MUNICIPAL_SOCIAL_SERVICE', 'Servizi sociali', $2, 'Invio', true)`,
    [row.id, day(opened)],
  );
  return row.id;
}

async function insertPlacement(options: {
  beneficiaryId: string;
  kind: string;
  startsOn: number;
  plannedEndOn: number | null;
  tutorId: string;
  visits?: Array<{ status: 'PLANNED' | 'DONE'; on: number; outcome?: string; operatorId?: string }>;
}): Promise<string> {
  const [row] = await server.dataSource.query(
    `INSERT INTO placement (beneficiary_id, employer_id, kind, status, starts_on, planned_end_on, weekly_hours, tutor_id,
                            contract_type, started_at)
     VALUES ($1, $2, $3, 'ACTIVE', $4, $5, 20, $6, $7, $8) RETURNING id`,
    [
      options.beneficiaryId,
      employerId,
      options.kind,
      day(options.startsOn),
      options.plannedEndOn === null ? null : day(options.plannedEndOn),
      options.tutorId,
      ['HIRING', 'CONTRACT_RENEWAL'].includes(options.kind) ? 'PERMANENT' : null,
      at(options.startsOn),
    ],
  );
  await server.dataSource.query(
    `INSERT INTO placement_status_change (placement_id, from_status, to_status, effective_on, changed_at) VALUES ($1, 'PROPOSED', 'ACTIVE', $2, $3)`,
    [row.id, day(options.startsOn), at(options.startsOn)],
  );
  for (const v of options.visits ?? []) {
    await server.dataSource.query(
      `INSERT INTO monitoring_visit (placement_id, status, planned_on, done_on, operator_id, outcome) VALUES ($1, $2, $3, $4, $5, $6)`,
      [
        row.id,
        v.status,
        day(v.on),
        v.status === 'DONE' ? day(v.on) : null,
        v.operatorId ?? options.tutorId,
        v.outcome ?? null,
      ],
    );
  }
  return row.id;
}

const WORKLIST = `query($asOf: LocalDate) { myWorklist(asOf: $asOf) {
  kind urgency dueOn daysOverdue atRisk summary beneficiary { familyName } placement { kind } visit { plannedOn } referral { referredOn } } }`;

beforeAll(async () => {
  server = await startTestServer();
  me = raw(await createOperator(server, { email: 'me@giustaoccupazione.example', ambito: 1 }));
  colleague = raw(await createOperator(server, { email: 'colleague@giustaoccupazione.example', ambito: 3 }));
  employerId = await insertEmployer(server, {
    legalName: 'Cooperativa Il Ponte',
    partitaIva: completePartitaIva('0300000001'),
    legalForm: 'COOPERATIVE',
    kind: 'SOCIAL_COOPERATIVE_B',
    atecoCode: '81.21',
    sector: 'CLEANING_FACILITY',
  });

  const recent: Array<[string, number]> = [
    ['REFERRED', -120],
    ['INTAKE', -110],
    ['ORIENTATION', -100],
  ];
  // At risk, with a planned visit 3 days overdue.
  const atRisk = await insertPerson({ familyName: 'Rischio', assignedTo: me, steps: [...recent, ['INTERNSHIP', -40]] });
  await insertPlacement({
    beneficiaryId: atRisk,
    kind: 'TIROCINIO_INCLUSIONE',
    startsOn: -40,
    plannedEndOn: 100,
    tutorId: me,
    visits: [
      { status: 'DONE', on: -17, outcome: 'AT_RISK' },
      { status: 'PLANNED', on: -3 },
    ],
  });
  // A hiring with no visit at all: due by the rhythm 14 days after its start.
  const hired = await insertPerson({ familyName: 'Assunto', assignedTo: me, steps: [...recent, ['PLACED', -20]] });
  await insertPlacement({ beneficiaryId: hired, kind: 'HIRING', startsOn: -20, plannedEndOn: null, tutorId: me });
  // An internship ending in 10 days; its next visit is planned after the horizon.
  const ending = await insertPerson({ familyName: 'Finale', assignedTo: me, steps: [...recent, ['INTERNSHIP', -5]] });
  await insertPlacement({
    beneficiaryId: ending,
    kind: 'WORK_TRIAL',
    startsOn: -5,
    plannedEndOn: 10,
    tutorId: me,
    visits: [{ status: 'PLANNED', on: 30 }],
  });
  // Referrals: mine waiting 20 days; unassigned in my ambito waiting 40 days; unassigned in Ambito 3; mine but recent.
  await insertPerson({ familyName: 'Attesa', assignedTo: me, steps: [['REFERRED', -20]] });
  await insertPerson({ familyName: 'Lunga', assignedTo: null, steps: [['REFERRED', -40]] });
  await insertPerson({ familyName: 'Altrove', assignedTo: null, town: 'Rezzato', steps: [['REFERRED', -40]] });
  await insertPerson({ familyName: 'Recente', assignedTo: me, steps: [['REFERRED', -5]] });
  // No contact for 70 days; and someone seen 10 days ago.
  await insertPerson({
    familyName: 'Silenzio',
    assignedTo: me,
    steps: [
      ['REFERRED', -200],
      ['INTAKE', -80],
      ['ORIENTATION', -70],
    ],
  });
  await insertPerson({
    familyName: 'Seguito',
    assignedTo: me,
    steps: [
      ['REFERRED', -200],
      ['INTAKE', -80],
      ['ORIENTATION', -10],
    ],
  });
  // The colleague's people never show up in my list.
  const theirs = await insertPerson({
    familyName: 'Collega',
    assignedTo: colleague,
    town: 'Rezzato',
    steps: [
      ['REFERRED', -200],
      ['INTAKE', -190],
      ['ORIENTATION', -180],
    ],
  });
  await insertPlacement({
    beneficiaryId: theirs,
    kind: 'HIRING',
    startsOn: -90,
    plannedEndOn: null,
    tutorId: colleague,
  });
});
afterAll(() => server.close());

describe('myWorklist', () => {
  it('lists what is due for the acting operator, most urgent first', async () => {
    const { data, errors } = await server.gql(WORKLIST, { asOf: AS_OF }, meHeader());
    expect(errors).toBeUndefined();
    const items = data!.myWorklist;
    expect(items.map((i: any) => `${i.kind}:${i.beneficiary.familyName}`)).toEqual([
      'VISIT_DUE:Rischio',
      'VISIT_DUE:Assunto',
      'REFERRAL_WAITING:Lunga',
      'REFERRAL_WAITING:Attesa',
      'NO_CONTACT:Silenzio',
      'INTERNSHIP_ENDING:Finale',
    ]);
    expect(items[0]).toMatchObject({
      urgency: 'OVERDUE',
      atRisk: true,
      dueOn: day(-3),
      daysOverdue: 3,
      visit: { plannedOn: day(-3) },
      placement: { kind: 'TIROCINIO_INCLUSIONE' },
    });
    expect(items[1]).toMatchObject({
      urgency: 'OVERDUE',
      atRisk: false,
      dueOn: day(-6),
      visit: null,
      placement: { kind: 'HIRING' },
    });
    expect(items[2]).toMatchObject({ dueOn: day(-25), daysOverdue: 25, referral: { referredOn: day(-40) } });
    expect(items[3]).toMatchObject({ dueOn: day(-5), daysOverdue: 5 });
    expect(items[4]).toMatchObject({
      urgency: 'OVERDUE',
      dueOn: day(-10),
      summary: `Nessun contatto dal ${inItalian(day(-70))}`,
    });
    expect(items[5]).toMatchObject({
      urgency: 'UPCOMING',
      dueOn: day(10),
      daysOverdue: -10,
      placement: { kind: 'WORK_TRIAL' },
    });
  });

  it('counts a visit done as contact and completes the visit item', async () => {
    const [visit] = await server.dataSource.query(
      `SELECT v.id, v.placement_id FROM monitoring_visit v JOIN placement p ON p.id = v.placement_id JOIN beneficiary b ON b.id = p.beneficiary_id
       WHERE b.family_name = 'Rischio' AND v.status = 'PLANNED'`,
    );
    await server.dataSource.query(
      `UPDATE monitoring_visit SET status = 'DONE', done_on = $2, outcome = 'GOING_WELL' WHERE id = $1`,
      [visit.id, day(-1)],
    );
    const { data } = await server.gql(WORKLIST, { asOf: AS_OF }, meHeader());
    // The next visit is due 14 days after the one just done: beyond the 7-day horizon.
    expect(data!.myWorklist.map((i: any) => i.beneficiary.familyName)).not.toContain('Rischio');
  });

  it('follows the configurable thresholds', async () => {
    const settings =
      await server.gql(`mutation { updateWorklistSettings(input: { referralWaitingDays: 30, internshipEndingDays: 5 }) {
      referralWaitingDays noContactDays internshipEndingDays visitAheadDays } }`);
    expect(settings.data!.updateWorklistSettings).toEqual({
      referralWaitingDays: 30,
      noContactDays: 60,
      internshipEndingDays: 5,
      visitAheadDays: 7,
    });
    const { data } = await server.gql(WORKLIST, { asOf: AS_OF }, meHeader());
    expect(data!.myWorklist.map((i: any) => `${i.kind}:${i.beneficiary.familyName}`)).toEqual([
      'VISIT_DUE:Assunto',
      'REFERRAL_WAITING:Lunga',
      'NO_CONTACT:Silenzio',
    ]);
    await server.gql(
      `mutation { updateWorklistSettings(input: { referralWaitingDays: 15, internshipEndingDays: 30 }) { referralWaitingDays } }`,
    );
    const refused = await server.gql(
      `mutation { updateWorklistSettings(input: { noContactDays: null }) { noContactDays } }`,
    );
    expect(refused.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
  });

  it('shows the colleague their own items only', async () => {
    const { data } = await server.gql(WORKLIST, { asOf: AS_OF }, { as: toGlobalId('Operator', colleague) });
    expect(data!.myWorklist.map((i: any) => `${i.kind}:${i.beneficiary.familyName}`)).toEqual([
      'VISIT_DUE:Collega',
      'REFERRAL_WAITING:Altrove',
      'NO_CONTACT:Collega',
    ]);
  });

  it('leaves out a person who has moved to the other ambito: for the operator they no longer exist', async () => {
    const move = (town: string) =>
      server.dataSource.query(
        `UPDATE beneficiary SET residence_municipality_id = (SELECT id FROM municipality WHERE name = $1) WHERE family_name = 'Collega'`,
        [town],
      );
    await move('Brescia');
    try {
      const { data, errors } = await server.gql(WORKLIST, { asOf: AS_OF }, { as: toGlobalId('Operator', colleague) });
      expect(errors).toBeUndefined();
      expect(data!.myWorklist.map((i: any) => `${i.kind}:${i.beneficiary.familyName}`)).toEqual([
        'REFERRAL_WAITING:Altrove',
      ]);
    } finally {
      await move('Rezzato');
    }
  });

  it('needs to know who is asking', async () => {
    const { errors } = await server.gql(WORKLIST, { asOf: AS_OF }, { as: null });
    expect(errors![0].extensions).toMatchObject({ code: 'UNAUTHENTICATED' });
  });
});
