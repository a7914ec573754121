import fc from 'fast-check';
import { todayInItaly } from '../../src/config/calendar';
import { toGlobalId } from '../../src/graphql/relay';
import { insertPersonInOrientation } from '../helpers/case-fixtures';
import { startTestServer, TestServer } from '../helpers/test-server';

/*
 * The promise: a workshop never has more people enrolled than its capacity, even when enrolments arrive at once on
 * different database connections (the server's pool has several; each request runs on its own).
 */
let server: TestServer;
let brescia: string;
let run = 0;

beforeAll(async () => {
  server = await startTestServer();
  [{ id: brescia }] = await server.dataSource.query(`SELECT id FROM municipality WHERE name = 'Brescia'`);
});
afterAll(() => server.close());

/** Surnames whose first three consonants differ, so each person gets a codice fiscale of their own. */
const CONSONANTS = 'BCDFGLMNPRSTVZ';
let surnames = 0;
function distinctSurname(): string {
  const n = surnames++;
  const c = (k: number) => CONSONANTS[Math.floor(n / CONSONANTS.length ** k) % CONSONANTS.length];
  return `${c(2)}a${c(1)}a${c(0)}i`;
}

const ENROL = `mutation($w: ID!, $b: ID!) { enrolInWorkshop(workshopId: $w, beneficiaryId: $b) { id } }`;

it('never enrols more people than the capacity, however many ask at once', async () => {
  await fc.assert(
    fc.asyncProperty(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 6 }), async (capacity, asking) => {
      run += 1;
      const [{ id: workshopId }] = await server.dataSource.query(
        `INSERT INTO workshop (title, theme, ambito_number, municipality_id, capacity, operator_in_charge_id)
         VALUES ($1, 'Prova di capienza', 1, $2, $3, $4) RETURNING id`,
        [`Laboratorio ${run}`, brescia, capacity, server.coordinatorId],
      );
      await server.dataSource.query(
        `INSERT INTO workshop_session (workshop_id, held_on, starts_at, ends_at) VALUES ($1, $2, '09:00', '12:00')`,
        [workshopId, todayInItaly()],
      );
      const people: string[] = [];
      for (let i = 0; i < asking; i++) {
        people.push(await insertPersonInOrientation(server, { town: 'Brescia', familyName: distinctSurname() }));
      }
      const answers = await Promise.all(
        people.map((id) =>
          server.gql(ENROL, { w: toGlobalId('Workshop', workshopId), b: toGlobalId('Beneficiary', id) }),
        ),
      );
      const taken = answers.filter((a) => !a.errors).length;
      const refusals = answers.flatMap((a) => a.errors ?? []).map((e) => e.extensions?.reason);
      const [{ enrolled }] = await server.dataSource.query(
        `SELECT count(*)::int AS enrolled FROM workshop_enrolment WHERE workshop_id = $1`,
        [workshopId],
      );
      expect(enrolled).toBe(Math.min(capacity, asking));
      expect(taken).toBe(enrolled);
      expect(refusals).toEqual(Array(asking - taken).fill('full'));
    }),
    { numRuns: 12 },
  );
});
