import { toGlobalId } from '../../src/graphql/relay';
import { createOperator, municipalityIds, person, REFERRAL } from '../helpers/fixtures';
import { insertPersonWithCase, PersonCase } from '../helpers/case-fixtures';
import { startTestServer, TestServer } from '../helpers/test-server';

/*
 * Other ambiti do not exist for an operator, also through referral intake and error messages: a referral naming a
 * person known elsewhere waits for a coordinator, with the answer any referral waiting for assignment gets.
 */

let server: TestServer;
let operator: string;
let towns: Record<string, string>;
let rota: PersonCase;
let rotaCodiceFiscale: string;

const WAITING = { awaitingAssignment: true, beneficiaryCreated: false, referral: null, beneficiary: null };
const INTAKE = `mutation($input: ReceiveReferralInput!) {
  receiveReferral(input: $input) { awaitingAssignment beneficiaryCreated referral { id } beneficiary { id } } }`;

beforeAll(async () => {
  server = await startTestServer();
  towns = await municipalityIds(server);
  operator = await createOperator(server, { email: 'op.uno@giustaoccupazione.example', ambito: 1 });
  rota = await insertPersonWithCase(server, { town: 'Rezzato', familyName: 'Rota' });
  [{ codice_fiscale: rotaCodiceFiscale }] = await server.dataSource.query(
    `SELECT codice_fiscale FROM beneficiary WHERE id = $1`,
    [rota.beneficiaryId],
  );
});
afterAll(() => server.close());

const sendReferral = (newBeneficiary: Record<string, unknown>) =>
  server.gql(INTAKE, { input: { referral: REFERRAL, newBeneficiary } }, { as: operator });

describe('a referral an operator may not take on', () => {
  it('answers a person known in another ambito exactly as a newcomer living elsewhere: waiting for assignment', async () => {
    const known = await sendReferral({
      codiceFiscale: rotaCodiceFiscale.toLowerCase(),
      givenName: 'Anna',
      familyName: 'Rota',
      birthDate: '1984-05-06',
      residenceMunicipalityId: towns.Brescia,
    });
    const newcomer = await sendReferral(
      person({
        givenName: 'Ivo',
        familyName: 'Fuori',
        birthDate: '1990-01-01',
        residenceMunicipalityId: towns.Rezzato,
      }),
    );
    expect(known).toEqual({ data: { receiveReferral: WAITING } });
    expect(newcomer).toEqual({ data: { receiveReferral: WAITING } });
    const [{ n }] = await server.dataSource.query(`SELECT count(*)::int AS n FROM referral WHERE beneficiary_id = $1`, [
      rota.beneficiaryId,
    ]);
    expect(n).toBe(1);
  });

  it('puts both on the coordinator’s worklist and queue, with the cause the operator was not told', async () => {
    const { data } = await server.gql(`{
      myWorklist { kind beneficiary { id } referralAssignment { id } }
      referralsAwaitingAssignment { cause personName knownBeneficiary { familyName } receivedBy { id } residence { name } reason }
    }`);
    expect(data!.myWorklist.filter((i: any) => i.kind === 'REFERRAL_TO_ASSIGN')).toHaveLength(2);
    expect(data!.referralsAwaitingAssignment).toEqual([
      {
        cause: 'PERSON_KNOWN_ELSEWHERE',
        personName: 'Anna Rota',
        knownBeneficiary: { familyName: 'Rota' },
        receivedBy: { id: operator },
        residence: { name: 'Brescia' },
        reason: REFERRAL.reason,
      },
      {
        cause: 'RESIDENCE_OUTSIDE_AMBITO',
        personName: 'Ivo Fuori',
        knownBeneficiary: null,
        receivedBy: { id: operator },
        residence: { name: 'Rezzato' },
        reason: REFERRAL.reason,
      },
    ]);
  });

  it('lets the coordinator transfer the known person, create the newcomer, and not resolve anything twice', async () => {
    const { data } = await server.gql(`{ referralsAwaitingAssignment { id cause } }`);
    const [knownId, newcomerId] = data!.referralsAwaitingAssignment.map((a: any) => a.id);
    const RESOLVE = `mutation($id: ID!, $input: ResolveReferralAssignmentInput!) {
      resolveReferralAssignment(id: $id, input: $input) { status referral { beneficiary { familyName residence { name } } receivedBy { id } } } }`;

    const declineWithoutNote = await server.gql(RESOLVE, { id: knownId, input: { resolution: 'DECLINE' } });
    expect(declineWithoutNote.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.note' });

    const transferred = await server.gql(RESOLVE, { id: knownId, input: { resolution: 'TRANSFER' } });
    expect(transferred.data!.resolveReferralAssignment).toEqual({
      status: 'TRANSFERRED',
      referral: { beneficiary: { familyName: 'Rota', residence: { name: 'Brescia' } }, receivedBy: { id: operator } },
    });
    const created = await server.gql(RESOLVE, { id: newcomerId, input: { resolution: 'NEW_PERSON' } });
    expect(created.data!.resolveReferralAssignment.referral.beneficiary).toEqual({
      familyName: 'Fuori',
      residence: { name: 'Rezzato' },
    });

    const again = await server.gql(RESOLVE, { id: knownId, input: { resolution: 'MERGE' } });
    expect(again.errors![0].extensions!.code).toBe('CONFLICT');

    const nowMine = await server.gql(
      `query($id: ID!) { node(id: $id) { ... on Beneficiary { familyName } } }`,
      { id: toGlobalId('Beneficiary', rota.beneficiaryId) },
      { as: operator },
    );
    expect(nowMine.data!.node).toEqual({ familyName: 'Rota' });
    const queue = await server.gql(`{ referralsAwaitingAssignment { id } }`);
    expect(queue.data!.referralsAwaitingAssignment).toEqual([]);
  });

  it('is not visible to operators at all', async () => {
    const { errors } = await server.gql(`{ referralsAwaitingAssignment { id } }`, undefined, { as: operator });
    expect(errors![0].extensions!.code).toBe('FORBIDDEN');
  });
});

describe('a codice fiscale held by someone else', () => {
  it('is refused with a neutral message that names no one, whoever holds it', async () => {
    const mine = await insertPersonWithCase(server, { town: 'Brescia', familyName: 'Abeni' });
    const other = await insertPersonWithCase(server, { town: 'Rezzato', familyName: 'Bonomi' });
    const [{ codice_fiscale: held }] = await server.dataSource.query(
      `SELECT codice_fiscale FROM beneficiary WHERE id = $1`,
      [other.beneficiaryId],
    );
    const { errors } = await server.gql(
      `mutation($id: ID!, $cf: String!) { updateBeneficiary(id: $id, input: { codiceFiscale: $cf }) { id } }`,
      { id: toGlobalId('Beneficiary', mine.beneficiaryId), cf: held },
      { as: operator },
    );
    expect(errors![0].extensions).toMatchObject({ code: 'CONFLICT', field: 'input.codiceFiscale' });
    expect(errors![0].message).not.toMatch(/Bonomi|Rezzato|ambito/i);
  });
});
