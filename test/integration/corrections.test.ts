import { toGlobalId } from '../../src/graphql/relay';
import { addDays, todayInItaly } from '../../src/config/calendar';
import { createOperator, insertRow, municipalityIds, person, RECEIVE_REFERRAL, REFERRAL } from '../helpers/fixtures';
import { insertPersonWithCase, PersonCase, silenceCase } from '../helpers/case-fixtures';
import { startTestServer, TestServer } from '../helpers/test-server';

/*
 * Corrections (issue 19 §4) over GraphQL for every role: reopening a case closed by mistake, withdrawing a proposal,
 * voiding a referral, another operator's worklist and handing a caseload over.
 */

let server: TestServer;
let towns: Record<string, string>;
let operator: string;
let colleague: string;
let otherAmbito: string;
let liaison: string;
const raw = (globalId: string) => Buffer.from(globalId, 'base64url').toString().split(':')[1];
const gid = (type: string, id: string) => toGlobalId(type, id);
const code = (answer: { errors?: Array<{ extensions?: Record<string, any> }> }) => answer.errors?.[0].extensions?.code;

const REOPEN = `mutation($id: ID!, $reason: String!) { reopenCase(beneficiaryId: $id, reason: $reason) {
  caseStatus caseHistory { fromStatus toStatus reason changedBy { email } } } }`;
const CLOSE = `mutation($id: ID!) { closeCase(beneficiaryId: $id, reason: "Chiuso") { caseStatus } }`;
const VOID = `mutation($id: ID!, $reason: String!) { voidReferral(id: $id, reason: $reason) {
  id voidedAt voidReason beneficiary { caseStatus caseHistory { toStatus reason } referrals { id voidedAt } } } }`;

beforeAll(async () => {
  server = await startTestServer();
  towns = await municipalityIds(server);
  operator = await createOperator(server, { email: 'op.uno@giustaoccupazione.example', ambito: 1 });
  colleague = await createOperator(server, { email: 'op.collega@giustaoccupazione.example', ambito: 1 });
  otherAmbito = await createOperator(server, { email: 'op.tre@giustaoccupazione.example', ambito: 3 });
  liaison = await createOperator(server, {
    email: 'liaison@giustaoccupazione.example',
    role: 'EMPLOYER_LIAISON',
    ambito: 1,
  });
});
afterAll(() => server.close());

