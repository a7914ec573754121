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
    };
    if (code === 'SKILL_NOT_INDISPENSABLE') {
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
