import { fromGlobalId, toGlobalId } from '../../src/graphql/relay';
import { startTestServer, TestServer } from '../helpers/test-server';
import { createOperator } from '../helpers/fixtures';

let server: TestServer;
let admin: string;
let coordinator: string;

const PASSWORD = 'una-password-lunga-2026';
const CREATE = `mutation($input: CreateOperatorInput!) { createOperator(input: $input) { id role pendingRoleGrant { id role status } } }`;
const UPDATE = `mutation($id: ID!, $input: UpdateOperatorInput!) { updateOperator(id: $id, input: $input) { id role active pendingRoleGrant { id role } } }`;
const SIGN_IN = `mutation($email: String!, $password: String!) { signIn(email: $email, password: $password) { accessToken operator { role } } }`;
const APPROVE = `mutation($id: ID!) { approveRoleGrant(id: $id) { status decidedBy { id } operator { id role ambito { number } } } }`;
const REJECT = `mutation($id: ID!) { rejectRoleGrant(id: $id) { status operator { role } } }`;
const GRANTS = `query($status: RoleGrantStatus) { roleGrants(status: $status, first: 50) { edges { node {
  id role status cause operator { email } requestedBy { id } decidedBy { id } } } } }`;
/** Case content: what no ADMIN may read, and what a role grant opens. */
const CASE_CONTENT = `{ beneficiaries(first: 1) { totalCount } }`;

const bearer = (token: string) => ({ as: null, headers: { authorization: `Bearer ${token}` } });
const raw = (globalId: string) => fromGlobalId(globalId)!.id;

async function create(email: string, role: string, ambito: number | null, as = admin) {
  return server.gql(
    CREATE,
    { input: { givenName: 'Ada', familyName: 'Rossi', email, role, ambito, password: PASSWORD } },
    { as },
  );
}

function signIn(email: string, password = PASSWORD) {
  return server.gql(SIGN_IN, { email, password }, { as: null });
}

async function readsCaseContent(email: string): Promise<boolean> {
  const session = await signIn(email);
  if (!session.data) return false;
  const { errors } = await server.gql(CASE_CONTENT, undefined, bearer(session.data.signIn.accessToken));
  return errors === undefined;
}

const auditOf = (table: string, id: string) =>
  server.dataSource.query(
    `SELECT action, operation, operator_id, fields FROM audit_event WHERE record_type = $1 AND record_id = $2 ORDER BY id`,
    [table, id],
  );

beforeAll(async () => {
  server = await startTestServer();
  admin = toGlobalId('Operator', server.adminId);
  coordinator = toGlobalId('Operator', server.coordinatorId);
});
afterAll(() => server.close());

