import { randomUUID } from 'node:crypto';
import { toGlobalId } from '../../src/graphql/relay';
import { insertPersonWithCase, PersonCase } from '../helpers/case-fixtures';
import { createOperator } from '../helpers/fixtures';
import { startTestServer, TestServer } from '../helpers/test-server';

/**
 * `beneficiary(id)`, `opening(id)`, `employer(id)` and `placement(id)` answer exactly as `node(id)` does, for every
 * role and every kind of ID: a record the viewer may see, one in another ambito, one that does not exist, an ID of
 * another type and one that is not an ID at all.
 */

let server: TestServer;
let viewers: Record<string, string>;
let brescia: PersonCase;
let salo: PersonCase;

beforeAll(async () => {
  server = await startTestServer();
  brescia = await insertPersonWithCase(server, { town: 'Brescia', familyName: 'Abeni' });
  salo = await insertPersonWithCase(server, { town: 'Rezzato', familyName: 'Bonetti' });
  viewers = {
    OPERATOR_AMBITO_1: await createOperator(server, { email: 'op1@giustaoccupazione.example', ambito: 1 }),
    OPERATOR_AMBITO_3: await createOperator(server, { email: 'op3@giustaoccupazione.example', ambito: 3 }),
    EMPLOYER_LIAISON: await createOperator(server, {
      email: 'liaison@giustaoccupazione.example',
      role: 'EMPLOYER_LIAISON',
      ambito: 1,
    }),
    COORDINATOR: server.coordinatorId,
    ADMIN: server.adminId,
  };
});
afterAll(() => server.close());

const LOOKUPS: Array<[string, string, (c: PersonCase) => string]> = [
  ['beneficiary', 'Beneficiary', (c) => c.beneficiaryId],
  ['placement', 'Placement', (c) => c.records.Placement],
  ['opening', 'Opening', (c) => c.openingId],
  ['employer', 'Employer', (c) => c.employerId],
];

/** What a client can tell from an answer: the record's ID, null, or an error's code and field. */
function outcome(response: { data?: any; errors?: any[] }, field: string) {
  if (response.errors) return { error: response.errors[0].extensions.code, field: response.errors[0].extensions.field };
  return { id: response.data[field]?.id ?? null };
}

describe('typed root lookups', () => {
  it.each(LOOKUPS)('%s(id) answers as node(id) does, for every role and every kind of ID', async (field, type, key) => {
    expect(Object.values(viewers).every(Boolean)).toBe(true);
    const ids: Record<string, string> = {
      'in ambito 1': toGlobalId(type, key(brescia)),
      'in ambito 3': toGlobalId(type, key(salo)),
      missing: toGlobalId(type, randomUUID()),
      'not an ID': 'bm90LWFuLWlk',
    };
    let seen = 0;
    for (const [role, viewer] of Object.entries(viewers)) {
      for (const [kind, id] of Object.entries(ids)) {
        const typed = await server.gql(`query($id: ID!) { ${field}(id: $id) { id } }`, { id }, { as: viewer });
        const node = await server.gql(`query($id: ID!) { node(id: $id) { id } }`, { id }, { as: viewer });
        const typedOutcome = outcome(typed, field);
        const nodeOutcome = outcome(node, 'node');
        // An ID that is not one is refused by both on their own argument, `id`.
        expect([role, kind, typedOutcome]).toEqual([role, kind, nodeOutcome]);
        if ('id' in typedOutcome && typedOutcome.id) seen += 1;
      }
    }
    expect(seen).toBeGreaterThan(0);
  });

  it('refuses an ID of another type, naming the argument', async () => {
    const { errors } = await server.gql(`query($id: ID!) { placement(id: $id) { id } }`, {
      id: toGlobalId('Beneficiary', brescia.beneficiaryId),
    });
    expect(errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
  });

  it('reads the record’s fields like the lists do', async () => {
    const id = toGlobalId('Beneficiary', brescia.beneficiaryId);
    const { data, errors } = await server.gql(
      `query($id: ID!) { beneficiary(id: $id) { id familyName residence { name } } }`,
      { id },
      { as: viewers.OPERATOR_AMBITO_1 },
    );
    expect(errors).toBeUndefined();
    expect(data!.beneficiary).toEqual({ id, familyName: 'Abeni', residence: { name: 'Brescia' } });
  });
});
