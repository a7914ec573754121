import { randomUUID } from 'node:crypto';
import { GraphQLField, GraphQLInputType, GraphQLSchema, getNamedType, isInputObjectType } from 'graphql';
import { loadConfig } from '../../src/config/config';
import { buildPonteSchema } from '../../src/app/schema';
import { toGlobalId } from '../../src/graphql/relay';
import { allows, ROOT_FIELDS } from '../../src/modules/access-control/policy';
import { createOperator, municipalityIds } from '../helpers/fixtures';
import { insertPersonWithCase, PersonCase } from '../helpers/case-fixtures';
import { dummyValue, operationText, requiredArguments, rootFields } from '../helpers/schema-walk';
import { startTestServer, TestServer } from '../helpers/test-server';

/*
 * An adversary's walk of the ambito boundary: every query and mutation that takes an ID, anywhere in its arguments,
 * is sent by an Ambito 1 operator with the ID of an Ambito 3 record in several spellings, and with the ID of a
 * record that does not exist. Every spelling must get the answer the missing record gets, and write nothing.
 */

let server: TestServer;
let schema: GraphQLSchema;
let operator: string;
let mine: PersonCase;
let theirs: PersonCase;
const valid: Record<string, string> = {};

/** The spellings of one UUID that PostgreSQL's `uuid` type takes for the same record. */
const SPELLINGS: Record<string, (uuid: string) => string> = {
  canonical: (uuid) => uuid,
  upper: (uuid) => uuid.toUpperCase(),
  mixed: (uuid) => [...uuid].map((c, i) => (i % 2 ? c.toUpperCase() : c)).join(''),
};

beforeAll(async () => {
  // The walk sends a few thousand requests as one operator: far beyond the per-operator rate limit.
  const defaults = loadConfig({ NODE_ENV: 'test' });
  server = await startTestServer({ config: { limits: { ...defaults.limits, requestsPerMinute: 1_000_000 } } });
  schema = await buildPonteSchema();
  const towns = await municipalityIds(server);
  operator = await createOperator(server, { email: 'op.uno@giustaoccupazione.example', ambito: 1 });
  mine = await insertPersonWithCase(server, { town: 'Brescia', familyName: 'Abeni' });
  theirs = await insertPersonWithCase(server, { town: 'Rezzato', familyName: 'Rota' });
  Object.assign(valid, {
    openingId: toGlobalId('Opening', mine.openingId),
    employerId: toGlobalId('Employer', mine.employerId),
    siteId: toGlobalId('EmployerSite', mine.siteId),
    municipalityId: towns.Brescia,
    residenceMunicipalityId: towns.Brescia,
    skillId: toGlobalId('Skill', mine.skillId),
    operatorId: operator,
  });
});
afterAll(() => server.close());

interface IdSlot {
  path: string[];
  /** The input type of each step of the path, so an object the slot lies in is built with its required fields. */
  types: GraphQLInputType[];
}

/** Every place in a field's arguments where an ID goes. */
function idSlots(field: GraphQLField<unknown, unknown>): IdSlot[] {
  const slots: IdSlot[] = [];
  const visit = (type: GraphQLInputType, path: string[], types: GraphQLInputType[], depth: number): void => {
    const named = getNamedType(type);
    if (named.name === 'ID') slots.push({ path, types });
    else if (isInputObjectType(named) && depth < 4) {
      for (const inner of Object.values(named.getFields())) {
        visit(inner.type, [...path, inner.name], [...types, inner.type], depth + 1);
      }
    }
  };
  for (const arg of field.args) visit(arg.type, [arg.name], [arg.type], 0);
  return slots;
}

function setAt(target: Record<string, any>, slot: IdSlot, value: unknown, ids: Record<string, string>): void {
  const { path, types } = slot;
  let holder = target;
  path.slice(0, -1).forEach((key, i) => {
    // An optional input the slot lies in is sent with its own required fields, so the call reaches the guard.
    holder = holder[key] ??= dummyValue(types[i], key, ids) as Record<string, any>;
  });
  const last = path[path.length - 1];
  holder[last] = Array.isArray(holder[last]) ? [value] : value;
}

/** Everything a refused call must leave as it was: the audit trail counts every write and every sensitive read. */
async function footprint(): Promise<string> {
  const [row] = await server.dataSource.query(
    `SELECT (SELECT count(*) FROM audit_event)::int AS audit,
            (SELECT max(updated_at) FROM beneficiary)::text AS beneficiary,
            (SELECT count(*) FROM placement)::int AS placements`,
  );
  return JSON.stringify(row);
}

const answer = (response: {
  data?: unknown;
  errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
}) =>
  JSON.stringify({
    data: response.data ?? null,
    errors: (response.errors ?? []).map((e) => ({
      message: e.message,
      code: e.extensions?.code,
      field: e.extensions?.field,
    })),
  });

