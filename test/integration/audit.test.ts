import { fromGlobalId, toGlobalId } from '../../src/graphql/relay';
import {
  approveRoleGrant,
  createOperator,
  municipalityIds,
  person,
  RECEIVE_REFERRAL,
  REFERRAL,
} from '../helpers/fixtures';
import { startTestServer, TestServer } from '../helpers/test-server';

let server: TestServer;
let towns: Record<string, string>;
let operator: string;
let liaison: string;

const rawId = (globalId: string) => fromGlobalId(globalId)!.id;

async function refer(familyName: string, extra: Record<string, unknown> = {}): Promise<string> {
  const { data, errors } = await server.gql(
    RECEIVE_REFERRAL,
    {
      input: {
        referral: REFERRAL,
        newBeneficiary: person({
          givenName: 'Lia',
          familyName,
          birthDate: '1987-07-07',
          sex: 'F',
          residenceMunicipalityId: towns.Brescia,
          ...extra,
        }),
      },
    },
    { as: operator },
  );
  if (errors) throw new Error(JSON.stringify(errors));
  return data!.receiveReferral.beneficiary.id;
}

const events = (beneficiaryId: string) =>
  server.dataSource.query(
    `SELECT operator_id, operation, action, record_type, fields, transaction_id FROM audit_event WHERE beneficiary_id = $1 ORDER BY id`,
    [rawId(beneficiaryId)],
  );

beforeAll(async () => {
  server = await startTestServer();
  towns = await municipalityIds(server);
  operator = await createOperator(server, { email: 'tracciata@giustaoccupazione.example', ambito: 1 });
  liaison = await createOperator(server, {
    email: 'liaison.audit@giustaoccupazione.example',
    role: 'EMPLOYER_LIAISON',
    ambito: 1,
  });
});
afterAll(() => server.close());

