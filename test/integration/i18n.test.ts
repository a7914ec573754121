import { toGlobalId } from '../../src/graphql/relay';
import { addDays, todayInItaly } from '../../src/config/calendar';
import { createOperator } from '../helpers/fixtures';
import { startTestServer, TestServer } from '../helpers/test-server';

/*
 * Italian first: a request with no language header is answered in Italian (errors, validation, explanations,
 * worklist), `Accept-Language: en` in English, and the client's override (X-Ponte-Locale, or the request's
 * `extensions.locale`) wins over Accept-Language. Every structured explanation carries its key and typed params.
 */

let server: TestServer;
let me: string;
const referredOn = addDays(todayInItaly(), -40);
const EN = { 'accept-language': 'en-GB,en;q=0.9' };

const WEIGHTS = `mutation($weights: [FactorWeightInput!]!) { setMatchingWeights(ambito: 1, weights: $weights) { factor } }`;
const BAD_WEIGHTS = {
  weights: ['SKILLS', 'COMMUTE', 'PREFERENCES', 'LAW68_QUOTA', 'WAITING_TIME', 'PAST_PLACEMENT'].map((factor) => ({
    factor,
    weight: 10,
  })),
};
const SKILL = `mutation($input: CreateSkillInput!) { createSkill(input: $input) { id } }`;

async function post(body: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(await server.authorization(server.coordinatorId)), ...headers },
    body: JSON.stringify(body),
  });
  return {
    language: response.headers.get('content-language'),
    vary: response.headers.get('vary'),
    body: (await response.json()) as any,
  };
}

beforeAll(async () => {
  server = await startTestServer();
  me = await createOperator(server, { email: 'lingua@giustaoccupazione.example', ambito: 1 });
  // A person referred 40 days ago, still waiting for the intake interview: one worklist item.
  const operatorId = Buffer.from(me, 'base64url').toString().split(':')[1];
  const [row] = await server.dataSource.query(
    `INSERT INTO beneficiary (codice_fiscale, given_name, family_name, birth_date, residence_municipality_id,
                              assigned_operator_id, case_status, case_opened_at)
     SELECT 'LNGTS00000000001', 'Lina', 'Attesa', '1984-05-06', m.id, $1, 'REFERRED', $2
     FROM municipality m WHERE m.name = 'Brescia' RETURNING id`,
    [operatorId, `${referredOn}T10:00:00+02:00`],
  );
  await server.dataSource.query(
    `INSERT INTO case_status_change (beneficiary_id, from_status, to_status, changed_at, reason)
     VALUES ($1, NULL, 'REFERRED', $2, 'seed')`,
    [row.id, `${referredOn}T10:00:00+02:00`],
  );
  await server.dataSource.query(
    `INSERT INTO referral (beneficiary_id, service_kind, service_name, referred_on, reason, opened_case)
     VALUES ($1, 'MUNICIPAL_SOCIAL_SERVICE', 'Servizi sociali', $2, 'Invio', true)`,
    [row.id, referredOn],
  );
});
afterAll(() => server.close());

describe('the language of the answer', () => {
  it('is Italian without a language header, with Content-Language saying so', async () => {
    const { language, vary, body } = await post({ query: WEIGHTS, variables: BAD_WEIGHTS });
    expect(language).toBe('it');
    expect(vary).toMatch(/Accept-Language/i);
    expect(body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(body.errors[0].message).toBe('I pesi devono sommare 100 (sommano 60)');
  });

  it('is English when Accept-Language asks for it', async () => {
    const { language, body } = await post({ query: WEIGHTS, variables: BAD_WEIGHTS }, EN);
    expect(language).toBe('en');
    expect(body.errors[0].message).toBe('The weights must add up to 100 (they add up to 60)');
  });

  it('follows the override over Accept-Language: the X-Ponte-Locale header, or extensions.locale', async () => {
    const header = await post({ query: WEIGHTS, variables: BAD_WEIGHTS }, { ...EN, 'x-ponte-locale': 'it' });
    expect(header.language).toBe('it');
    expect(header.body.errors[0].message).toMatch(/^I pesi devono sommare 100/);
    const extension = await post({ query: WEIGHTS, variables: BAD_WEIGHTS, extensions: { locale: 'en' } });
    expect(extension.language).toBe('en');
    expect(extension.body.errors[0].message).toMatch(/^The weights must add up to 100/);
  });

  it('renders class-validator failures and the guard’s refusals in the request’s language', async () => {
    const tooLong = { input: { code: 'X', kind: 'SKILL', sector: 'MANUFACTURING', labelIt: 'x', labelEn: 'x' } };
    const it = await server.gql(SKILL, tooLong);
    const en = await server.gql(SKILL, tooLong, { headers: EN });
    expect(it.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    expect(it.errors![0].message).toMatch(/^Valore non valido per input\.code: /);
    expect(it.errors![0].message).not.toMatch(/must|should/);
    expect(en.errors![0].message).toMatch(/^Invalid value for input\.code: /);

    const anonymous = await server.gql(`{ myWorklist { kind } }`, {}, { as: null });
    expect(anonymous.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
    expect(anonymous.errors![0].message).toMatch(/^Prima accedi/);
    const missing = await server.gql(
      `query($id: ID!) { node(id: $id) { id } }`,
      { id: toGlobalId('Opening', '00000000-0000-4000-8000-000000000000') },
      { headers: EN },
    );
    expect(missing.errors?.[0]?.message ?? '').not.toMatch(/Nessun/);
  });

  it('writes worklist items in Italian, with Italian dates, and gives their key and typed params', async () => {
    const query = `{ myWorklist { kind summary messageKey params { name text number day flag } } }`;
    const it = await server.gql(query, {}, { as: me });
    const en = await server.gql(query, {}, { as: me, headers: EN });
    expect(it.errors).toBeUndefined();
    if (!it.data!.myWorklist.some((i: any) => i.kind === 'REFERRAL_WAITING')) throw new Error(JSON.stringify(it.data));
    const item = it.data!.myWorklist.find((i: any) => i.kind === 'REFERRAL_WAITING');
    const [year, month, dayOfMonth] = referredOn.split('-').map(Number);
    const italianMonth = new Intl.DateTimeFormat('it-IT', { month: 'long', timeZone: 'UTC' }).format(
      new Date(Date.UTC(year, month - 1, dayOfMonth)),
    );
    expect(item.summary).toBe(
      `Segnalata il ${dayOfMonth} ${italianMonth} ${year}, ancora in attesa del colloquio di accoglienza`,
    );
    expect(item.messageKey).toBe('worklist.referralWaiting');
    expect(item.params).toEqual([{ name: 'referredOn', text: null, number: null, day: referredOn, flag: null }]);
    const english = en.data!.myWorklist.find((i: any) => i.kind === 'REFERRAL_WAITING');
    expect(english.summary).toMatch(/^Referred on \d{1,2} [A-Z][a-z]+ \d{4}, still waiting for the intake interview$/);
  });
});
