import { crc32 } from 'node:zlib';
import { computeCodiceFiscale } from '../../src/modules/beneficiaries/codice-fiscale';
import { TestServer } from './test-server';

/** Small builders for integration tests; everything goes through the public GraphQL API. */
export async function municipalityIds(server: TestServer): Promise<Record<string, string>> {
  const { data } = await server.gql(`{ municipalities { id name } }`);
  return Object.fromEntries(data!.municipalities.map((m: { id: string; name: string }) => [m.name, m.id]));
}

/** An operator created by the admin and, for a role that reads case content, approved by the coordinator. */
export async function createOperator(
  server: TestServer,
  input: { givenName?: string; familyName?: string; email: string; role?: string; ambito?: number | null },
): Promise<string> {
  const { data, errors } = await server.gql(
    `mutation($input: CreateOperatorInput!) { createOperator(input: $input) { id pendingRoleGrant { id } } }`,
    { input: { givenName: 'Giulia', familyName: 'Ferrari', role: 'OPERATOR', ambito: 1, ...input } },
    { as: server.adminId },
  );
  if (errors) throw new Error(JSON.stringify(errors));
  const { id, pendingRoleGrant } = data!.createOperator;
  if (pendingRoleGrant) await approveRoleGrant(server, pendingRoleGrant.id);
  return id;
}

/** The coordinator's half of giving a role that reads case content: the admin asked, the coordinator approves. */
export async function approveRoleGrant(server: TestServer, grantId: string): Promise<void> {
  const { errors } = await server.gql(
    `mutation($id: ID!) { approveRoleGrant(id: $id) { status } }`,
    { id: grantId },
    { as: server.coordinatorId },
  );
  if (errors) throw new Error(JSON.stringify(errors));
}

export function person(overrides: {
  givenName: string;
  familyName: string;
  birthDate: string;
  sex?: 'M' | 'F';
  residenceMunicipalityId: string;
  [key: string]: unknown;
}) {
  const { sex = 'M', ...profile } = overrides;
  return {
    codiceFiscale: computeCodiceFiscale({
      surname: overrides.familyName,
      givenName: overrides.givenName,
      birthDate: overrides.birthDate,
      sex,
      belfioreCode: 'B157',
    }),
    ...profile,
  };
}

export const REFERRAL = {
  serviceKind: 'MUNICIPAL_SOCIAL_SERVICE',
  serviceName: 'Servizi sociali del Comune di Brescia',
  contactName: 'Anna Bonetti',
  contactEmail: 'anna.bonetti@comune.brescia.example',
  referredOn: '2026-10-01',
  reason: 'Richiesta di percorso di inserimento lavorativo',
};

export const RECEIVE_REFERRAL = `
  mutation($input: ReceiveReferralInput!) {
    receiveReferral(input: $input) {
      beneficiaryCreated
      referral { id openedCase }
      beneficiary { id codiceFiscale caseStatus residence { name ambito { number } } }
    }
  }`;

export async function countRows(server: TestServer, table: string): Promise<number> {
  const [{ count }] = await server.dataSource.query(`SELECT count(*)::int AS count FROM ${table}`);
  return count;
}

/** Inserts one row straight into a table and returns its id: for fixtures the API has no single call for. */
export async function insertRow(server: TestServer, table: string, row: Record<string, unknown>): Promise<string> {
  const columns = Object.keys(row);
  const [{ id }] = await server.dataSource.query(
    `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map((_, i) => `$${i + 1}`).join(', ')}) RETURNING id`,
    Object.values(row),
  );
  return id;
}

/** An employer with the fields every test needs; each test names only what it is about. */
export async function insertEmployer(
  server: TestServer,
  fields: {
    legalName: string;
    partitaIva: string;
    atecoCode?: string;
    sector?: string;
    legalForm?: string;
    kind?: string;
  },
): Promise<string> {
  return insertRow(server, 'employer', {
    legal_name: fields.legalName,
    partita_iva: fields.partitaIva,
    codice_fiscale: fields.partitaIva,
    legal_form: fields.legalForm ?? 'SRL',
    kind: fields.kind ?? 'PRIVATE',
    ateco_code: fields.atecoCode ?? '52.10',
    sector: fields.sector ?? 'LOGISTICS',
  });
}

/** A zip with stored (uncompressed) entries, in order: enough for an office document's container. */
export function zipOf(entries: Array<[name: string, content: string | Buffer]>): Buffer {
  const locals: Buffer[] = [];
  const directory: Buffer[] = [];
  let offset = 0;
  for (const [name, raw] of entries) {
    const content = Buffer.isBuffer(raw) ? raw : Buffer.from(raw, 'utf8');
    const nameBytes = Buffer.from(name, 'utf8');
    const crc = crc32(content);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(content.length, 18);
    local.writeUInt32LE(content.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    locals.push(local, nameBytes, content);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(content.length, 20);
    central.writeUInt32LE(content.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    directory.push(central, nameBytes);
    offset += 30 + nameBytes.length + content.length;
  }
  const directoryBytes = Buffer.concat(directory);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directoryBytes.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directoryBytes, end]);
}