describe('reopenCase', () => {
  let closed: PersonCase;
  const id = () => gid('Beneficiary', closed.beneficiaryId);

  beforeAll(async () => {
    closed = await insertPersonWithCase(server, { town: 'Brescia', familyName: 'Riaperta' });
    await server.dataSource.query(`UPDATE beneficiary SET case_status = 'INTERNSHIP' WHERE id = $1`, [
      closed.beneficiaryId,
    ]);
    const { errors } = await server.gql(CLOSE, { id: id() }, { as: operator });
    expect(errors).toBeUndefined();
  });

  it('is the coordinator’s alone', async () => {
    const reason = 'Chiuso per errore';
    for (const as of [operator, liaison, server.adminId, otherAmbito]) {
      expect(code(await server.gql(REOPEN, { id: id(), reason }, { as }))).toBe('FORBIDDEN');
    }
    const [{ case_status }] = await server.dataSource.query(`SELECT case_status FROM beneficiary WHERE id = $1`, [
      closed.beneficiaryId,
    ]);
    expect(case_status).toBe('CLOSED');
  });

  it('reopens within the period, back to the status it was closed from, in history and audit', async () => {
    const { data, errors } = await server.gql(REOPEN, { id: id(), reason: 'Chiuso per errore: il tirocinio continua' });
    expect(errors).toBeUndefined();
    expect(data!.reopenCase.caseStatus).toBe('INTERNSHIP');
    expect(data!.reopenCase.caseHistory.slice(-2)).toEqual([
      {
        fromStatus: 'INTERNSHIP',
        toStatus: 'CLOSED',
        reason: 'Chiuso',
        changedBy: { email: 'op.uno@giustaoccupazione.example' },
      },
      {
        fromStatus: 'CLOSED',
        toStatus: 'INTERNSHIP',
        reason: 'Chiuso per errore: il tirocinio continua',
        changedBy: { email: 'prova.coordinamento@giustaoccupazione.example' },
      },
    ]);
    const audit = await server.dataSource.query(
      `SELECT record_type, action FROM audit_event WHERE operation = 'reopenCase' AND beneficiary_id = $1 AND action <> 'READ' ORDER BY id`,
      [closed.beneficiaryId],
    );
    expect(audit).toEqual([
      { record_type: 'beneficiary', action: 'UPDATE' },
      { record_type: 'case_status_change', action: 'INSERT' },
    ]);
  });

  it('refuses a case that is not closed, and a blank reason', async () => {
    expect(code(await server.gql(REOPEN, { id: id(), reason: 'Di nuovo' }))).toBe('CONFLICT');
    await server.gql(CLOSE, { id: id() });
    expect((await server.gql(REOPEN, { id: id(), reason: '  ' })).errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'reason',
    });
  });

  it('reopens on the last day of the period, not the day after', async () => {
    const days = server.config.caseWork.caseReopenDays;
    const closeAgo = (n: number) =>
      server.dataSource.query(
        `UPDATE case_status_change SET changed_at = (($2::date + time '12:00') AT TIME ZONE 'Europe/Rome')
         WHERE beneficiary_id = $1 AND to_status = 'CLOSED'`,
        [closed.beneficiaryId, addDays(todayInItaly(), -n)],
      );
    await closeAgo(days + 1);
    const late = await server.gql(REOPEN, { id: id(), reason: 'Troppo tardi' });
    expect(code(late)).toBe('CONFLICT');
    await closeAgo(days);
    expect((await server.gql(REOPEN, { id: id(), reason: 'Ultimo giorno' })).errors).toBeUndefined();
  });
});

describe('withdrawing a proposal', () => {
  it('ends it WITHDRAWN with its reason, distinct from ENDED_EARLY, with no case move', async () => {
    const p = await insertPersonWithCase(server, { town: 'Brescia', familyName: 'Proposta' });
    const placementId = await insertRow(server, 'placement', {
      beneficiary_id: p.beneficiaryId,
      employer_id: p.employerId,
      opening_id: p.openingId,
      kind: 'HIRING',
      starts_on: addDays(todayInItaly(), 20),
      weekly_hours: 20,
      contract_type: 'PERMANENT',
      status: 'PROPOSED',
    });
    const CHANGE = `mutation($id: ID!, $input: ChangePlacementStatusInput!) { changePlacementStatus(id: $id, input: $input) {
      status endReason endedOn allowedNextStatuses beneficiary { caseStatus } history { fromStatus toStatus reason } } }`;
    const id = gid('Placement', placementId);
    const input = { status: 'WITHDRAWN', reason: 'L’azienda ha scelto un altro candidato' };
    expect(code(await server.gql(CHANGE, { id, input }, { as: liaison }))).toBe('FORBIDDEN');
    expect(code(await server.gql(CHANGE, { id, input }, { as: otherAmbito }))).toBe('NOT_FOUND');
    const { data, errors } = await server.gql(CHANGE, { id, input }, { as: operator });
    expect(errors).toBeUndefined();
    expect(data!.changePlacementStatus).toMatchObject({
      status: 'WITHDRAWN',
      endReason: 'L’azienda ha scelto un altro candidato',
      endedOn: null,
      allowedNextStatuses: [],
      beneficiary: { caseStatus: 'ORIENTATION' },
    });
    expect(data!.changePlacementStatus.history.slice(-1)).toEqual([
      { fromStatus: 'PROPOSED', toStatus: 'WITHDRAWN', reason: 'L’azienda ha scelto un altro candidato' },
    ]);
  });
});

