import { computeCodiceFiscale } from '../../src/modules/beneficiaries/codice-fiscale';
import { completePartitaIva } from '../../src/modules/employers/partita-iva';
import { countRows, createOperator, municipalityIds, RECEIVE_REFERRAL, REFERRAL } from '../helpers/fixtures';
import { startTestServer, TestServer } from '../helpers/test-server';

/*
 * People with a temporary 11-digit codice fiscale (issue 19 §5): accepted with its check digit, flagged, and later
 * replaced by the definitive code, which must match the birth date; the record, its links and the old code stay.
 */

let server: TestServer;
let towns: Record<string, string>;
let operator: string;
let otherAmbito: string;
let liaison: string;

const TEMPORARY = completePartitaIva('7654321012');
const BIRTH_DATE = '1996-07-14';
const DEFINITIVE = computeCodiceFiscale({
  surname: 'Diallo',
  givenName: 'Amadou',
  birthDate: BIRTH_DATE,
  sex: 'M',
  belfioreCode: 'Z343',
});
const REPLACE = `mutation($id: ID!, $input: ReplaceCodiceFiscaleInput!) { replaceCodiceFiscale(beneficiaryId: $id, input: $input) {
  id codiceFiscale codiceFiscaleTemporary codiceFiscaleHistory { previousCode newCode reason }
  referrals { referredOn } caseHistory { toStatus } } }`;

const newcomer = (codiceFiscale: string, extra: Record<string, unknown> = {}) => ({
  codiceFiscale,
  givenName: 'Amadou',
  familyName: 'Diallo',
  birthDate: BIRTH_DATE,
  residenceMunicipalityId: towns['Brescia'],
  ...extra,
});

let personId: string;

beforeAll(async () => {
  server = await startTestServer();
  towns = await municipalityIds(server);
  operator = await createOperator(server, { email: 'op.uno@giustaoccupazione.example', ambito: 1 });
  otherAmbito = await createOperator(server, { email: 'op.tre@giustaoccupazione.example', ambito: 3 });
  liaison = await createOperator(server, {
    email: 'liaison@giustaoccupazione.example',
    role: 'EMPLOYER_LIAISON',
    ambito: 1,
  });
});
afterAll(() => server.close());

