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
