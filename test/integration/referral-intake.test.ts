import { createOperator, countRows, municipalityIds, person, RECEIVE_REFERRAL, REFERRAL } from '../helpers/fixtures';
import { statementsOn } from '../helpers/sql-counter';
import { startTestServer, TestServer } from '../helpers/test-server';

let server: TestServer;
let towns: Record<string, string>;
let operatorId: string;

beforeAll(async () => {
  server = await startTestServer();
  towns = await municipalityIds(server);
  operatorId = await createOperator(server, { email: 'giulia.ferrari@giustaoccupazione.example', ambito: 3 });
});
afterAll(() => server.close());

const asOperator = () => ({ as: operatorId });

describe('referral intake', () => {
  it('creates a new person, opens the case as REFERRED and records who received it', async () => {
    const newBeneficiary = person({
      givenName: 'Marco',
      familyName: 'Bertoli',
      birthDate: '1990-04-12',
      residenceMunicipalityId: towns['Rezzato'],
      law68Category: 'DISABLED_ART1',
      invalidityPercentage: 67,
      disabilityKinds: ['PHYSICAL'],
    });
    const { data, errors } = await server.gql(
      RECEIVE_REFERRAL,
      { input: { referral: REFERRAL, newBeneficiary } },
      asOperator(),
    );
    expect(errors).toBeUndefined();
    expect(data!.receiveReferral).toMatchObject({
      beneficiaryCreated: true,
      referral: { openedCase: true },
      beneficiary: {
        codiceFiscale: newBeneficiary.codiceFiscale,
        caseStatus: 'REFERRED',
        residence: { name: 'Rezzato', ambito: { number: 3 } },
      },
    });

    const history = await server.gql(
      `query($id: ID!) { node(id: $id) { ... on Beneficiary { caseHistory { fromStatus toStatus reason changedBy { email } } referrals { receivedBy { email } } } } }`,
      { id: data!.receiveReferral.beneficiary.id },
    );
    expect(history.data!.node.caseHistory).toEqual([
      {
        fromStatus: null,
        toStatus: 'REFERRED',
        reason: `Invio da ${REFERRAL.serviceName}`,
        changedBy: { email: 'giulia.ferrari@giustaoccupazione.example' },
      },
    ]);
    expect(history.data!.node.referrals).toEqual([
      { receivedBy: { email: 'giulia.ferrari@giustaoccupazione.example' } },
    ]);
  });

  it('answers CONFLICT for a new person whose codice fiscale is already known, and writes nothing', async () => {
    const newBeneficiary = person({
      givenName: 'Sara',
      familyName: 'Lombardi',
      birthDate: '1985-09-30',
      sex: 'F',
      residenceMunicipalityId: towns['Brescia'],
    });
    await server.gql(RECEIVE_REFERRAL, { input: { referral: REFERRAL, newBeneficiary } });
    const before = [await countRows(server, 'beneficiary'), await countRows(server, 'referral')];

    const { errors } = await server.gql(RECEIVE_REFERRAL, { input: { referral: REFERRAL, newBeneficiary } });
    expect(errors![0].extensions).toMatchObject({ code: 'CONFLICT', field: 'input.newBeneficiary.codiceFiscale' });
    expect([await countRows(server, 'beneficiary'), await countRows(server, 'referral')]).toEqual(before);
  });

  it('looks a new person’s codice fiscale up once, whoever sends the referral', async () => {
    for (const [options, birthDate] of [
      [asOperator(), '1979-02-11'],
      [{}, '1981-06-23'],
    ] as const) {
      const newBeneficiary = person({
        givenName: 'Ivo',
        familyName: 'Pedretti',
        birthDate,
        residenceMunicipalityId: towns['Rezzato'],
      });
      const { result, statements } = await server.sql.count(() =>
        server.gql(RECEIVE_REFERRAL, { input: { referral: REFERRAL, newBeneficiary } }, options),
      );
      expect(result.errors).toBeUndefined();
      expect(result.data!.receiveReferral.beneficiaryCreated).toBe(true);
      // Not found by the current code, the lookup reads the codes people had before: once.
      expect(statementsOn(statements, 'codice_fiscale_change')).toHaveLength(1);
    }
  });

  it('links a referral for a person with an open case without reopening it', async () => {
    const newBeneficiary = person({
      givenName: 'Luca',
      familyName: 'Gatti',
      birthDate: '1979-01-05',
      residenceMunicipalityId: towns['Flero'],
    });
    const first = await server.gql(RECEIVE_REFERRAL, { input: { referral: REFERRAL, newBeneficiary } });
    const beneficiaryId = first.data!.receiveReferral.beneficiary.id;

    const second = await server.gql(RECEIVE_REFERRAL, {
      input: {
        referral: { ...REFERRAL, serviceKind: 'MENTAL_HEALTH_CENTRE', serviceName: 'CPS Brescia Est' },
        beneficiaryId,
      },
    });
    expect(second.errors).toBeUndefined();
    expect(second.data!.receiveReferral).toMatchObject({
      beneficiaryCreated: false,
      referral: { openedCase: false },
      beneficiary: { caseStatus: 'REFERRED' },
    });
  });

  it('reopens a closed case with a new referral, keeping the whole history', async () => {
    const newBeneficiary = person({
      givenName: 'Elena',
      familyName: 'Zanardi',
      birthDate: '1995-06-21',
      sex: 'F',
      residenceMunicipalityId: towns['Collebeato'],
    });
    const first = await server.gql(RECEIVE_REFERRAL, { input: { referral: REFERRAL, newBeneficiary } });
    const beneficiaryId = first.data!.receiveReferral.beneficiary.id;
    const closed = await server.gql(
      `mutation($id: ID!) { closeCase(beneficiaryId: $id, reason: "Trasferita fuori ambito") { caseStatus } }`,
      { id: beneficiaryId },
    );
    expect(closed.data!.closeCase.caseStatus).toBe('CLOSED');

    const reopened = await server.gql(RECEIVE_REFERRAL, {
      input: { referral: { ...REFERRAL, referredOn: '2026-11-02' }, beneficiaryId },
    });
    expect(reopened.data!.receiveReferral).toMatchObject({
      referral: { openedCase: true },
      beneficiary: { caseStatus: 'REFERRED' },
    });
    const { data } = await server.gql(
      `query($id: ID!) { node(id: $id) { ... on Beneficiary { caseHistory { fromStatus toStatus } referrals { id } } } }`,
      { id: beneficiaryId },
    );
    expect(data!.node.caseHistory.map((c: any) => `${c.fromStatus}→${c.toStatus}`)).toEqual([
      'null→REFERRED',
      'REFERRED→CLOSED',
      'CLOSED→REFERRED',
    ]);
    expect(data!.node.referrals).toHaveLength(2);
  });

  describe('bad input gets a typed error naming the field, and nothing is written', () => {
    const cases: Array<[string, () => Record<string, unknown>, string]> = [
      [
        'a codice fiscale with a wrong check character',
        () => ({
          newBeneficiary: {
            ...person({
              givenName: 'Ivo',
              familyName: 'Rota',
              birthDate: '1980-02-02',
              residenceMunicipalityId: towns['Brescia'],
            }),
            codiceFiscale: 'RTOVIO80B02B157X',
          },
        }),
        'input.newBeneficiary.codiceFiscale',
      ],
      [
        'a birth date that contradicts the codice fiscale',
        () => ({
          newBeneficiary: {
            ...person({
              givenName: 'Ivo',
              familyName: 'Rota',
              birthDate: '1980-02-02',
              residenceMunicipalityId: towns['Brescia'],
            }),
            birthDate: '1981-02-02',
          },
        }),
        'input.newBeneficiary.birthDate',
      ],
      [
        'a missing family name',
        () => {
          const { familyName: _f, ...rest } = person({
            givenName: 'Ivo',
            familyName: 'Rota',
            birthDate: '1980-02-02',
            residenceMunicipalityId: towns['Brescia'],
          });
          return { newBeneficiary: rest };
        },
        'input.newBeneficiary.familyName',
      ],
      [
        'an invalidity above 100%',
        () => ({
          newBeneficiary: person({
            givenName: 'Ivo',
            familyName: 'Rota',
            birthDate: '1980-02-02',
            residenceMunicipalityId: towns['Brescia'],
            invalidityPercentage: 140,
          }),
        }),
        'input.newBeneficiary.invalidityPercentage',
      ],
      [
        'a municipality ID of the wrong type',
        () => ({
          newBeneficiary: person({
            givenName: 'Ivo',
            familyName: 'Rota',
            birthDate: '1980-02-02',
            residenceMunicipalityId: operatorId,
          }),
        }),
        'input.newBeneficiary.residenceMunicipalityId',
      ],
      [
        'both a known person and a new one',
        () => ({
          beneficiaryId: operatorId,
          newBeneficiary: person({
            givenName: 'Ivo',
            familyName: 'Rota',
            birthDate: '1980-02-02',
            residenceMunicipalityId: towns['Brescia'],
          }),
        }),
        'input.beneficiaryId',
      ],
      [
        'a referral date in the future',
        () => ({
          referral: { ...REFERRAL, referredOn: '2099-01-01' },
          newBeneficiary: person({
            givenName: 'Ivo',
            familyName: 'Rota',
            birthDate: '1980-02-02',
            residenceMunicipalityId: towns['Brescia'],
          }),
        }),
        'input.referral.referredOn',
      ],
      [
        'a reason of one letter',
        () => ({
          referral: { ...REFERRAL, reason: 'x' },
          newBeneficiary: person({
            givenName: 'Ivo',
            familyName: 'Rota',
            birthDate: '1980-02-02',
            residenceMunicipalityId: towns['Brescia'],
          }),
        }),
        'input.referral.reason',
      ],
    ];
    it.each(cases)('rejects %s', async (_name, build, field) => {
      const before = [
        await countRows(server, 'beneficiary'),
        await countRows(server, 'referral'),
        await countRows(server, 'case_status_change'),
      ];
      const { data, errors } = await server.gql(RECEIVE_REFERRAL, { input: { referral: REFERRAL, ...build() } });
      expect(data?.receiveReferral ?? null).toBeNull();
      expect(errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
      expect(errors![0].message).not.toMatch(/select|insert|stack/i);
      expect([
        await countRows(server, 'beneficiary'),
        await countRows(server, 'referral'),
        await countRows(server, 'case_status_change'),
      ]).toEqual(before);
    });
  });
});