describe('voidReferral', () => {
  it('voids a referral that opened a case nothing has happened in, closing the case and keeping the record', async () => {
    const newBeneficiary = person({
      givenName: 'Marco',
      familyName: 'Sbagliato',
      birthDate: '1990-02-03',
      residenceMunicipalityId: towns['Brescia'],
    });
    const received = await server.gql(
      RECEIVE_REFERRAL,
      { input: { referral: REFERRAL, newBeneficiary } },
      { as: operator },
    );
    const referralId = received.data!.receiveReferral.referral.id;
    expect(code(await server.gql(VOID, { id: referralId, reason: 'Persona sbagliata' }, { as: liaison }))).toBe(
      'FORBIDDEN',
    );
    expect(code(await server.gql(VOID, { id: referralId, reason: 'Persona sbagliata' }, { as: otherAmbito }))).toBe(
      'NOT_FOUND',
    );
    const { data, errors } = await server.gql(VOID, { id: referralId, reason: 'Inviato per errore' }, { as: operator });
    expect(errors).toBeUndefined();
    expect(data!.voidReferral.voidReason).toBe('Inviato per errore');
    expect(data!.voidReferral.voidedAt).not.toBeNull();
    expect(data!.voidReferral.beneficiary.caseStatus).toBe('CLOSED');
    expect(data!.voidReferral.beneficiary.caseHistory.map((c: any) => c.toStatus)).toEqual(['REFERRED', 'CLOSED']);
    expect(data!.voidReferral.beneficiary.referrals).toEqual([
      { id: referralId, voidedAt: data!.voidReferral.voidedAt },
    ]);
    expect(code(await server.gql(VOID, { id: referralId, reason: 'Ancora' }, { as: operator }))).toBe('CONFLICT');
  });

  it('refuses the referral that opened a case that has moved on; voids one that joined it, the case unchanged', async () => {
    const p = await insertPersonWithCase(server, { town: 'Brescia', familyName: 'Avanzata' });
    const opening = gid('Referral', p.records.Referral);
    const refused = await server.gql(VOID, { id: opening, reason: 'Errore' }, { as: operator });
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', field: 'id' });
    const joined = await server.gql(
      RECEIVE_REFERRAL,
      { input: { referral: REFERRAL, beneficiaryId: gid('Beneficiary', p.beneficiaryId) } },
      { as: operator },
    );
    const { data, errors } = await server.gql(
      VOID,
      { id: joined.data!.receiveReferral.referral.id, reason: 'Doppione' },
      { as: operator },
    );
    expect(errors).toBeUndefined();
    expect(data!.voidReferral.beneficiary.caseStatus).toBe('ORIENTATION');
  });
});