describe('an admin alone cannot reach case content', () => {
  it('refuses an admin who changes their own role, ambito or active flag, and changes nothing', async () => {
    for (const input of [{ role: 'COORDINATOR' }, { role: 'OPERATOR', ambito: 1 }, { active: false }, { ambito: 3 }]) {
      const { data, errors } = await server.gql(UPDATE, { id: admin, input }, { as: admin });
      expect(data).toBeNull();
      expect(errors![0].extensions).toMatchObject({ code: 'FORBIDDEN' });
    }
    const [row] = await server.dataSource.query(`SELECT role, active FROM operator WHERE id = $1`, [server.adminId]);
    expect(row).toEqual({ role: 'ADMIN', active: true });
    expect(await server.gql(CASE_CONTENT, undefined, { as: admin })).toMatchObject({
      errors: [{ extensions: { code: 'FORBIDDEN' } }],
    });
  });

  it('refuses an admin setting their own password or lifting their own sign-in lock: a stolen token must not keep the account', async () => {
    const setOwn = await server.gql(
      `mutation($id: ID!) { setOperatorPassword(id: $id, password: "scelta-da-chi-ruba-2026") { id } }`,
      { id: admin },
      { as: admin },
    );
    expect(setOwn.errors![0].extensions).toMatchObject({ code: 'FORBIDDEN' });
    const [{ password_hash }] = await server.dataSource.query(`SELECT password_hash FROM operator WHERE id = $1`, [
      server.adminId,
    ]);
    expect(password_hash).toBeNull();
    const unlockOwn = await server.gql(
      `mutation($id: ID!) { unlockSignIn(operatorId: $id) { id } }`,
      { id: admin },
      { as: admin },
    );
    expect(unlockOwn.errors![0].extensions).toMatchObject({ code: 'FORBIDDEN' });
  });

  it('creates an account with a case role that cannot sign in until a coordinator approves it', async () => {
    for (const [email, role, ambito] of [
      ['finto.coordinatore@giustaoccupazione.example', 'COORDINATOR', null],
      ['finto.operatore@giustaoccupazione.example', 'OPERATOR', 3],
      ['finto.liaison@giustaoccupazione.example', 'EMPLOYER_LIAISON', 1],
    ] as const) {
      const created = await create(email, role, ambito);
      expect(created.errors).toBeUndefined();
      expect(created.data!.createOperator).toMatchObject({ role: null, pendingRoleGrant: { role, status: 'PENDING' } });
      const attempt = await signIn(email);
      expect(attempt.errors![0]).toMatchObject({
        extensions: { code: 'UNAUTHENTICATED' },
        message: expect.stringMatching(/coordinatore/),
      });
      expect(await readsCaseContent(email)).toBe(false);
    }
  });

  it('lets an admin create an account with no case content (another admin) at once', async () => {
    const created = await create('altra.admin@giustaoccupazione.example', 'ADMIN', null);
    expect(created.data!.createOperator).toMatchObject({ role: 'ADMIN', pendingRoleGrant: null });
    expect((await signIn('altra.admin@giustaoccupazione.example')).errors).toBeUndefined();
  });

  it('keeps a role change of another operator pending: the old role stays in force', async () => {
    const id = (await create('promossa@giustaoccupazione.example', 'ADMIN', null)).data!.createOperator.id;
    const changed = await server.gql(UPDATE, { id, input: { role: 'COORDINATOR' } }, { as: admin });
    expect(changed.errors).toBeUndefined();
    expect(changed.data!.updateOperator).toMatchObject({ role: 'ADMIN', pendingRoleGrant: { role: 'COORDINATOR' } });
    expect(await readsCaseContent('promossa@giustaoccupazione.example')).toBe(false);
  });

  it('suspends the case role of an account whose password an admin sets, until a coordinator confirms it', async () => {
    const id = (await create('reimpostata@giustaoccupazione.example', 'OPERATOR', 1)).data!.createOperator.id;
    const grant = (await server.gql(GRANTS, { status: 'PENDING' })).data!.roleGrants.edges.find(
      (e: any) => e.node.operator.email === 'reimpostata@giustaoccupazione.example',
    ).node;
    expect((await server.gql(APPROVE, { id: grant.id })).errors).toBeUndefined();
    expect(await readsCaseContent('reimpostata@giustaoccupazione.example')).toBe(true);

    const reset = await server.gql(
      `mutation($id: ID!) { setOperatorPassword(id: $id, password: "scelta-dalla-admin-2026") { role pendingRoleGrant { role cause } } }`,
      { id },
      { as: admin },
    );
    expect(reset.data!.setOperatorPassword).toEqual({
      role: null,
      pendingRoleGrant: { role: 'OPERATOR', cause: 'PASSWORD_SET' },
    });
    expect(
      (await signIn('reimpostata@giustaoccupazione.example', 'scelta-dalla-admin-2026')).errors![0].extensions!.code,
    ).toBe('UNAUTHENTICATED');
  });
});