/** Small files of each kind a document may be, and of kinds it may not. */
export const SAMPLE_FILES = {
  pdf: Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n', 'latin1'),
  png: Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex'),
  jpeg: Buffer.from('ffd8ffe000104a46494600010100000100010000ffd9', 'hex'),
  docx: zipOf([
    ['[Content_Types].xml', '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'],
    ['_rels/.rels', '<Relationships/>'],
    ['word/document.xml', '<w:document/>'],
  ]),
  xlsx: zipOf([
    ['[Content_Types].xml', '<Types/>'],
    ['xl/workbook.xml', '<workbook/>'],
  ]),
  odt: zipOf([
    ['mimetype', 'application/vnd.oasis.opendocument.text'],
    ['content.xml', '<office:document-content/>'],
  ]),
  /** A Word document with macros: refused. */
  docm: zipOf([
    ['[Content_Types].xml', '<Types/>'],
    ['word/document.xml', '<w:document/>'],
    ['word/vbaProject.bin', Buffer.from([0xd0, 0xcf, 0x11, 0xe0])],
  ]),
  /** A Windows executable (MZ header). */
  exe: Buffer.concat([Buffer.from('4d5a90000300000004000000ffff0000', 'hex'), Buffer.alloc(64, 0x41)]),
  /** A plain zip archive with a program inside. */
  zip: zipOf([['setup.exe', Buffer.from('4d5a9000', 'hex')]]),
  html: Buffer.from('<html><script>alert(1)</script></html>'),
};

export const ATTACH_DOCUMENT = `
  mutation Attach($input: AttachDocumentInput!, $file: Upload) {
    attachDocument(input: $input, file: $file) {
      id classification contentType fileName byteSize sha256 downloadPath
    }
  }`;

/**
 * A real GraphQL multipart request (graphql-multipart-request-spec) carrying one file, as a browser's FormData
 * would send it, with Apollo's preflight header unless told otherwise.
 */
export async function uploadDocument(
  server: TestServer,
  input: Record<string, unknown>,
  file: { name: string; bytes: Buffer; type?: string },
  options: { as?: string | null; preflight?: boolean; query?: string } = {},
): Promise<{ status: number; body: any }> {
  const form = new FormData();
  form.append(
    'operations',
    JSON.stringify({ query: options.query ?? ATTACH_DOCUMENT, variables: { input, file: null } }),
  );
  form.append('map', JSON.stringify({ 0: ['variables.file'] }));
  form.append('0', new Blob([file.bytes], { type: file.type ?? 'application/octet-stream' }), file.name);
  const as = options.as === undefined ? server.coordinatorId : options.as;
  const headers: Record<string, string> = {
    ...(as === null ? {} : await server.authorization(as)),
    ...(options.preflight === false ? {} : { 'apollo-require-preflight': 'true' }),
  };
  const response = await fetch(`${server.url}/graphql`, { method: 'POST', headers, body: form });
  const text = await response.text();
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    // not JSON: returned as text
  }
  return { status: response.status, body };
}

/** GET /documents/<id> as an operator: the status, the bytes and the headers. */
export async function downloadDocument(
  server: TestServer,
  documentId: string,
  as: string | null = server.coordinatorId,
): Promise<{ status: number; bytes: Buffer; headers: Headers }> {
  const headers = as === null ? {} : await server.authorization(as);
  const response = await fetch(`${server.url}/documents/${encodeURIComponent(documentId)}`, { headers });
  return { status: response.status, bytes: Buffer.from(await response.arrayBuffer()), headers: response.headers };
}

/**
 * A copy of an opening with mediation changes made on its records (not on its match profile): what a what-if is
 * checked against. Returns the copy's ID; the caller rolls the transaction back.
 */