describe('writes', () => {
  it('records every row a mutation writes, with who, which operation and which fields, in the writing transaction', async () => {
    const id = await refer('Scritta');
    const trail = await events(id);
    expect(trail.map((e: any) => `${e.action} ${e.record_type}`).sort()).toEqual([
      'INSERT beneficiary',
      'INSERT case_status_change',
      'INSERT referral',
    ]);
    for (const event of trail) {
      expect(event).toMatchObject({ operator_id: rawId(operator), operation: 'receiveReferral' });
    }
    expect(new Set(trail.map((e: any) => e.transaction_id)).size).toBe(1);
    const [{ xmin }] = await server.dataSource.query(`SELECT xmin::text FROM beneficiary WHERE id = $1`, [rawId(id)]);
    expect(String(BigInt(trail[0].transaction_id) % 2n ** 32n)).toBe(xmin);
  });

  it('names only the fields an update changed, and no values', async () => {
    const id = await refer('Cambiata');
    const { errors } = await server.gql(
      `mutation($id: ID!) { updateBeneficiary(id: $id, input: { phone: "+39 030 7654321", invalidityPercentage: 55 }) { id } }`,
      { id },
      { as: operator },
    );
    expect(errors).toBeUndefined();
    const update = (await events(id)).find((e: any) => e.action === 'UPDATE');
    expect(update).toMatchObject({
      operation: 'updateBeneficiary',
      record_type: 'beneficiary',
      operator_id: rawId(operator),
    });
    expect(update.fields).toEqual(expect.arrayContaining(['invalidity_percentage', 'phone']));
    expect(update.fields).not.toContain('family_name');
    const all = JSON.stringify(await server.dataSource.query(`SELECT * FROM audit_event`));
    expect(all).not.toContain('7654321');
  });

  it('leaves no trail of a write that failed: the entry and the write are undone together', async () => {
    const id = await refer('Fallita');
    const [{ n: before }] = await server.dataSource.query(`SELECT count(*)::int AS n FROM audit_event`);
    const { errors } = await server.gql(
      RECEIVE_REFERRAL,
      {
        input: {
          referral: REFERRAL,
          newBeneficiary: person({
            givenName: 'Lia',
            familyName: 'Fallita',
            birthDate: '1987-07-07',
            sex: 'F',
            residenceMunicipalityId: towns.Brescia,
          }),
        },
      },
      { as: operator },
    );
    expect(errors![0].extensions!.code).toBe('CONFLICT');
    const [{ n: after }] = await server.dataSource.query(`SELECT count(*)::int AS n FROM audit_event`);
    expect(after).toBe(before);
    expect((await events(id)).every((e: any) => e.operation === 'receiveReferral')).toBe(true);
  });

  it('names the author of writes outside case work too: staff accounts, settings, the skill catalogue, employers, contacts', async () => {
    const started = (await server.dataSource.query(`SELECT coalesce(max(id), 0) AS id FROM audit_event`))[0].id;
    const writes: Array<[string, string | undefined]> = [
      [
        `mutation { createOperator(input: { givenName: "Nuova", familyName: "Collega", email: "nuova.collega@giustaoccupazione.example", role: OPERATOR, ambito: 3 }) { id } }`,
        toGlobalId('Operator', server.adminId),
      ],
      [`mutation { updateWorklistSettings(input: { noContactDays: 45 }) { noContactDays } }`, undefined],
      [
        `mutation { createSkill(input: { code: "AUDIT_TEST", kind: TRANSVERSAL, labelEn: "Audit test", labelIt: "Prova audit", sector: LOGISTICS }) { id } }`,
        undefined,
      ],
      [
        `mutation { createEmployer(input: { legalName: "Audit S.r.l.", partitaIva: "01234567897", atecoCode: "52.10", kind: PRIVATE, legalForm: SRL, sector: LOGISTICS }) { id } }`,
        liaison,
      ],
    ];
    for (const [mutation, as] of writes) {
      const { data, errors } = await server.gql(mutation, undefined, { as });
      expect(errors).toBeUndefined();
      if (data!.createEmployer) {
        const contact = await server.gql(
          `mutation($id: ID!) { logConsultancyContact(input: { employerId: $id, contactedOn: "2026-11-02", topic: QUOTA_OBLIGATION, outcome: "Spiegato l'obbligo" }) { id } }`,
          { id: data!.createEmployer.id },
          { as: liaison },
        );
        expect(contact.errors).toBeUndefined();
      }
    }
    const rows = await server.dataSource.query(
      `SELECT operation, record_type, operator_id FROM audit_event WHERE id > $1 AND action <> 'READ' ORDER BY id`,
      [started],
    );
    expect(rows.map((r: any) => r.operation)).toEqual(
      expect.arrayContaining([
        'createOperator',
        'updateWorklistSettings',
        'createSkill',
        'createEmployer',
        'logConsultancyContact',
      ]),
    );
    expect(rows.filter((r: any) => r.operator_id === null)).toEqual([]);
  });

  it('cannot be changed, deleted or emptied, even with direct SQL', async () => {
    await refer('Permanente');
    for (const statement of [
      `UPDATE audit_event SET operation = 'x'`,
      `DELETE FROM audit_event`,
      `TRUNCATE audit_event`,
    ]) {
      await expect(server.dataSource.query(statement)).rejects.toThrow(/append-only/);
    }
  });
});

