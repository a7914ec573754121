import { toGlobalId } from '../../src/graphql/relay';
import { insertPersonWithCase, PersonCase } from '../helpers/case-fixtures';
import { createOperator, SAMPLE_FILES, uploadDocument } from '../helpers/fixtures';
import { startTestServer, TestServer } from '../helpers/test-server';

let server: TestServer;
let abeni: PersonCase;
let rota: PersonCase;
let operator: string;
let liaison: string;

const EXPORT = `query($id: ID!) {
  subjectAccessExport(beneficiaryId: $id) { beneficiaryId generatedAt sections { name tables } pdfBase64 }
}`;

interface LinkedTable {
  table: string;
  /** SQL selecting the primary keys (as JSON text) of the table's rows about the person $1. */
  rowsAbout: string;
  key: string[];
}

/**
 * Every table that holds rows about a person, found in the database itself rather than from a list: tables with a
 * foreign key to `beneficiary`, or a `beneficiary_id` column, and, transitively, tables with a foreign key to one of
 * those. For each, the SQL that finds the rows about one person through those links.
 */
async function personLinkedTables(): Promise<LinkedTable[]> {
  const schema = (await server.dataSource.query(`SELECT current_schema() AS s`))[0].s;
  const foreignKeys: Array<{ child: string; columns: string[]; parent: string; parentColumns: string[] }> =
    await server.dataSource.query(
      `SELECT c.conrelid::regclass::text AS child, c.confrelid::regclass::text AS parent,
              array(SELECT a.attname::text FROM unnest(c.conkey) WITH ORDINALITY k(n, i)
                    JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.n ORDER BY k.i) AS columns,
              array(SELECT a.attname::text FROM unnest(c.confkey) WITH ORDINALITY k(n, i)
                    JOIN pg_attribute a ON a.attrelid = c.confrelid AND a.attnum = k.n ORDER BY k.i) AS "parentColumns"
       FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace
       WHERE c.contype = 'f' AND n.nspname = $1`,
      [schema],
    );
  const withPersonColumn: Array<{ table: string }> = await server.dataSource.query(
    `SELECT table_name AS table FROM information_schema.columns
     WHERE table_schema = $1 AND column_name = 'beneficiary_id'`,
    [schema],
  );
  const keys: Array<{ table: string; columns: string[] }> = await server.dataSource.query(
    `SELECT i.indrelid::regclass::text AS table,
            array(SELECT a.attname::text FROM unnest(i.indkey) WITH ORDINALITY k(n, o)
                  JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.n ORDER BY k.o) AS columns
     FROM pg_index i JOIN pg_class t ON t.oid = i.indrelid JOIN pg_namespace n ON n.oid = t.relnamespace
     WHERE i.indisprimary AND n.nspname = $1`,
    [schema],
  );
  const keyOf = new Map(keys.map((k) => [k.table, k.columns]));
  // The condition "this row is about person $1", built outward from the person.
  const about = new Map<string, string[]>([['beneficiary', ['id = $1']]]);
  for (const { table } of withPersonColumn) {
    if (table !== 'beneficiary') about.set(table, [...(about.get(table) ?? []), 'beneficiary_id = $1']);
  }
  for (let depth = 0; depth < 4; depth += 1) {
    for (const fk of foreignKeys) {
      if (fk.child === fk.parent || !about.has(fk.parent)) continue;
      const condition = `(${fk.columns.join(', ')}) IN (SELECT ${fk.parentColumns.join(', ')} FROM ${fk.parent} WHERE ${about.get(fk.parent)!.join(' OR ')})`;
      const conditions = about.get(fk.child) ?? [];
      if (!conditions.includes(condition)) about.set(fk.child, [...conditions, condition]);
    }
  }
  return [...about.entries()].map(([table, conditions]) => {
    const key = keyOf.get(table)!;
    return {
      table,
      key,
      rowsAbout: `SELECT json_build_array(${key.map((c) => `${c}::text`).join(', ')})::text AS k FROM ${table} WHERE ${conditions.join(' OR ')}`,
    };
  });
}

async function exportOf(person: PersonCase, as?: string) {
  return server.gql(EXPORT, { id: toGlobalId('Beneficiary', person.beneficiaryId) }, as ? { as } : {});
}

beforeAll(async () => {
  server = await startTestServer();
  operator = await createOperator(server, { email: 'op.uno@giustaoccupazione.example', ambito: 1 });
  liaison = await createOperator(server, {
    email: 'liaison@giustaoccupazione.example',
    role: 'EMPLOYER_LIAISON',
    ambito: 1,
  });
  abeni = await insertPersonWithCase(server, { town: 'Brescia', familyName: 'Abeni' });
  rota = await insertPersonWithCase(server, { town: 'Brescia', familyName: 'Rota', givenName: 'Lucia' });
  for (const someone of [abeni, rota]) {
    const id = toGlobalId('Beneficiary', someone.beneficiaryId);
    await uploadDocument(
      server,
      { beneficiaryId: id, classification: 'HEALTH' },
      { name: 'certificato.pdf', bytes: SAMPLE_FILES.pdf },
    );
    await uploadDocument(
      server,
      { placementId: toGlobalId('Placement', someone.records.Placement), classification: 'ADMINISTRATIVE' },
      { name: 'convenzione.odt', bytes: SAMPLE_FILES.odt },
    );
    // A read of health data by an operator, to be found in the audit trail section.
    await server.gql(
      `query($id: ID!) { node(id: $id) { ... on Beneficiary { invalidityPercentage } } }`,
      { id },
      { as: operator },
    );
  }
  // Rows of the remaining person-linked tables, so that the walk below has something to find in each.
  await server.dataSource.query(
    `INSERT INTO placement_match_evidence (placement_id, opening_id, eligible_candidates, top_candidate, factors, weights, exclusion_reasons)
     SELECT id, opening_id, 3, false, '[]', '{}', '[]' FROM placement WHERE beneficiary_id = ANY($1)`,
    [[abeni.beneficiaryId, rota.beneficiaryId]],
  );
  await server.dataSource.query(
    `INSERT INTO referral_assignment (received_by_id, cause, referral_details, new_beneficiary, known_beneficiary_id)
     VALUES ($1, 'PERSON_KNOWN_ELSEWHERE', '{"reason": "x"}', '{"familyName": "Abeni"}', $2)`,
    [server.coordinatorId, abeni.beneficiaryId],
  );
});
afterAll(() => server.close());

