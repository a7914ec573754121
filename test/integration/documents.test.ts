import http from 'node:http';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { toGlobalId } from '../../src/graphql/relay';
import { loadConfig } from '../../src/config/config';
import { insertPersonWithCase, PersonCase } from '../helpers/case-fixtures';
import { countRows, createOperator, downloadDocument, SAMPLE_FILES, uploadDocument } from '../helpers/fixtures';
import { startTestServer, TestServer } from '../helpers/test-server';

let server: TestServer;
const staff: Record<'OPERATOR' | 'OPERATOR_ELSEWHERE' | 'EMPLOYER_LIAISON' | 'COORDINATOR' | 'ADMIN', string> =
  {} as never;
let mine: PersonCase;
let theirs: PersonCase;
const MAX_BYTES = 64 * 1024;

const person = (c: PersonCase) => toGlobalId('Beneficiary', c.beneficiaryId);
interface UploadFile {
  name: string;
  bytes: Buffer;
  type?: string;
}
const pdf = (name = 'relazione.pdf'): UploadFile => ({ name, bytes: SAMPLE_FILES.pdf, type: 'application/pdf' });

beforeAll(async () => {
  const defaults = loadConfig({ NODE_ENV: 'test' });
  server = await startTestServer({ config: { documents: { ...defaults.documents, maxBytes: MAX_BYTES } } });
  staff.COORDINATOR = toGlobalId('Operator', server.coordinatorId);
  staff.ADMIN = toGlobalId('Operator', server.adminId);
  staff.OPERATOR = await createOperator(server, { email: 'op.uno@giustaoccupazione.example', ambito: 1 });
  staff.OPERATOR_ELSEWHERE = await createOperator(server, { email: 'op.tre@giustaoccupazione.example', ambito: 3 });
  staff.EMPLOYER_LIAISON = await createOperator(server, {
    email: 'liaison@giustaoccupazione.example',
    role: 'EMPLOYER_LIAISON',
    ambito: 1,
  });
  mine = await insertPersonWithCase(server, { town: 'Brescia', familyName: 'Abeni' });
  theirs = await insertPersonWithCase(server, { town: 'Rezzato', familyName: 'Rota' });
});
afterAll(() => server.close());

async function attach(
  input: Record<string, unknown>,
  file: UploadFile = pdf(),
  as: string | null = staff.OPERATOR,
): Promise<{ status: number; body: any }> {
  return uploadDocument(server, input, file, { as });
}

const documentRows = () => countRows(server, 'document');
const contentRows = () => countRows(server, 'document_content');