describe('reads of sensitive fields', () => {
  const READ = `query($id: ID!) { node(id: $id) { ... on Beneficiary { givenName invalidityPercentage disabilityKinds
    referrals { reason serviceName } workConstraints { physicalLimitations } } } }`;

  it('records which sensitive fields of which record each reader saw, and nothing for ordinary fields', async () => {
    const id = await refer('Letta', { invalidityPercentage: 60, disabilityKinds: ['PHYSICAL'] });
    await server.gql(
      `query($id: ID!) { node(id: $id) { ... on Beneficiary { givenName familyName } } }`,
      { id },
      { as: operator },
    );
    expect((await events(id)).filter((e: any) => e.action === 'READ')).toEqual([]);

    await server.gql(READ, { id }, { as: operator });
    const reads = (await events(id)).filter((e: any) => e.action === 'READ');
    expect(reads.map((e: any) => [e.record_type, e.fields, e.operation, e.operator_id])).toEqual(
      expect.arrayContaining([
        ['Beneficiary', ['disabilityKinds', 'invalidityPercentage'], 'node', rawId(operator)],
        ['Referral', ['reason', 'serviceName'], 'node', rawId(operator)],
      ]),
    );
  });

  it('records nothing for a field a role could not see', async () => {
    const id = await refer('Nascosta', { invalidityPercentage: 45 });
    const { data } = await server.gql(READ, { id }, { as: liaison });
    expect(data!.node).toMatchObject({ invalidityPercentage: null, disabilityKinds: null, referrals: null });
    const reads = (await events(id)).filter((e: any) => e.action === 'READ' && e.operator_id === rawId(liaison));
    expect(reads.flatMap((e: any) => e.fields)).not.toContain('invalidityPercentage');
  });

  it('withholds the data when its read cannot be recorded', async () => {
    const id = await refer('Trattenuta', { invalidityPercentage: 80 });
    await server.dataSource.query(`CREATE FUNCTION refuse_reads() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN IF NEW.action = 'READ' THEN RAISE EXCEPTION 'disk full'; END IF; RETURN NEW; END $$`);
    await server.dataSource.query(
      `CREATE TRIGGER refuse_reads BEFORE INSERT ON audit_event FOR EACH ROW EXECUTE FUNCTION refuse_reads()`,
    );
    try {
      const silence = jest.spyOn(console, 'error').mockImplementation(() => undefined);
      const { data, errors } = await server.gql(READ, { id }, { as: operator });
      silence.mockRestore();
      expect(data).toBeNull();
      expect(errors).toEqual([expect.objectContaining({ extensions: { code: 'SERVICE_UNAVAILABLE' } })]);
      expect(JSON.stringify(errors)).not.toMatch(/80|disk full/);
    } finally {
      await server.dataSource.query(`DROP TRIGGER refuse_reads ON audit_event; DROP FUNCTION refuse_reads()`);
    }
  });
});