describe('subjectAccessExport (GDPR art. 15)', () => {
  it('holds every row about the person that the database holds, for every table linked to a person', async () => {
    const { data, errors } = await exportOf(abeni);
    expect(errors).toBeUndefined();
    const exported = new Map<string, Array<Record<string, unknown>>>();
    for (const section of data!.subjectAccessExport.sections)
      for (const [table, rows] of Object.entries(section.tables as Record<string, any[]>)) exported.set(table, rows);

    const linked = await personLinkedTables();
    // A new table about people that no area of the export lists fails here (privacy/personal-data-areas.ts).
    expect(linked.map((t) => t.table).filter((table) => !exported.has(table))).toEqual([]);
    let compared = 0;
    for (const { table, key, rowsAbout } of linked) {
      const inDatabase = (await server.dataSource.query(rowsAbout, [abeni.beneficiaryId])).map((r: any) => r.k).sort();
      const inExport = exported
        .get(table)!
        .map((row) => JSON.stringify(key.map((column) => String(row[column]))).replace(/,/g, ', '))
        .sort();
      expect({ table, rows: inExport }).toEqual({ table, rows: inDatabase.map((k: string) => k) });
      compared += inDatabase.length;
    }
    expect(linked.length).toBeGreaterThanOrEqual(14);
    expect(compared).toBeGreaterThan(20);
  });

  it('holds nothing about another person', async () => {
    const { data } = await exportOf(abeni);
    const text = JSON.stringify(data!.subjectAccessExport.sections);
    const [other] = await server.dataSource.query(`SELECT codice_fiscale FROM beneficiary WHERE id = $1`, [
      rota.beneficiaryId,
    ]);
    expect(text).not.toContain(rota.beneficiaryId);
    expect(text).not.toContain(other.codice_fiscale);
    expect(text).not.toContain('Lucia');
    for (const id of Object.values(rota.records)) expect(text).not.toContain(id);
    const theirDocuments = await server.dataSource.query(`SELECT id FROM document WHERE beneficiary_id = $1`, [
      rota.beneficiaryId,
    ]);
    for (const { id } of theirDocuments) expect(text).not.toContain(id);
  });

  it('shows the trail of who read or changed the data, the export itself included', async () => {
    const before = (await server.dataSource.query(`SELECT max(id)::bigint AS m FROM audit_event`))[0].m;
    const { data } = await exportOf(abeni);
    const trail = data!.subjectAccessExport.sections.find((s: any) => s.name === 'auditTrail').tables.audit_event;
    expect(
      trail.some((e: any) => e.action === 'READ' && e.operation === 'node' && e.operator_role === 'OPERATOR'),
    ).toBe(true);
    expect(trail.some((e: any) => e.action === 'INSERT' && e.record_type === 'document')).toBe(true);
    const exportEvents = await server.dataSource.query(
      `SELECT operator_id, action, beneficiary_id FROM audit_event WHERE id > $1 AND operation = 'subjectAccessExport'`,
      [before],
    );
    expect(exportEvents).toEqual([
      { operator_id: server.coordinatorId, action: 'READ', beneficiary_id: abeni.beneficiaryId },
    ]);
    expect(trail.some((e: any) => e.operation === 'subjectAccessExport' && String(e.id) > String(before))).toBe(true);
  });

  it('gives the same as a readable PDF', async () => {
    const { data } = await exportOf(abeni);
    const pdf = Buffer.from(data!.subjectAccessExport.pdfBase64, 'base64');
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.subarray(-8).toString('latin1')).toContain('%%EOF');
    expect(pdf.length).toBeGreaterThan(2000);
  });

  it('is for coordinators only, and a refused request records no export', async () => {
    const before = (
      await server.dataSource.query(
        `SELECT count(*)::int AS n FROM audit_event WHERE operation = 'subjectAccessExport'`,
      )
    )[0].n;
    for (const as of [operator, liaison, toGlobalId('Operator', server.adminId)]) {
      const { data, errors } = await exportOf(abeni, as);
      expect(data).toBeNull();
      expect(errors![0].extensions!.code).toBe('FORBIDDEN');
    }
    const anonymous = await server.gql(EXPORT, { id: toGlobalId('Beneficiary', abeni.beneficiaryId) }, { as: null });
    expect(anonymous.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
    const after = (
      await server.dataSource.query(
        `SELECT count(*)::int AS n FROM audit_event WHERE operation = 'subjectAccessExport'`,
      )
    )[0].n;
    expect(after).toBe(before);
  });

  it('answers an ID of another type or of nobody as bad input or not found', async () => {
    const wrongType = await server.gql(EXPORT, { id: toGlobalId('Placement', abeni.records.Placement) });
    expect(wrongType.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'beneficiaryId' });
    const nobody = await server.gql(EXPORT, { id: toGlobalId('Beneficiary', '00000000-0000-4000-8000-000000000000') });
    expect(nobody.errors![0].extensions!.code).toBe('NOT_FOUND');
  });
});
