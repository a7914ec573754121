import { toGlobalId } from '../../src/graphql/relay';
import { startTestServer, TestServer } from '../helpers/test-server';

/*
 * graphql-js refuses a malformed request before any Ponte code runs, in English. Every kind of mistake a client can
 * make in a query or its variables is answered in the request's language, with its code and field unchanged.
 */

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const NOWHERE = '00000000-0000-4000-8000-000000000000';
const MISTAKES: Array<[string, string, Record<string, unknown>?]> = [
  ['unknown field', '{ me { nonExistent } }'],
  ['syntax', '{ me { id '],
  ['stray character', '{ me { id } } §'],
  ['open string', '{ node(id: "abc) { id } }'],
  ['missing argument', '{ node { id } }'],
  ['unknown argument', '{ me(colore: 1) { id } }'],
  ['unknown type', 'query($x: Colore) { me { id } }'],
  ['wrong variable type', 'query($n: Int) { beneficiaries(first: $n) { totalCount } }', { n: 'tre' }],
  ['int overflow', 'query($n: Int) { beneficiaries(first: $n) { totalCount } }', { n: 2 ** 31 }],
  ['undeclared variable', '{ beneficiaries(first: $n) { totalCount } }'],
  ['unused variable', 'query($n: Int) { me { id } }'],
  ['missing variable', 'query($id: ID!) { node(id: $id) { id } }'],
  ['null variable', 'query($id: ID!) { node(id: $id) { id } }', { id: null }],
  ['enum literal', '{ beneficiaries(orderBy: { field: NOME, direction: ASC }) { totalCount } }'],
  [
    'enum variable',
    'query($o: BeneficiaryOrder) { beneficiaries(orderBy: $o) { totalCount } }',
    { o: { field: 'NOME', direction: 'ASC' } },
  ],
  ['input literal', 'mutation { createSkill(input: { name: "" }) { id } }'],
  [
    'input variable',
    'mutation($i: CreateSkillInput!) { createSkill(input: $i) { id } }',
    { i: { code: 'x', colore: 1 } },
  ],
  [
    'impossible day',
    'query($d: LocalDate) { employers(first: 1) { edges { node { quota(asOf: $d) { shortfall } } } } }',
    { d: '2026-02-30' },
  ],
  ['day literal', '{ employers(first: 1) { edges { node { quota(asOf: "ieri") { shortfall } } } } }'],
  ['needs selection', '{ me }'],
  ['leaf selection', '{ me { id { x } } }'],
  ['two anonymous operations', '{ me { id } } { me { id } }'],
  ['fragment on the wrong type', '{ me { ... on Employer { legalName } } }'],
  ['unknown fragment', '{ me { ...Altro } }'],
  ['conflicting fields', '{ me { x: id x: email } }'],
  ['unknown directive', '{ me @colore { id } }'],
  ['duplicate argument', `{ node(id: "${toGlobalId('Employer', NOWHERE)}", id: "x") { id } }`],
];

/** Words of graphql-js's English sentences; none may reach a reader who did not ask for English. */
const ENGLISH =
  /\b(the|is|are|was|not|of|must|cannot|expected|found|value|field|type|required|provided|defined|valid|Did you mean|Syntax|Unknown|Variable|got|Unexpected|never|used)\b/i;

async function errorsOf(query: string, variables: Record<string, unknown> | undefined, headers = {}) {
  const response = await server.gql(query, variables ?? {}, { headers });
  expect(response.errors?.length).toBeGreaterThan(0);
  return response.errors!.map((e: any) => ({ code: e.extensions?.code, field: e.extensions?.field, text: e.message }));
}

it('says every mistake in Italian by default and in English when asked, with the same codes and fields', async () => {
  const leaks: string[] = [];
  for (const [what, query, variables] of MISTAKES) {
    const italian = await errorsOf(query, variables);
    const english = await errorsOf(query, variables, { 'accept-language': 'en' });
    expect([what, italian.map((e) => [e.code, e.field])]).toEqual([what, english.map((e) => [e.code, e.field])]);
    for (const error of italian) {
      expect([what, error.code]).not.toEqual([what, 'INTERNAL_SERVER_ERROR']);
      // What the client wrote (quoted values, names and paths) is quoted back as it was.
      const words = error.text.replace(/"[^"]*"|«[^»]*»|\S*[.$]\S*/g, '');
      if (ENGLISH.test(words)) leaks.push(`${what}: ${error.text}`);
    }
    expect([what, english.some((e) => ENGLISH.test(e.text))]).toEqual([what, true]);
  }
  expect(leaks).toEqual([]);
});

it('keeps the field at fault of a variable graphql-js refuses, and names the variable in the sentence', async () => {
  const [error] = await errorsOf('query($o: BeneficiaryOrder) { beneficiaries(orderBy: $o) { totalCount } }', {
    o: { field: 'NOME', direction: 'ASC' },
  });
  expect(error).toEqual({
    code: 'BAD_USER_INPUT',
    field: 'orderBy.field',
    text: expect.stringMatching(
      /^La variabile \$o ha un valore non valido in o\.field \("NOME"\): NOME non è un valore di BeneficiaryOrderField/,
    ),
  });
});