describe('the auditTrail query', () => {
  const TRAIL = `query($beneficiaryId: ID, $operatorId: ID, $actions: [AuditAction!]) {
    auditTrail(beneficiaryId: $beneficiaryId, operatorId: $operatorId, actions: $actions, first: 50) {
      totalCount edges { node { action operation recordType fields beneficiaryId operator { email } occurredAt } } } }`;

  it('shows a coordinator everything about a person, newest first', async () => {
    const id = await refer('Seguita');
    await server.gql(
      `query($id: ID!) { node(id: $id) { ... on Beneficiary { invalidityPercentage } } }`,
      { id },
      { as: operator },
    );
    const { data, errors } = await server.gql(TRAIL, { beneficiaryId: id });
    expect(errors).toBeUndefined();
    const nodes = data!.auditTrail.edges.map((e: any) => e.node);
    expect(nodes[0]).toMatchObject({
      action: 'READ',
      operation: 'node',
      recordType: 'Beneficiary',
      fields: ['invalidityPercentage'],
      beneficiaryId: id,
    });
    expect(nodes.slice(1).map((n: any) => n.action)).toEqual(['INSERT', 'INSERT', 'INSERT']);
    expect(nodes.every((n: any) => n.operator.email === 'tracciata@giustaoccupazione.example')).toBe(true);
    const times = nodes.map((n: any) => Date.parse(n.occurredAt));
    expect([...times].sort((a, b) => b - a)).toEqual(times);
  });

  it('shows a coordinator everything one operator did, filtered by action', async () => {
    const { data } = await server.gql(TRAIL, { operatorId: operator, actions: ['UPDATE'] });
    expect(data!.auditTrail.totalCount).toBeGreaterThan(0);
    expect(
      data!.auditTrail.edges.every(
        (e: any) => e.node.action === 'UPDATE' && e.node.operator.email === 'tracciata@giustaoccupazione.example',
      ),
    ).toBe(true);
  });

  it('is for coordinators only', async () => {
    for (const as of [operator, liaison, toGlobalId('Operator', server.adminId)]) {
      const { errors } = await server.gql(TRAIL, {}, { as });
      expect(errors![0].extensions!.code).toBe('FORBIDDEN');
    }
  });

  it('gives each entry a global ID that node(id) finds, for coordinators only, and its position in the trail', async () => {
    const id = await refer('Ritrovata');
    const { data } = await server.gql(
      `query($id: ID!) { auditTrail(beneficiaryId: $id, first: 1) { edges { node { id position recordType } } } }`,
      { id },
    );
    const entry = data!.auditTrail.edges[0].node;
    expect(entry.position).toMatch(/^[1-9][0-9]*$/);
    expect(entry.id).toBe(toGlobalId('AuditEvent', entry.position));
    const NODE = `query($id: ID!) { node(id: $id) { __typename id ... on AuditEvent { position recordType } } }`;
    const found = await server.gql(NODE, { id: entry.id });
    expect(found).toEqual({ data: { node: { __typename: 'AuditEvent', ...entry } } });
    for (const as of [operator, liaison, toGlobalId('Operator', server.adminId)]) {
      const refused = await server.gql(NODE, { id: entry.id }, { as });
      expect(refused.errors![0].extensions!.code).toBe('FORBIDDEN');
      expect(refused.data?.node ?? null).toBeNull();
    }
    // Other spellings of the number are not IDs, and a number is no key for a type keyed by UUID.
    for (const spelling of [`0${entry.position}`, `${entry.position}.0`, `+${entry.position}`, '0', '-1'])
      expect((await server.gql(NODE, { id: toGlobalId('AuditEvent', spelling) })).errors![0].extensions!.code).toBe(
        'BAD_USER_INPUT',
      );
    expect(
      (await server.gql(NODE, { id: toGlobalId('Beneficiary', entry.position) })).errors![0].extensions!.code,
    ).toBe('BAD_USER_INPUT');
    const missing = await server.gql(NODE, { id: toGlobalId('AuditEvent', '999999999999') });
    expect(missing).toEqual({ data: { node: null } });
  });

  it('records sign-ins with the operator who signed in', async () => {
    const id = await createOperator(server, { email: 'entrata@giustaoccupazione.example', ambito: 3 });
    const set = await server.gql(
      `mutation($id: ID!) { setOperatorPassword(id: $id, password: "password-di-prova-1") { pendingRoleGrant { id } } }`,
      { id },
      { as: server.adminId },
    );
    await approveRoleGrant(server, set.data!.setOperatorPassword.pendingRoleGrant.id);
    const SIGN_IN = `mutation($p: String!) { signIn(email: "entrata@giustaoccupazione.example", password: $p) { accessToken } }`;
    await server.gql(SIGN_IN, { p: 'sbagliata' }, { as: null });
    await server.gql(SIGN_IN, { p: 'password-di-prova-1' }, { as: null });
    const { data } = await server.gql(TRAIL, { operatorId: id, actions: ['SIGN_IN', 'SIGN_IN_FAILED'] });
    expect(data!.auditTrail.edges.map((e: any) => [e.node.action, e.node.operation, e.node.operator.email])).toEqual([
      ['SIGN_IN', 'signIn', 'entrata@giustaoccupazione.example'],
      ['SIGN_IN_FAILED', 'signIn', 'entrata@giustaoccupazione.example'],
    ]);
  });
});