describe('an operator sends the ID of another ambito’s record', () => {
  it('gets, for every spelling and every ID-taking operation, the answer a missing record gets, and writes nothing', async () => {
    const mismatches: string[] = [];
    let probes = 0;
    for (const root of rootFields(schema)) {
      const { field } = root;
      if (!allows(ROOT_FIELDS[field.name], 'OPERATOR' as never)) continue;
      const text = operationText(root);
      const ids = { ...valid, default: toGlobalId('Beneficiary', mine.beneficiaryId) };
      const base = requiredArguments(field, ids);
      for (const slot of idSlots(field)) {
        for (const [typeName, uuid] of Object.entries(theirs.records)) {
          const send = async (id: string) => {
            const variables = structuredClone(base);
            setAt(variables, slot, id, ids);
            return server.gql(text, variables, { as: operator });
          };
          const before = await footprint();
          const missing = answer(await send(toGlobalId(typeName, randomUUID())));
          for (const [spelling, spell] of Object.entries(SPELLINGS)) {
            const got = answer(await send(toGlobalId(typeName, spell(uuid))));
            probes += 1;
            const where = `${field.name}(${slot.path.join('.')}) with a ${typeName} ID, ${spelling}`;
            if (got !== missing) mismatches.push(`${where}: ${got} instead of ${missing}`);
            if (got.includes('RATE_LIMITED'))
              mismatches.push(`${where}: refused by the rate limit, so nothing was checked`);
          }
          if ((await footprint()) !== before)
            mismatches.push(`${field.name}(${slot.path.join('.')}) with a ${typeName} ID: something was written`);
        }
      }
    }
    expect(mismatches).toEqual([]);
    expect(probes).toBeGreaterThan(300);
  }, 300_000);

  it('cannot change the other ambito’s case with realistic mutations, whatever the spelling', async () => {
    const person = (s: string) => toGlobalId('Beneficiary', s);
    const placement = (s: string) => toGlobalId('Placement', s);
    const calls: Array<[string, (s: (u: string) => string) => Record<string, unknown>]> = [
      [
        `mutation($id: ID!) { changeCaseStatus(beneficiaryId: $id, input: { status: TRAINING, reason: "Corso serale" }) { id } }`,
        (s) => ({ id: person(s(theirs.beneficiaryId)) }),
      ],
      [
        `mutation($id: ID!, $town: ID!) { updateBeneficiary(id: $id, input: { residenceMunicipalityId: $town, givenName: "Anna" }) { id } }`,
        (s) => ({ id: person(s(theirs.beneficiaryId)), town: valid.municipalityId }),
      ],
      [
        `mutation($id: ID!, $skill: ID!) { setBeneficiarySkill(beneficiaryId: $id, input: { skillId: $skill, level: 3, source: OPERATOR_ASSESSED }) { id } }`,
        (s) => ({ id: person(s(theirs.beneficiaryId)), skill: valid.skillId }),
      ],
      [
        `mutation($id: ID!) { setWorkConstraints(beneficiaryId: $id, input: { maxWeeklyHours: 10 }) { __typename } }`,
        (s) => ({ id: person(s(theirs.beneficiaryId)) }),
      ],
      [
        `mutation($id: ID!) { closeCase(beneficiaryId: $id, reason: "Trasferimento") { id } }`,
        (s) => ({ id: person(s(theirs.beneficiaryId)) }),
      ],
      [
        `mutation($id: ID!) { updatePlacement(id: $id, input: { notes: "Scritto da fuori" }) { id } }`,
        (s) => ({ id: placement(s(theirs.records.Placement)) }),
      ],
      [
        `mutation($id: ID!) { planMonitoringVisit(placementId: $id, input: { plannedOn: "2026-12-20" }) { id } }`,
        (s) => ({ id: placement(s(theirs.records.Placement)) }),
      ],
      [
        `mutation($id: ID!) { updateReferral(id: $id, input: { reason: "Motivo cambiato" }) { id } }`,
        (s) => ({ id: toGlobalId('Referral', s(theirs.records.Referral)) }),
      ],
    ];
    const mismatches: string[] = [];
    for (const [text, variables] of calls) {
      for (const [spelling, spell] of Object.entries(SPELLINGS)) {
        const before = await footprint();
        const { errors } = await server.gql(text, variables(spell), { as: operator });
        if (errors?.[0]?.extensions?.code !== 'NOT_FOUND')
          mismatches.push(`${text.slice(9, 40)} ${spelling}: ${JSON.stringify(errors)}`);
        if ((await footprint()) !== before) mismatches.push(`${text.slice(9, 40)} ${spelling}: something was written`);
      }
    }
    expect(mismatches).toEqual([]);
    const [row] = await server.dataSource.query(
      `SELECT case_status, residence_municipality_id FROM beneficiary WHERE id = $1`,
      [theirs.beneficiaryId],
    );
    expect(row.case_status).toBe('ORIENTATION');
  });
});
