import { toGlobalId } from '../../src/graphql/relay';
import { addDays, todayInItaly } from '../../src/config/calendar';
import { createOperator } from '../helpers/fixtures';
import { backdateCaseNote, insertPersonWithCase, PersonCase, silenceCase } from '../helpers/case-fixtures';
import { startTestServer, TestServer } from '../helpers/test-server';

/*
 * The contact log and case notes (issue 19 §1), over GraphQL for every role: a logged call clears the worklist's
 * "no contact" item; notes are health data, edited only by their author within the window, then append-only.
 */

let server: TestServer;
let operator: string;
let colleague: string;
let otherAmbito: string;
let liaison: string;
let admin: string;
let person: PersonCase;
let farPerson: PersonCase;
const raw = (globalId: string) => Buffer.from(globalId, 'base64url').toString().split(':')[1];
const personId = () => toGlobalId('Beneficiary', person.beneficiaryId);

const LOG = `mutation($input: LogContactInput!) { logContact(input: $input) {
  id kind withWhom note contactedAt operator { email } } }`;
const ADD = `mutation($input: AddCaseNoteInput!) { addCaseNote(input: $input) {
  id body writtenAt editedAt author { email } amends { id body } } }`;
const EDIT = `mutation($id: ID!, $body: String!) { editCaseNote(id: $id, body: $body) { id body editedAt } }`;
const PERSON = `query($id: ID!) { node(id: $id) { ... on Beneficiary {
  contacts { kind withWhom note contactedAt operator { email } } caseNotes { id body author { email } amends { id } } } } }`;
const WORKLIST = `{ myWorklist { kind beneficiary { id } } }`;

beforeAll(async () => {
  server = await startTestServer();
  operator = await createOperator(server, { email: 'op.uno@giustaoccupazione.example', ambito: 1 });
  colleague = await createOperator(server, { email: 'op.collega@giustaoccupazione.example', ambito: 1 });
  otherAmbito = await createOperator(server, { email: 'op.tre@giustaoccupazione.example', ambito: 3 });
  liaison = await createOperator(server, {
    email: 'liaison@giustaoccupazione.example',
    role: 'EMPLOYER_LIAISON',
    ambito: 1,
  });
  admin = server.adminId;
  person = await insertPersonWithCase(server, { town: 'Brescia', familyName: 'Contatti' });
  farPerson = await insertPersonWithCase(server, { town: 'Borgosatollo', familyName: 'Lontani' });
  await server.dataSource.query(`UPDATE beneficiary SET assigned_operator_id = $1 WHERE id = $2`, [
    raw(operator),
    person.beneficiaryId,
  ]);
});
afterAll(() => server.close());