describe('uploading a document with a real multipart request', () => {
  it('stores a PDF for the operator’s own person, typed from its content, and lists it on the person', async () => {
    const { status, body } = await attach({ beneficiaryId: person(mine), classification: 'HEALTH' });
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    const document = body.data.attachDocument;
    expect(document).toMatchObject({
      classification: 'HEALTH',
      contentType: 'application/pdf',
      fileName: 'relazione.pdf',
      byteSize: SAMPLE_FILES.pdf.length,
    });
    expect(document.sha256).toMatch(/^[0-9a-f]{64}$/);
    const { data } = await server.gql(
      `query($id: ID!) { node(id: $id) { ... on Beneficiary { documents { id fileName } } } }`,
      { id: person(mine) },
      { as: staff.OPERATOR },
    );
    expect(data!.node.documents).toEqual([
      { id: toGlobalId('Document', mine.records.Document), fileName: 'verbale-invalidita.pdf' },
      { id: document.id, fileName: 'relazione.pdf' },
    ]);
  });

  it.each([
    ['scan.png', 'png', 'image/png'],
    ['foto.jpg', 'jpeg', 'image/jpeg'],
    ['accordo.docx', 'docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
    ['presenze.xlsx', 'xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
    ['consenso.odt', 'odt', 'application/vnd.oasis.opendocument.text'],
    // The name and the declared type say nothing: a PDF named .docx is a PDF.
    ['lettera.docx', 'pdf', 'application/pdf'],
  ] as const)('takes %s as %s and records %s', async (name, kind, expected) => {
    const { body } = await attach(
      { beneficiaryId: person(mine), classification: 'ADMINISTRATIVE' },
      { name, bytes: SAMPLE_FILES[kind], type: 'text/plain' },
    );
    expect(body.errors).toBeUndefined();
    expect(body.data.attachDocument.contentType).toBe(expected);
  });

  it.each([
    ['a renamed executable', 'certificato.pdf', 'exe'],
    ['a Word document with macros', 'modulo.docx', 'docm'],
    ['a zip archive with a program', 'documenti.pdf', 'zip'],
    ['an HTML page', 'referto.pdf', 'html'],
  ] as const)('refuses %s, whatever its name and declared type, and writes nothing', async (_what, name, kind) => {
    const before = [await documentRows(), await contentRows()];
    const { status, body } = await attach(
      { beneficiaryId: person(mine), classification: 'ADMINISTRATIVE' },
      { name, bytes: SAMPLE_FILES[kind], type: 'application/pdf' },
    );
    expect(status).toBe(200);
    expect(body.data).toBeNull();
    expect(body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'file' });
    expect([await documentRows(), await contentRows()]).toEqual(before);
  });

  it('refuses an empty file and a file name that is only a path', async () => {
    for (const file of [
      { name: 'vuoto.pdf', bytes: Buffer.alloc(0) },
      { name: '../../', bytes: SAMPLE_FILES.pdf },
    ]) {
      const { body } = await attach({ beneficiaryId: person(mine), classification: 'HEALTH' }, file);
      expect(body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'file' });
    }
  });

  it('keeps only the base name of a file name with folders in it', async () => {
    const { body } = await attach(
      { beneficiaryId: person(mine), classification: 'ADMINISTRATIVE' },
      { name: 'C:\\Users\\anna\\..\\segnalazione.pdf', bytes: SAMPLE_FILES.pdf },
    );
    expect(body.data.attachDocument.fileName).toBe('segnalazione.pdf');
  });

  it('keeps stored bytes unchangeable: the database refuses to update them (a new content is a new document)', async () => {
    await expect(server.dataSource.query(`UPDATE document_content SET bytes = '\\x00'`)).rejects.toThrow(
      /never updated/,
    );
  });

  it('refuses a multipart request without the preflight header (Apollo’s CSRF prevention), writing nothing', async () => {
    const before = await documentRows();
    const { status } = await uploadDocument(server, { beneficiaryId: person(mine), classification: 'HEALTH' }, pdf(), {
      as: staff.OPERATOR,
      preflight: false,
    });
    expect(status).toBe(400);
    expect(await documentRows()).toBe(before);
  });

  it('refuses a file over the limit declared in Content-Length before reading it', async () => {
    const before = await documentRows();
    const big = Buffer.concat([SAMPLE_FILES.pdf, Buffer.alloc(MAX_BYTES + 1, 0x20)]);
    const { status, body } = await attach(
      { beneficiaryId: person(mine), classification: 'HEALTH' },
      { name: 'grande.pdf', bytes: big },
    );
    expect(status).toBe(413);
    expect(body.errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
    expect(await documentRows()).toBe(before);
  });

  it('stops reading a streamed body without a length as soon as the file passes the limit', async () => {
    const before = await documentRows();
    const boundary = 'ponte-boundary';
    const head = Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="operations"\r\n\r\n` +
        JSON.stringify({
          query:
            'mutation($input: AttachDocumentInput!, $file: Upload) { attachDocument(input: $input, file: $file) { id } }',
          variables: { input: { beneficiaryId: person(mine), classification: 'HEALTH' }, file: null },
        }) +
        `\r\n--${boundary}\r\nContent-Disposition: form-data; name="map"\r\n\r\n{"0":["variables.file"]}` +
        `\r\n--${boundary}\r\nContent-Disposition: form-data; name="0"; filename="infinito.pdf"\r\n` +
        `Content-Type: application/pdf\r\n\r\n%PDF-1.4\n`,
    );
    const authorization = (await server.authorization(staff.OPERATOR)).authorization;
    const sent = { bytes: 0 };
    const status = await new Promise<number | 'closed'>((resolve) => {
      const request = http.request(`${server.url}/graphql`, {
        method: 'POST',
        headers: {
          authorization,
          'apollo-require-preflight': 'true',
          'content-type': `multipart/form-data; boundary=${boundary}`,
          'transfer-encoding': 'chunked',
        },
      });
      request.on('response', (response) => {
        response.resume();
        resolve(response.statusCode!);
      });
      request.on('error', () => resolve('closed'));
      request.write(head);
      // A body that would go on for 100 times the limit: the server must answer (or hang up) long before.
      const chunk = Buffer.alloc(16 * 1024, 0x41);
      const pump = () => {
        while (sent.bytes < 100 * MAX_BYTES) {
          sent.bytes += chunk.length;
          if (!request.write(chunk)) return void request.once('drain', pump);
        }
        request.end();
      };
      pump();
    });
    expect([413, 'closed']).toContain(status);
    expect(await documentRows()).toBe(before);
    // The server is still serving.
    expect((await server.gql('{ me { id } }')).errors).toBeUndefined();
  });

  it('refuses a value for the file sent in JSON variables: only a file part is a file', async () => {
    const { errors } = await server.gql(
      `mutation($input: AttachDocumentInput!, $file: Upload) { attachDocument(input: $input, file: $file) { id } }`,
      {
        input: { beneficiaryId: person(mine), classification: 'HEALTH' },
        file: { fileName: 'x.pdf', bytes: 'JVBERi0=' },
      },
      { as: staff.OPERATOR },
    );
    expect(errors![0].extensions!.code).toBe('BAD_USER_INPUT');
  });

  it('refuses a request that is not multipart without a file, naming the field', async () => {
    const { errors } = await server.gql(
      `mutation($input: AttachDocumentInput!) { attachDocument(input: $input) { id } }`,
      { input: { beneficiaryId: person(mine), classification: 'HEALTH' } },
      { as: staff.OPERATOR },
    );
    expect(errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'file' });
  });

  it('refuses malformed multipart requests with BAD_REQUEST', async () => {
    const authorization = await server.authorization(staff.OPERATOR);
    const cases: Array<[string, FormData]> = [];
    const noMap = new FormData();
    noMap.append('operations', JSON.stringify({ query: '{ me { id } }', variables: { file: null } }));
    noMap.append('0', new Blob([SAMPLE_FILES.pdf]), 'a.pdf');
    cases.push(['a file not in map', noMap]);
    const badPath = new FormData();
    badPath.append('operations', JSON.stringify({ query: '{ me { id } }', variables: {} }));
    badPath.append('map', JSON.stringify({ 0: ['query'] }));
    badPath.append('0', new Blob([SAMPLE_FILES.pdf]), 'a.pdf');
    cases.push(['a path outside variables', badPath]);
    const twoFiles = new FormData();
    twoFiles.append('operations', JSON.stringify({ query: '{ me { id } }', variables: { a: null, b: null } }));
    twoFiles.append('map', JSON.stringify({ 0: ['variables.a'], 1: ['variables.b'] }));
    twoFiles.append('0', new Blob([SAMPLE_FILES.pdf]), 'a.pdf');
    twoFiles.append('1', new Blob([SAMPLE_FILES.pdf]), 'b.pdf');
    cases.push(['two files', twoFiles]);
    const said: Record<string, string> = {};
    for (const [what, body] of cases) {
      const response = await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { ...authorization, 'apollo-require-preflight': 'true' },
        body,
      });
      expect({ what, status: response.status }).toEqual({ what, status: 400 });
      said[what] = ((await response.json()) as any).errors[0].message;
    }
    expect(said).toEqual({
      'a file not in map': 'Richiesta multipart non valida: una parte file non è indicata in "map"',
      'a path outside variables': 'Richiesta multipart non valida: "query" non è un percorso dentro "variables"',
      'two files': 'Richiesta multipart non valida: manca la parte file "1" indicata in "map"',
    });
    const english = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { ...authorization, 'apollo-require-preflight': 'true', 'accept-language': 'en' },
      body: badPath,
    });
    expect(((await english.json()) as any).errors[0].message).toBe(
      'Invalid multipart request: "query" is not a path into "variables"',
    );
  });
});

describe('who may upload', () => {
  it('is decided by the access guard for every role, and a refused upload writes nothing', async () => {
    const expected: Record<string, string> = {
      OPERATOR: 'ALLOWED',
      OPERATOR_ELSEWHERE: 'NOT_FOUND',
      EMPLOYER_LIAISON: 'FORBIDDEN',
      COORDINATOR: 'ALLOWED',
      ADMIN: 'FORBIDDEN',
      anonymous: 'UNAUTHENTICATED',
    };
    const got: Record<string, string> = {};
    for (const identity of Object.keys(expected)) {
      const before = await documentRows();
      const as = identity === 'anonymous' ? null : staff[identity as keyof typeof staff];
      const { body } = await attach({ beneficiaryId: person(mine), classification: 'ADMINISTRATIVE' }, pdf(), as);
      got[identity] = body.errors?.[0]?.extensions?.code ?? 'ALLOWED';
      if (got[identity] !== 'ALLOWED') expect(await documentRows()).toBe(before);
    }
    expect(got).toEqual(expected);
  });

  it('answers a wrong token as UNAUTHENTICATED', async () => {
    const form = new FormData();
    form.append(
      'operations',
      JSON.stringify({
        query:
          'mutation($input: AttachDocumentInput!, $file: Upload) { attachDocument(input: $input, file: $file) { id } }',
        variables: { input: { beneficiaryId: person(mine), classification: 'HEALTH' }, file: null },
      }),
    );
    form.append('map', JSON.stringify({ 0: ['variables.file'] }));
    form.append('0', new Blob([SAMPLE_FILES.pdf]), 'a.pdf');
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { authorization: 'Bearer non.un.token', 'apollo-require-preflight': 'true' },
      body: form,
    });
    const body = (await response.json()) as any;
    expect(body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('attaches to a referral or placement of the person, and not to another ambito’s', async () => {
    const referralId = toGlobalId('Referral', mine.records.Referral);
    const placementId = toGlobalId('Placement', mine.records.Placement);
    const toReferral = await attach({ referralId, classification: 'ADMINISTRATIVE' });
    expect(toReferral.body.errors).toBeUndefined();
    const toPlacement = await attach({ placementId, classification: 'ADMINISTRATIVE' });
    expect(toPlacement.body.errors).toBeUndefined();
    const { data } = await server.gql(
      `query($r: ID!, $p: ID!) {
        r: node(id: $r) { ... on Referral { documents { id } } }
        p: node(id: $p) { ... on Placement { documents { id } } }
      }`,
      { r: referralId, p: placementId },
      { as: staff.OPERATOR },
    );
    expect(data!.r.documents).toEqual([{ id: toReferral.body.data.attachDocument.id }]);
    expect(data!.p.documents).toEqual([{ id: toPlacement.body.data.attachDocument.id }]);
    const elsewhere = await attach({
      referralId: toGlobalId('Referral', theirs.records.Referral),
      classification: 'ADMINISTRATIVE',
    });
    expect(elsewhere.body.errors[0].extensions.code).toBe('NOT_FOUND');
  });

  it('refuses an ID of another type, and more than one parent', async () => {
    const wrongType = await attach({
      placementId: toGlobalId('Referral', mine.records.Referral),
      classification: 'ADMINISTRATIVE',
    });
    expect(wrongType.body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.placementId' });
    const two = await attach({
      beneficiaryId: person(mine),
      referralId: toGlobalId('Referral', mine.records.Referral),
      classification: 'ADMINISTRATIVE',
    });
    expect(two.body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input' });
  });
});

describe('who may read and download', () => {
  let health: string;
  let administrative: string;
  let theirsHealth: string;

  beforeAll(async () => {
    health = (await attach({ beneficiaryId: person(mine), classification: 'HEALTH' }, pdf('invalidita.pdf'))).body.data
      .attachDocument.id;
    administrative = (
      await attach({ beneficiaryId: person(mine), classification: 'ADMINISTRATIVE' }, pdf('accordo.pdf'))
    ).body.data.attachDocument.id;
    theirsHealth = (
      await attach({ beneficiaryId: person(theirs), classification: 'HEALTH' }, pdf(), staff.OPERATOR_ELSEWHERE)
    ).body.data.attachDocument.id;
  });

  it('serves the bytes as uploaded, as an attachment, and records the download in the audit trail', async () => {
    const auditBefore = await countRows(server, 'audit_event');
    const { status, bytes, headers } = await downloadDocument(server, health, staff.OPERATOR);
    expect(status).toBe(200);
    expect(bytes.equals(SAMPLE_FILES.pdf)).toBe(true);
    expect(headers.get('content-type')).toBe('application/pdf');
    expect(headers.get('content-disposition')).toBe("attachment; filename*=UTF-8''invalidita.pdf");
    expect(headers.get('cache-control')).toBe('no-store');
    const rows = await server.dataSource.query(
      `SELECT operator_id, action, record_type, beneficiary_id, fields FROM audit_event
       WHERE operation = 'downloadDocument' AND record_id = $1`,
      [
        health.length
          ? (await server.dataSource.query(`SELECT id FROM document WHERE file_name = 'invalidita.pdf'`))[0].id
          : '',
      ],
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ action: 'READ', record_type: 'document', beneficiary_id: mine.beneficiaryId });
    expect(await countRows(server, 'audit_event')).toBeGreaterThan(auditBefore);
  });

  it('decides each download by role, ambito and classification', async () => {
    const status = async (id: string, identity: keyof typeof staff | 'anonymous') =>
      (await downloadDocument(server, id, identity === 'anonymous' ? null : staff[identity])).status;
    const table: Record<string, Record<string, number>> = {};
    for (const identity of [
      'OPERATOR',
      'OPERATOR_ELSEWHERE',
      'EMPLOYER_LIAISON',
      'COORDINATOR',
      'ADMIN',
      'anonymous',
    ] as const) {
      table[identity] = {
        health: await status(health, identity),
        administrative: await status(administrative, identity),
        theirsHealth: await status(theirsHealth, identity),
      };
    }
    expect(table).toEqual({
      OPERATOR: { health: 200, administrative: 200, theirsHealth: 404 },
      OPERATOR_ELSEWHERE: { health: 404, administrative: 404, theirsHealth: 200 },
      EMPLOYER_LIAISON: { health: 404, administrative: 200, theirsHealth: 404 },
      COORDINATOR: { health: 200, administrative: 200, theirsHealth: 200 },
      ADMIN: { health: 403, administrative: 403, theirsHealth: 403 },
      anonymous: { health: 401, administrative: 401, theirsHealth: 401 },
    });
  });

  it('answers a document that does not exist, an ID of another type and a malformed ID alike: 404', async () => {
    for (const id of [
      toGlobalId('Document', '00000000-0000-4000-8000-000000000000'),
      toGlobalId('Beneficiary', mine.beneficiaryId),
      toGlobalId('Placement', mine.records.Placement),
      'non-un-id',
    ]) {
      expect((await downloadDocument(server, id, staff.COORDINATOR)).status).toBe(404);
    }
    expect((await downloadDocument(server, toGlobalId('Beneficiary', mine.beneficiaryId), staff.ADMIN)).status).toBe(
      403,
    );
  });

  it('leaves health documents out of a liaison’s lists and lookups, as if they did not exist', async () => {
    const query = `query($p: ID!, $d: ID!) {
      person: node(id: $p) { ... on Beneficiary { documents { id classification } } }
      document: node(id: $d) { id }
    }`;
    const liaison = await server.gql(query, { p: person(mine), d: health }, { as: staff.EMPLOYER_LIAISON });
    expect(liaison.errors).toBeUndefined();
    expect(liaison.data!.document).toBeNull();
    const seen = liaison.data!.person.documents;
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.every((d: any) => d.classification === 'ADMINISTRATIVE')).toBe(true);
    const operator = await server.gql(query, { p: person(mine), d: health }, { as: staff.OPERATOR });
    expect(operator.data!.document).toEqual({ id: health });
    expect(operator.data!.person.documents.some((d: any) => d.classification === 'HEALTH')).toBe(true);
  });

  it('records the listing of a health document as a read of health data', async () => {
    const before = await countRows(server, 'audit_event');
    await server.gql(
      `query($p: ID!) { node(id: $p) { ... on Beneficiary { documents { id } } } }`,
      { p: person(mine) },
      { as: staff.OPERATOR },
    );
    const reads = await server.dataSource.query(
      `SELECT record_type, beneficiary_id FROM audit_event WHERE id > (SELECT max(id) FROM audit_event) - $1
       AND action = 'READ' AND record_type = 'Document'`,
      [(await countRows(server, 'audit_event')) - before],
    );
    expect(reads.length).toBeGreaterThan(0);
    expect(reads.every((r: any) => r.beneficiary_id === mine.beneficiaryId)).toBe(true);
  });

  it('shows an operator no document of another ambito, through the person or by ID', async () => {
    const { data, errors } = await server.gql(
      `query($d: ID!) { node(id: $d) { id } }`,
      { d: theirsHealth },
      { as: staff.OPERATOR },
    );
    expect(errors).toBeUndefined();
    expect(data!.node).toBeNull();
  });
});

describe('the folder store', () => {
  let folderServer: TestServer;
  let folder: string;

  beforeAll(async () => {
    folder = mkdtempSync(path.join(tmpdir(), 'ponte-documents-'));
    const defaults = loadConfig({ NODE_ENV: 'test' });
    folderServer = await startTestServer({
      config: { documents: { ...defaults.documents, storage: 'FOLDER', folder } },
    });
  });
  afterAll(async () => {
    await folderServer.close();
    rmSync(folder, { recursive: true, force: true });
  });

  it('keeps the bytes in a file named by the document’s ID, not in the database, and serves them back', async () => {
    const someone = await insertPersonWithCase(folderServer, { town: 'Brescia', familyName: 'Cartella' });
    const { body } = await uploadDocument(
      folderServer,
      { beneficiaryId: toGlobalId('Beneficiary', someone.beneficiaryId), classification: 'HEALTH' },
      { name: '../../etc/passwd.png', bytes: SAMPLE_FILES.png },
    );
    expect(body.errors).toBeUndefined();
    const [row] = await folderServer.dataSource.query(
      `SELECT id, storage FROM document WHERE file_name = 'passwd.png'`,
    );
    expect(row.storage).toBe('FOLDER');
    expect(readdirSync(folder)).toEqual([row.id]);
    const stored = await folderServer.dataSource.query(`SELECT 1 FROM document_content WHERE document_id = $1`, [
      row.id,
    ]);
    expect(stored).toEqual([]);
    const { status, bytes } = await downloadDocument(folderServer, body.data.attachDocument.id);
    expect(status).toBe(200);
    expect(bytes.equals(SAMPLE_FILES.png)).toBe(true);
    expect(existsSync(path.join(folder, 'passwd.png'))).toBe(false);
  });
});