describe('a coordinator covering an absence', () => {
  let mine: string[];
  beforeAll(async () => {
    mine = [];
    for (const familyName of ['Primo', 'Secondo']) {
      const p = await insertPersonWithCase(server, { town: 'Brescia', familyName });
      await server.dataSource.query(`UPDATE beneficiary SET assigned_operator_id = $1 WHERE id = $2`, [
        raw(operator),
        p.beneficiaryId,
      ]);
      mine.push(p.beneficiaryId);
    }
    // Silent cases, so that the worklist has something in it.
    for (const id of mine) await silenceCase(server, id, addDays(todayInItaly(), -200));
  });

  it('sees any operator’s worklist as they see it; nobody else may', async () => {
    const WORKLIST = `query($id: ID!) { worklist(operatorId: $id) { kind beneficiary { id } } }`;
    const theirs = await server.gql(`{ myWorklist { kind beneficiary { id } } }`, {}, { as: operator });
    const covered = await server.gql(WORKLIST, { id: operator });
    expect(covered.errors).toBeUndefined();
    expect(covered.data!.worklist).toEqual(theirs.data!.myWorklist);
    expect(covered.data!.worklist.filter((i: any) => i.kind === 'NO_CONTACT')).toHaveLength(2);
    for (const as of [operator, colleague, liaison, server.adminId]) {
      expect(code(await server.gql(WORKLIST, { id: operator }, { as }))).toBe('FORBIDDEN');
    }
  });

  it('hands a caseload over only to someone serving the people’s ambito, all or nothing', async () => {
    const HAND = `mutation($from: ID!, $to: ID!, $ids: [ID!]) {
      handOverCaseload(fromOperatorId: $from, toOperatorId: $to, beneficiaryIds: $ids) { id assignedOperator { email } } }`;
    const assigned = async () =>
      (
        await server.dataSource.query(
          `SELECT assigned_operator_id AS a FROM beneficiary WHERE id = ANY($1) ORDER BY id`,
          [mine],
        )
      ).map((r: any) => r.a);
    expect(code(await server.gql(HAND, { from: operator, to: colleague }, { as: operator }))).toBe('FORBIDDEN');
    const outside = await server.gql(HAND, { from: operator, to: otherAmbito });
    expect(outside.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'toOperatorId' });
    const toLiaison = await server.gql(HAND, { from: operator, to: liaison });
    expect(toLiaison.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'toOperatorId' });
    expect(await assigned()).toEqual([raw(operator), raw(operator)]);

    const stranger = await insertPersonWithCase(server, { town: 'Brescia', familyName: 'Estraneo' });
    const notTheirs = await server.gql(HAND, {
      from: operator,
      to: colleague,
      ids: [gid('Beneficiary', mine[0]), gid('Beneficiary', stranger.beneficiaryId)],
    });
    expect(notTheirs.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'beneficiaryIds.1' });
    expect(await assigned()).toEqual([raw(operator), raw(operator)]);

    const one = await server.gql(HAND, { from: operator, to: colleague, ids: [gid('Beneficiary', mine[0])] });
    expect(one.errors).toBeUndefined();
    expect(one.data!.handOverCaseload).toEqual([
      { id: gid('Beneficiary', mine[0]), assignedOperator: { email: 'op.collega@giustaoccupazione.example' } },
    ]);
    const rest = await server.gql(HAND, { from: operator, to: colleague });
    expect(rest.data!.handOverCaseload.map((b: any) => b.id)).toEqual([gid('Beneficiary', mine[1])]);
    expect(await assigned()).toEqual([raw(colleague), raw(colleague)]);

    const audit = await server.dataSource.query(
      `SELECT beneficiary_id, fields FROM audit_event WHERE operation = 'handOverCaseload' AND action = 'UPDATE' ORDER BY id`,
    );
    expect(audit.map((a: any) => a.beneficiary_id).sort()).toEqual([...mine].sort());
    expect(audit.every((a: any) => a.fields.includes('assigned_operator_id'))).toBe(true);
  });
});

describe('a hiring recorded ahead of its start date', () => {
  it('is planned until its first day and active on it, read with dates', async () => {
    const p = await insertPersonWithCase(server, { town: 'Brescia', familyName: 'Assunzione' });
    const startsOn = addDays(todayInItaly(), 10);
    const placementId = await insertRow(server, 'placement', {
      beneficiary_id: p.beneficiaryId,
      employer_id: p.employerId,
      opening_id: p.openingId,
      kind: 'HIRING',
      starts_on: startsOn,
      weekly_hours: 20,
      contract_type: 'PERMANENT',
      status: 'PROPOSED',
    });
    const id = gid('Placement', placementId);
    const confirmed = await server.gql(
      `mutation($id: ID!) { confirmPlacement(id: $id) { status startsOn planned } }`,
      { id },
      { as: operator },
    );
    expect(confirmed.errors).toBeUndefined();
    expect(confirmed.data!.confirmPlacement).toEqual({ status: 'ACTIVE', startsOn, planned: true });
    const READ = `query($id: ID!, $before: LocalDate, $on: LocalDate, $after: LocalDate) { node(id: $id) { ... on Placement {
      before: planned(asOf: $before) on: planned(asOf: $on) after: planned(asOf: $after) } } }`;
    const { data, errors } = await server.gql(
      READ,
      { id, before: addDays(startsOn, -1), on: startsOn, after: addDays(startsOn, 1) },
      { as: operator },
    );
    expect(errors).toBeUndefined();
    expect(data!.node).toEqual({ before: true, on: false, after: false });
  });
});