describe('logContact and the worklist', () => {
  it('clears the "no contact for 60 days" item after a logged call, and only then', async () => {
    await silenceCase(server, person.beneficiaryId, addDays(todayInItaly(), -90));
    const before = await server.gql(WORKLIST, {}, { as: operator });
    expect(before.errors).toBeUndefined();
    expect(before.data!.myWorklist).toContainEqual({ kind: 'NO_CONTACT', beneficiary: { id: personId() } });

    const { data, errors } = await server.gql(
      LOG,
      { input: { beneficiaryId: personId(), kind: 'PHONE', withWhom: 'la persona', note: 'Sta bene, cerca lavoro' } },
      { as: operator },
    );
    expect(errors).toBeUndefined();
    expect(data!.logContact).toMatchObject({
      kind: 'PHONE',
      withWhom: 'la persona',
      note: 'Sta bene, cerca lavoro',
      operator: { email: 'op.uno@giustaoccupazione.example' },
    });

    const after = await server.gql(WORKLIST, {}, { as: operator });
    expect(after.data!.myWorklist.filter((i: any) => i.kind === 'NO_CONTACT')).toEqual([]);
  });

  it('counts a contact logged afterwards on the day it took place, and refuses one in the future', async () => {
    await silenceCase(server, person.beneficiaryId, addDays(todayInItaly(), -90));
    const old = `${addDays(todayInItaly(), -70)}T10:00:00+01:00`;
    const logged = await server.gql(
      LOG,
      { input: { beneficiaryId: personId(), kind: 'MEETING', withWhom: 'la madre', contactedAt: old } },
      { as: operator },
    );
    expect(logged.errors).toBeUndefined();
    // 70 days ago is still more than 60: the item stays.
    const still = await server.gql(WORKLIST, {}, { as: operator });
    expect(still.data!.myWorklist).toContainEqual({ kind: 'NO_CONTACT', beneficiary: { id: personId() } });

    const future = new Date(Date.now() + 3_600_000).toISOString();
    const refused = await server.gql(
      LOG,
      { input: { beneficiaryId: personId(), kind: 'PHONE', withWhom: 'la persona', contactedAt: future } },
      { as: operator },
    );
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.contactedAt' });
  });

  it('is open to case workers of the ambito only', async () => {
    const input = { beneficiaryId: personId(), kind: 'EMAIL', withWhom: 'assistente sociale' };
    const count = async () =>
      (
        await server.dataSource.query(`SELECT count(*)::int AS n FROM contact_log WHERE beneficiary_id = $1`, [
          person.beneficiaryId,
        ])
      )[0].n;
    const before = await count();
    expect((await server.gql(LOG, { input }, { as: otherAmbito })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await server.gql(LOG, { input }, { as: liaison })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await server.gql(LOG, { input }, { as: admin })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(await count()).toBe(before);
    expect((await server.gql(LOG, { input }, { as: colleague })).errors).toBeUndefined();
    expect((await server.gql(LOG, { input })).errors).toBeUndefined(); // the coordinator
    expect(await count()).toBe(before + 2);
  });

  it('lists the contacts on the person, latest first, for case workers; null for a liaison', async () => {
    const mine = await server.gql(PERSON, { id: personId() }, { as: operator });
    expect(mine.errors).toBeUndefined();
    const times = mine.data!.node.contacts.map((c: any) => c.contactedAt);
    expect(times).toHaveLength(4);
    expect([...times].sort().reverse()).toEqual(times);
    const theirs = await server.gql(PERSON, { id: personId() }, { as: liaison });
    expect(theirs.data!.node).toMatchObject({ contacts: null, caseNotes: null });
    const elsewhere = await server.gql(PERSON, { id: personId() }, { as: otherAmbito });
    expect(elsewhere.data!.node).toBeNull();
  });
});

describe('case notes', () => {
  let noteId: string;

  it('are written by the signed-in operator, and the author cannot be forged', async () => {
    const { data, errors } = await server.gql(
      ADD,
      { input: { beneficiaryId: personId(), body: 'Colloquio: riferisce ansia nei luoghi affollati' } },
      { as: operator },
    );
    expect(errors).toBeUndefined();
    expect(data!.addCaseNote.author.email).toBe('op.uno@giustaoccupazione.example');
    noteId = data!.addCaseNote.id;
    const forged = await server.gql(
      `mutation($input: AddCaseNoteInput!) { addCaseNote(input: $input) { id } }`,
      { input: { beneficiaryId: personId(), body: 'Falsa', authorId: colleague } },
      { as: operator },
    );
    expect(forged.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const [{ n }] = await server.dataSource.query(`SELECT count(*)::int AS n FROM case_note WHERE body = 'Falsa'`);
    expect(n).toBe(0);
  });

  it('are edited by their author within the window', async () => {
    const { data, errors } = await server.gql(
      EDIT,
      { id: noteId, body: 'Colloquio: riferisce ansia nei luoghi molto affollati' },
      { as: operator },
    );
    expect(errors).toBeUndefined();
    expect(data!.editCaseNote.body).toBe('Colloquio: riferisce ansia nei luoghi molto affollati');
    expect(data!.editCaseNote.editedAt).not.toBeNull();
  });

  it('refuse an edit longer than a note may be, as a typed error', async () => {
    const { errors } = await server.gql(EDIT, { id: noteId, body: 'x'.repeat(10_001) }, { as: operator });
    expect(errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'body' });
  });

  it('are not edited by another operator, the coordinator, another ambito, a liaison or an admin', async () => {
    const attempt = (as: string | undefined) =>
      server.gql(EDIT, { id: noteId, body: 'Cambiata da altri' }, as === undefined ? {} : { as });
    expect((await attempt(colleague)).errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', field: 'id' });
    expect((await attempt(undefined)).errors?.[0].extensions?.code).toBe('FORBIDDEN'); // the coordinator
    expect((await attempt(otherAmbito)).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await attempt(liaison)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await attempt(admin)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const [{ body }] = await server.dataSource.query(`SELECT body FROM case_note WHERE id = $1`, [raw(noteId)]);
    expect(body).toBe('Colloquio: riferisce ansia nei luoghi molto affollati');
  });

  it('are append-only after the window: an edit is a CONFLICT, an amending note is the way', async () => {
    await backdateCaseNote(server, raw(noteId), server.config.caseWork.noteEditMinutes + 1);
    const late = await server.gql(EDIT, { id: noteId, body: 'Troppo tardi' }, { as: operator });
    expect(late.errors?.[0].extensions?.code).toBe('CONFLICT');
    const amendment = await server.gql(
      ADD,
      { input: { beneficiaryId: personId(), body: 'Rettifica: ansia solo in orari di punta', amendsNoteId: noteId } },
      { as: colleague },
    );
    expect(amendment.errors).toBeUndefined();
    expect(amendment.data!.addCaseNote.amends).toEqual({
      id: noteId,
      body: 'Colloquio: riferisce ansia nei luoghi molto affollati',
    });
  });

  it('refuses to amend a note of another person', async () => {
    const far = await server.gql(ADD, {
      input: {
        beneficiaryId: toGlobalId('Beneficiary', farPerson.beneficiaryId),
        body: 'Altra persona',
        amendsNoteId: noteId,
      },
    });
    expect(far.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.amendsNoteId' });
  });

  it('are read by case workers with each read audited; null for a liaison; absent for another ambito', async () => {
    const since = (await server.dataSource.query(`SELECT coalesce(max(id), 0) AS id FROM audit_event`))[0].id;
    const mine = await server.gql(PERSON, { id: personId() }, { as: colleague });
    expect(mine.data!.node.caseNotes.map((n: any) => n.body)).toEqual([
      'Rettifica: ansia solo in orari di punta',
      'Colloquio: riferisce ansia nei luoghi molto affollati',
    ]);
    const reads = await server.dataSource.query(
      `SELECT record_type, fields FROM audit_event WHERE id > $1 AND action = 'READ' AND operator_id = $2
         AND beneficiary_id = $3 AND record_type = 'CaseNote'`,
      [since, raw(colleague), person.beneficiaryId],
    );
    expect(reads).toHaveLength(2);
    expect(reads[0].fields).toEqual(['body']);

    const theirs = await server.gql(PERSON, { id: personId() }, { as: liaison });
    expect(theirs.data!.node.caseNotes).toBeNull();
    const byNode = await server.gql(
      `query($id: ID!) { node(id: $id) { ... on CaseNote { body } } }`,
      { id: noteId },
      {
        as: otherAmbito,
      },
    );
    expect(byNode.data?.node ?? null).toBeNull();
    const liaisonNode = await server.gql(`query($id: ID!) { node(id: $id) { id } }`, { id: noteId }, { as: liaison });
    expect(liaisonNode.data?.node ?? null).toBeNull();
  });

  it('cannot be changed in the database behind the author’s back', async () => {
    await expect(
      server.dataSource.query(`UPDATE case_note SET author_id = $1 WHERE id = $2`, [raw(colleague), raw(noteId)]),
    ).rejects.toThrow(/never change/);
  });
});