export async function copyOpeningWithChanges(
  manager: import('typeorm').EntityManager,
  openingId: string,
  changes: ReadonlyArray<{ code: string; params: object }>,
): Promise<string> {
  const [{ id }] = await manager.query(
    `INSERT INTO opening (employer_id, site_id, title, occupation_id, sector, description, weekly_hours, shifts,
       contract_type, positions, counts_toward_quota, physical_demands, accessibility_features, accommodations_arrangeable,
       status, opened_on)
     SELECT employer_id, site_id, title || ' (what-if)', occupation_id, sector, description, weekly_hours, shifts,
       contract_type, positions, counts_toward_quota, physical_demands, accessibility_features, accommodations_arrangeable,
       status, opened_on
     FROM opening WHERE id = $1 RETURNING id`,
    [openingId],
  );
  await manager.query(
    `INSERT INTO opening_skill (opening_id, skill_id, requirement, minimum_level, indispensable)
     SELECT $2, skill_id, requirement, minimum_level, indispensable FROM opening_skill WHERE opening_id = $1`,
    [openingId, id],
  );
  for (const { code, params: given } of changes) {
    const params = given as Record<string, unknown>;
    const set: Record<string, [string, unknown]> = {
      WEEKLY_HOURS: ['weekly_hours = $2', params.weeklyHours],
      DROP_SHIFT: ['shifts = array_remove(shifts, $2)', params.shift],
      DROP_PHYSICAL_DEMAND: ['physical_demands = array_remove(physical_demands, $2)', params.demand],
      DROP_DRIVING: [`physical_demands = array_remove(physical_demands, $2)`, 'DRIVING'],
      OFFER_FEATURE: ['accessibility_features = accessibility_features || $2::text', params.feature],
      ARRANGE_ACCOMMODATIONS: ['accommodations_arrangeable = $2', true],
      CONTRACT: ['contract_type = $2, counts_toward_quota = true', params.contractType],
    };
    if (code === 'LOWER_LEVEL') {
      await manager.query(`UPDATE opening_skill SET minimum_level = $3 WHERE opening_id = $1 AND skill_id = $2`, [
        id,
        params.skillId,
        params.level,
      ]);
    } else if (code === 'SKILL_NOT_INDISPENSABLE') {
      await manager.query(`UPDATE opening_skill SET indispensable = false WHERE opening_id = $1 AND skill_id = $2`, [
        id,
        params.skillId,
      ]);
    } else {
      const [assignment, value] = set[code];
      await manager.query(`UPDATE opening SET ${assignment} WHERE id = $1`, [id, value]);
    }
  }
  return id;
}

/** Makes mediation changes on a person's records (skills, licence, work constraints); the caller rolls back. */
export async function changePersonRecords(
  manager: import('typeorm').EntityManager,
  beneficiaryId: string,
  changes: ReadonlyArray<{ code: string; params: object }>,
): Promise<void> {
  await manager.query(`INSERT INTO work_constraints (beneficiary_id) VALUES ($1) ON CONFLICT DO NOTHING`, [
    beneficiaryId,
  ]);
  for (const { code, params: given } of changes) {
    const params = given as Record<string, unknown>;
    const constraints: Record<string, [string, unknown]> = {
      ADD_TRANSPORT_MODE: [
        `transport_modes = (CASE WHEN transport_modes = '{}' THEN ARRAY['PUBLIC_TRANSPORT'] ELSE transport_modes END) || $2::text`,
        params.transportMode,
      ],
      LONGER_COMMUTE: [
        'max_commute_km = max_commute_km + $2, max_commute_minutes = max_commute_minutes + $3',
        [params.extraKm, params.extraMinutes],
      ],
      ACCEPT_SHIFT: ['available_shifts = available_shifts || $2::text', params.shift],
      NEED_ARRANGED: ['accessibility_needs = array_remove(accessibility_needs, $2)', params.feature],
    };
    if (code === 'TRAIN_SKILL') {
      await manager.query(
        `INSERT INTO beneficiary_skill (beneficiary_id, skill_id, level, source, assessed_on) VALUES ($1, $2, $3, 'SELF_DECLARED', current_date)
         ON CONFLICT (beneficiary_id, skill_id) DO UPDATE SET level = greatest(beneficiary_skill.level, EXCLUDED.level)`,
        [beneficiaryId, params.skillId, params.level],
      );
    } else if (code === 'DRIVING_LICENCE') {
      await manager.query(`UPDATE beneficiary SET has_driving_licence = true WHERE id = $1`, [beneficiaryId]);
    } else {
      const [assignment, value] = constraints[code];
      await manager.query(`UPDATE work_constraints SET ${assignment} WHERE beneficiary_id = $1`, [
        beneficiaryId,
        ...(Array.isArray(value) ? value : [value]),
      ]);
    }
  }
}

/**
 * Open openings of the demo data to rank: the first `first` by ID, and up to twelve asking for an indispensable skill,
 * whose people the ranking finds by a narrower read.
 */
export async function openingsToRank(server: TestServer, first: number): Promise<string[]> {
  const rows: Array<{ id: string }> = await server.dataSource.query(
    `(SELECT id FROM opening WHERE status = 'OPEN' ORDER BY id LIMIT $1)
     UNION (SELECT o.id FROM opening o WHERE o.status = 'OPEN'
       AND EXISTS (SELECT 1 FROM opening_skill s WHERE s.opening_id = o.id AND s.indispensable) ORDER BY o.id LIMIT 12)
     ORDER BY id`,
    [first],
  );
  return rows.map((row) => row.id);
}
