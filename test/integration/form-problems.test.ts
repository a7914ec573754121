import { randomUUID } from 'node:crypto';
import { getNamedType, GraphQLSchema, isInputObjectType, isNonNullType } from 'graphql';
import { buildPonteSchema } from '../../src/app/schema';
import { toGlobalId } from '../../src/graphql/relay';
import { countRows, municipalityIds, person, RECEIVE_REFERRAL, REFERRAL } from '../helpers/fixtures';
import { startTestServer, TestServer } from '../helpers/test-server';

/**
 * A form is answered once with everything wrong in it: `extensions.fields` lists every field at fault, whether
 * class-validator or Ponte's own checks found it; the fields a new person needs are required by the schema itself.
 */

let server: TestServer;
let schema: GraphQLSchema;
let towns: Record<string, string>;

beforeAll(async () => {
  server = await startTestServer();
  schema = await buildPonteSchema();
  towns = await municipalityIds(server);
});
afterAll(() => server.close());

const fieldsAtFault = (errors: any[] | undefined) =>
  (errors?.[0].extensions.fields ?? []).map((problem: { field: string }) => problem.field).sort();

describe('a new person', () => {
  it('has its identifying fields required in the schema, and the correction of a record none', () => {
    const required = (name: string) => {
      const type = schema.getType(name);
      if (!isInputObjectType(type)) throw new Error(`${name} is not an input`);
      return Object.values(type.getFields())
        .filter((f) => isNonNullType(f.type))
        .map((f) => f.name)
        .sort();
    };
    expect(required('NewBeneficiaryInput')).toEqual(
      ['birthDate', 'codiceFiscale', 'familyName', 'givenName', 'residenceMunicipalityId'].sort(),
    );
    expect(required('BeneficiaryProfileInput')).toEqual([]);
    const intake = schema.getType('ReceiveReferralInput');
    expect(isInputObjectType(intake) && getNamedType(intake.getFields().newBeneficiary.type).name).toBe(
      'NewBeneficiaryInput',
    );
  });

  it('with every rule of the form broken, is answered once with every field at fault, and nothing written', async () => {
    const before = await countRows(server, 'beneficiary');
    const newBeneficiary = {
      ...person({ givenName: 'Marco', familyName: 'Bertoli', birthDate: '1990-04-12', residenceMunicipalityId: '' }),
      birthDate: '1991-04-12', // not the date the codice fiscale encodes
      residenceMunicipalityId: toGlobalId('Municipality', randomUUID()),
      assignedOperatorId: toGlobalId('Operator', randomUUID()),
    };
    const { errors } = await server.gql(RECEIVE_REFERRAL, { input: { referral: REFERRAL, newBeneficiary } });
    expect(errors).toHaveLength(1);
    expect(errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.newBeneficiary.birthDate' });
    expect(fieldsAtFault(errors)).toEqual([
      'input.newBeneficiary.assignedOperatorId',
      'input.newBeneficiary.birthDate',
      'input.newBeneficiary.residenceMunicipalityId',
    ]);
    expect(await countRows(server, 'beneficiary')).toBe(before);
  });

  it('with several fields out of bounds, lists them all (class-validator’s checks)', async () => {
    const newBeneficiary = {
      ...person({
        givenName: 'Marco',
        familyName: 'Bertoli',
        birthDate: '1990-04-12',
        residenceMunicipalityId: towns.Brescia,
      }),
      familyName: '',
      invalidityPercentage: 150,
      languages: ['ita'],
      address: 'x'.repeat(201),
    };
    const { errors } = await server.gql(RECEIVE_REFERRAL, { input: { referral: REFERRAL, newBeneficiary } });
    expect(errors).toHaveLength(1);
    expect(errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    expect(fieldsAtFault(errors)).toEqual([
      'input.newBeneficiary.address',
      'input.newBeneficiary.familyName',
      'input.newBeneficiary.invalidityPercentage',
      'input.newBeneficiary.languages',
    ]);
  });

  it('without its required fields, is refused before anything runs, naming each missing field', async () => {
    const { errors } = await server.gql(RECEIVE_REFERRAL, {
      input: { referral: REFERRAL, newBeneficiary: { residenceMunicipalityId: towns.Brescia } },
    });
    const named = errors!.map((e) => e.extensions!.field).sort();
    expect(named).toEqual([
      'input.newBeneficiary.birthDate',
      'input.newBeneficiary.codiceFiscale',
      'input.newBeneficiary.familyName',
      'input.newBeneficiary.givenName',
    ]);
    expect(errors!.every((e) => e.extensions!.code === 'BAD_USER_INPUT')).toBe(true);
  });
});