describe('a coordinator approves or refuses, never their own request', () => {
  it('approves: the account gets the role and signs in with it; both steps are in the audit trail', async () => {
    const created = (await create('nuova.coordinatrice@giustaoccupazione.example', 'COORDINATOR', null)).data!
      .createOperator;
    const grantId = created.pendingRoleGrant.id;
    const byAdmin = await server.gql(APPROVE, { id: grantId }, { as: admin });
    expect(byAdmin.errors![0].extensions!.code).toBe('FORBIDDEN');

    const approved = await server.gql(APPROVE, { id: grantId }, { as: coordinator });
    expect(approved.errors).toBeUndefined();
    expect(approved.data!.approveRoleGrant).toMatchObject({
      status: 'APPROVED',
      decidedBy: { id: coordinator },
      operator: { role: 'COORDINATOR' },
    });
    expect(await readsCaseContent('nuova.coordinatrice@giustaoccupazione.example')).toBe(true);

    const trail = await auditOf('role_grant', raw(grantId));
    expect(trail).toEqual([
      expect.objectContaining({ action: 'INSERT', operation: 'createOperator', operator_id: server.adminId }),
      expect.objectContaining({ action: 'UPDATE', operation: 'approveRoleGrant', operator_id: server.coordinatorId }),
    ]);
    const again = await server.gql(APPROVE, { id: grantId }, { as: coordinator });
    expect(again.errors![0].extensions).toMatchObject({ code: 'CONFLICT' });
  });

  it('refuses: the account keeps no role, and the refusal is recorded', async () => {
    const created = (await create('rifiutata@giustaoccupazione.example', 'OPERATOR', 1)).data!.createOperator;
    const rejected = await server.gql(REJECT, { id: created.pendingRoleGrant.id }, { as: coordinator });
    expect(rejected.data!.rejectRoleGrant).toEqual({ status: 'REJECTED', operator: { role: null } });
    expect(await readsCaseContent('rifiutata@giustaoccupazione.example')).toBe(false);
    const trail = await auditOf('role_grant', raw(created.pendingRoleGrant.id));
    expect(trail[1]).toMatchObject({
      action: 'UPDATE',
      operation: 'rejectRoleGrant',
      operator_id: server.coordinatorId,
    });
    expect(
      (await server.gql(APPROVE, { id: created.pendingRoleGrant.id }, { as: coordinator })).errors![0].extensions!.code,
    ).toBe('CONFLICT');
  });

  it('refuses the requester approving their own grant, even once they are a coordinator themselves', async () => {
    // An admin asks for a grant, then becomes a coordinator (approved by the real one) and tries to approve it.
    const requester = (await create('doppio.ruolo@giustaoccupazione.example', 'ADMIN', null)).data!.createOperator.id;
    const requesterSession = (await signIn('doppio.ruolo@giustaoccupazione.example')).data!.signIn.accessToken;
    const target = await server.gql(
      CREATE,
      {
        input: {
          givenName: 'Eva',
          familyName: 'Neri',
          email: 'complice@giustaoccupazione.example',
          role: 'COORDINATOR',
          password: PASSWORD,
        },
      },
      bearer(requesterSession),
    );
    const targetGrant = target.data!.createOperator.pendingRoleGrant.id;

    const promotion = (await server.gql(UPDATE, { id: requester, input: { role: 'COORDINATOR' } }, { as: admin })).data!
      .updateOperator.pendingRoleGrant.id;
    expect((await server.gql(APPROVE, { id: promotion }, { as: coordinator })).errors).toBeUndefined();

    const selfApproval = await server.gql(APPROVE, { id: targetGrant }, { as: requester });
    expect(selfApproval.errors![0].extensions).toMatchObject({ code: 'FORBIDDEN' });
    const [row] = await server.dataSource.query(`SELECT status FROM role_grant WHERE id = $1`, [raw(targetGrant)]);
    expect(row.status).toBe('PENDING');
    expect(await readsCaseContent('complice@giustaoccupazione.example')).toBe(false);
  });

  it('lets a decision and a new request for the same account run at once: one waits for the other, no error, no stale role', async () => {
    for (let round = 0; round < 8; round += 1) {
      const created = (await create(`concorrente.${round}@giustaoccupazione.example`, 'OPERATOR', 1)).data!
        .createOperator;
      const [approval, change] = await Promise.all([
        server.gql(APPROVE, { id: created.pendingRoleGrant.id }, { as: coordinator }),
        server.gql(UPDATE, { id: created.id, input: { role: 'EMPLOYER_LIAISON' } }, { as: admin }),
      ]);
      expect(change.errors).toBeUndefined();
      expect(approval.errors?.map((e) => e.extensions!.code) ?? []).not.toContain('INTERNAL_SERVER_ERROR');
      const [row] = await server.dataSource.query(`SELECT role FROM operator WHERE id = $1`, [raw(created.id)]);
      // Approved first: the account is an OPERATOR and asks to become a liaison; refused as replaced: no role yet.
      expect(row.role).toBe(approval.errors ? null : 'OPERATOR');
      const pending = await server.dataSource.query(
        `SELECT role FROM role_grant WHERE operator_id = $1 AND status = 'PENDING'`,
        [raw(created.id)],
      );
      expect(pending).toEqual([{ role: 'EMPLOYER_LIAISON' }]);
    }
  });

  it('lists pending grants to admins too, so they see what waits', async () => {
    const listed = await server.gql(GRANTS, { status: 'PENDING' }, { as: admin });
    expect(listed.errors).toBeUndefined();
    expect(listed.data!.roleGrants.edges.every((e: any) => e.node.status === 'PENDING')).toBe(true);
    expect(listed.data!.roleGrants.edges.map((e: any) => e.node.operator.email)).toContain(
      'finto.coordinatore@giustaoccupazione.example',
    );
  });

  it('finds a grant again by node(id), for the roles that configure accounts only', async () => {
    const listed = await server.gql(GRANTS, { status: 'PENDING' }, { as: admin });
    const grant = listed.data!.roleGrants.edges[0].node;
    const NODE = `query($id: ID!) { node(id: $id) { __typename id ... on RoleGrant { status operator { email } } } }`;
    for (const as of [admin, undefined]) {
      const { data, errors } = await server.gql(NODE, { id: grant.id }, as ? { as } : {});
      expect(errors).toBeUndefined();
      expect(data!.node).toEqual({
        __typename: 'RoleGrant',
        id: grant.id,
        status: 'PENDING',
        operator: grant.operator,
      });
    }
    const operator = await createOperator(server, { email: 'curiosa.grant@giustaoccupazione.example', ambito: 1 });
    const refused = await server.gql(NODE, { id: grant.id }, { as: operator });
    expect(refused.errors![0].extensions!.code).toBe('FORBIDDEN');
  });
});