describe('a person with a temporary codice fiscale', () => {
  it('is received with the code spelled with spaces, and flagged temporary', async () => {
    const spaced = `${TEMPORARY.slice(0, 4)} ${TEMPORARY.slice(4, 8)} ${TEMPORARY.slice(8)}`;
    const { data, errors } = await server.gql(
      RECEIVE_REFERRAL,
      { input: { referral: REFERRAL, newBeneficiary: newcomer(spaced) } },
      { as: operator },
    );
    expect(errors).toBeUndefined();
    expect(data!.receiveReferral.beneficiary.codiceFiscale).toBe(TEMPORARY);
    personId = data!.receiveReferral.beneficiary.id;
    const flag = await server.gql(
      `query($id: ID!) { node(id: $id) { ... on Beneficiary { codiceFiscaleTemporary codiceFiscaleHistory { newCode } } } }`,
      { id: personId },
      { as: operator },
    );
    expect(flag.data!.node).toEqual({ codiceFiscaleTemporary: true, codiceFiscaleHistory: [] });
  });

  it('is refused when the check digit is wrong, and nothing is written', async () => {
    const wrong = TEMPORARY.slice(0, 10) + String((Number(TEMPORARY[10]) + 1) % 10);
    const before = await countRows(server, 'beneficiary');
    const { errors } = await server.gql(
      RECEIVE_REFERRAL,
      { input: { referral: REFERRAL, newBeneficiary: newcomer(wrong, { familyName: 'Altro' }) } },
      { as: operator },
    );
    expect(errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(await countRows(server, 'beneficiary')).toBe(before);
  });
});

describe('replaceCodiceFiscale', () => {
  it('is refused to a liaison and an admin, and unknown to an operator of another ambito', async () => {
    const input = { codiceFiscale: DEFINITIVE };
    const answer = async (as: string) => (await server.gql(REPLACE, { id: personId, input }, { as })).errors?.[0];
    expect((await answer(liaison))?.extensions?.code).toBe('FORBIDDEN');
    expect((await answer(server.adminId))?.extensions?.code).toBe('FORBIDDEN');
    expect((await answer(otherAmbito))?.extensions?.code).toBe('NOT_FOUND');
  });

  it('refuses a definitive code that does not match the birth date recorded', async () => {
    const otherBirth = computeCodiceFiscale({
      surname: 'Diallo',
      givenName: 'Amadou',
      birthDate: '1996-07-15',
      sex: 'M',
      belfioreCode: 'Z343',
    });
    const { errors } = await server.gql(
      REPLACE,
      { id: personId, input: { codiceFiscale: otherBirth } },
      { as: operator },
    );
    expect(errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.codiceFiscale' });
  });

  it('refuses another temporary code in its place', async () => {
    const { errors } = await server.gql(
      REPLACE,
      { id: personId, input: { codiceFiscale: completePartitaIva('1111111111') } },
      { as: operator },
    );
    expect(errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('replaces it, in lower case and with spaces, keeping the record, its links and the old code', async () => {
    const typed = `${DEFINITIVE.slice(0, 6).toLowerCase()} ${DEFINITIVE.slice(6)}`;
    const { data, errors } = await server.gql(
      REPLACE,
      { id: personId, input: { codiceFiscale: typed, reason: 'Permesso di soggiorno rilasciato' } },
      { as: operator },
    );
    expect(errors).toBeUndefined();
    expect(data!.replaceCodiceFiscale).toEqual({
      id: personId,
      codiceFiscale: DEFINITIVE,
      codiceFiscaleTemporary: false,
      codiceFiscaleHistory: [
        { previousCode: TEMPORARY, newCode: DEFINITIVE, reason: 'Permesso di soggiorno rilasciato' },
      ],
      referrals: [{ referredOn: REFERRAL.referredOn }],
      caseHistory: [{ toStatus: 'REFERRED' }],
    });
    const audit = await server.dataSource.query(
      `SELECT record_type, action FROM audit_event WHERE operation = 'replaceCodiceFiscale' AND action <> 'READ' ORDER BY id`,
    );
    expect(audit).toEqual([
      { record_type: 'codice_fiscale_change', action: 'INSERT' },
      { record_type: 'beneficiary', action: 'UPDATE' },
    ]);
  });

  it('is refused once the code is definitive (a correction goes through updateBeneficiary)', async () => {
    const { errors } = await server.gql(REPLACE, { id: personId, input: { codiceFiscale: DEFINITIVE } });
    expect(errors?.[0].extensions?.code).toBe('CONFLICT');
  });

  it('still finds the person by the old temporary code: a late referral does not create a second person', async () => {
    const before = await countRows(server, 'beneficiary');
    const { errors } = await server.gql(RECEIVE_REFERRAL, {
      input: { referral: REFERRAL, newBeneficiary: newcomer(TEMPORARY) },
    });
    expect(errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', field: 'input.newBeneficiary.codiceFiscale' });
    expect(await countRows(server, 'beneficiary')).toBe(before);
  });

  it('refuses a definitive code another person already holds', async () => {
    const second = completePartitaIva('7654321013');
    const { data } = await server.gql(RECEIVE_REFERRAL, {
      input: { referral: REFERRAL, newBeneficiary: newcomer(second, { givenName: 'Awa' }) },
    });
    const { errors } = await server.gql(REPLACE, {
      id: data!.receiveReferral.beneficiary.id,
      input: { codiceFiscale: DEFINITIVE },
    });
    expect(errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', field: 'input.codiceFiscale' });
  });
});
