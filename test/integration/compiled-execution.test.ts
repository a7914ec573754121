import fc from 'fast-check';
import {
  GraphQLField,
  GraphQLNamedType,
  GraphQLObjectType,
  GraphQLSchema,
  getNamedType,
  isInterfaceType,
  isLeafType,
  isNonNullType,
  isObjectType,
} from 'graphql';
import { buildPonteSchema } from '../../src/app/schema';
import { PonteServer, startServer } from '../../src/app/server';
import { toGlobalId } from '../../src/graphql/relay';
import { seedDemoData } from '../../src/seed/demo-data';
import { requiredArguments } from '../helpers/schema-walk';
import { demoReaders } from '../helpers/demo-roles';
import { GraphQLResponse, TestServer, startTestServer } from '../helpers/test-server';

/**
 * Compiled execution must answer exactly what graphql-js's interpreter answers: the same data, the same nulls where
 * the access rules hide something, the same errors (message, code, field, path) in the same language. Two servers
 * share one database filled with the demo data set, one compiling operations and one interpreting them, and every
 * generated query is sent to both, as every role.
 */
let compiled: TestServer;
let interpreted: PonteServer;
let schema: GraphQLSchema;
/** Who asks: an operator's ID, or null for a request without credentials. */
let roles: Record<string, string | null>;
let nodeIds: Record<string, string[]>;

beforeAll(async () => {
  compiled = await startTestServer();
  await seedDemoData(compiled.dataSource);
  interpreted = await startServer(compiled.dataSource, { ...compiled.config, graphqlExecution: 'INTERPRETED' });
  schema = await buildPonteSchema();
  roles = await demoReaders(compiled);
  nodeIds = {};
  for (const [typeName, table] of NODE_TABLES) {
    const rows: Array<{ id: string }> = await compiled.dataSource.query(`SELECT id FROM ${table} ORDER BY id LIMIT 6`);
    nodeIds[typeName] = rows.map((row) => toGlobalId(typeName, row.id));
  }
}, 120_000);

afterAll(async () => {
  await interpreted?.stop();
  await compiled?.close();
});

const NODE_TABLES: Array<[string, string]> = [
  ['Beneficiary', 'beneficiary'],
  ['Employer', 'employer'],
  ['Opening', 'opening'],
  ['Placement', 'placement'],
  ['Referral', 'referral'],
  ['Operator', 'operator'],
  ['Municipality', 'municipality'],
];

/** Fields made anew at every request by design: cursors sealed with a fresh IV, documents stamped with their time. */
const MADE_AT_EACH_REQUEST = new Set(['cursor', 'startCursor', 'endCursor', 'pdfBase64', 'generatedAt']);
/** Reads whose answer holds the audit trail, to which the other server's answer has just added its own reads. */
const READ_THE_AUDIT_TRAIL = new Set(['auditTrail', 'subjectAccessExport']);

/** Fields a client can select on a type without arguments it must give, leaves and objects alike. */
function selectableFields(type: GraphQLObjectType): Array<GraphQLField<unknown, unknown>> {
  return Object.values(type.getFields()).filter(
    (field) =>
      !MADE_AT_EACH_REQUEST.has(field.name) &&
      field.args.every((arg) => !isNonNullType(arg.type) || arg.defaultValue !== undefined),
  );
}

/** A random selection set on a type, nested up to `depth` levels, with fragments on a node's concrete types. */
function selectionOn(type: GraphQLNamedType, depth: number): fc.Arbitrary<string> {
  if (isInterfaceType(type)) {
    const concrete = schema.getPossibleTypes(type).filter((t) => t.name in nodeIds);
    return fc
      .subarray(concrete, { minLength: 1, maxLength: 2 })
      .chain((types) =>
        fc.tuple(...types.map((t) => selectionOn(t, depth).map((inner) => `... on ${t.name} ${inner}`))),
      )
      .map((fragments) => `{ __typename id ${fragments.join(' ')} }`);
  }
  if (!isObjectType(type)) return fc.constant('');
  const fields = selectableFields(type).filter((field) => depth > 0 || isLeafType(getNamedType(field.type)));
  return fc
    .subarray(fields, { maxLength: Math.min(6, fields.length) })
    .chain((chosen) =>
      fc.tuple(
        ...chosen.map((field) => {
          const named = getNamedType(field.type);
          return isLeafType(named)
            ? fc.constant(field.name)
            : selectionOn(named, depth - 1).map((inner) => `${field.name} ${inner}`);
        }),
      ),
    )
    .map((parts) => `{ __typename ${parts.join(' ')} }`);
}

interface GeneratedQuery {
  text: string;
  variables: Record<string, unknown>;
}

/** One root query with its required arguments given real IDs (of the right type or not), and a random selection. */
function generatedQuery(): fc.Arbitrary<GeneratedQuery> {
  const queries = Object.values(schema.getQueryType()!.getFields()).filter((f) => !READ_THE_AUDIT_TRAIL.has(f.name));
  const anyId = fc.constantFrom(...Object.values(nodeIds).flat());
  // Mostly an ID of the type the argument names (`employerId`, or `id` of the field's type), sometimes any other.
  const idsFor = (field: GraphQLField<unknown, unknown>) => {
    const typed = (typeName: string) => (nodeIds[typeName] ? fc.constantFrom(...nodeIds[typeName]) : anyId);
    const named = Object.fromEntries(
      Object.keys(nodeIds).map((typeName) => [`${typeName[0].toLowerCase()}${typeName.slice(1)}Id`, typed(typeName)]),
    );
    return fc.record({ ...named, id: typed(getNamedType(field.type).name), default: anyId });
  };
  const typedOrNot = (field: GraphQLField<unknown, unknown>) =>
    fc.oneof({ arbitrary: idsFor(field), weight: 3 }, { arbitrary: anyId.map((id) => ({ default: id })), weight: 1 });
  return fc
    .record({ field: fc.constantFrom(...queries), depth: fc.integer({ min: 0, max: 3 }) })
    .chain(({ field, depth }) => {
      const named = getNamedType(field.type);
      const selection = isLeafType(named) ? fc.constant('') : selectionOn(named, depth);
      return fc.tuple(selection, typedOrNot(field), spoilt).map(([inner, ids, spoil]) => {
        const variables = spoiltVariables(requiredArguments(field, ids), spoil);
        const declared = field.args.filter((arg) => arg.name in variables);
        const head = declared.length ? `(${declared.map((a) => `$${a.name}: ${a.type.toString()}`).join(', ')})` : '';
        const call = declared.length ? `(${declared.map((a) => `${a.name}: $${a.name}`).join(', ')})` : '';
        return { text: `query${head} { ${field.name}${call} ${inner} }`, variables };
      });
    });
}

/** Sometimes one variable is given a value GraphQL cannot coerce, or left out. */
const spoilt = fc.option(fc.constantFrom<unknown>(undefined, null, 12.5, 'non è un numero', [], { a: 1 }, true), {
  freq: 4,
});

function spoiltVariables(variables: Record<string, unknown>, spoil: unknown | null): Record<string, unknown> {
  const [first] = Object.keys(variables);
  if (spoil === null || first === undefined) return variables;
  return { ...variables, [first]: spoil };
}

/** An answer as a client compares it: errors in no particular order (GraphQL does not order them). */
function comparable(response: GraphQLResponse): GraphQLResponse {
  const errors = response.errors?.map((error) => JSON.stringify(error)).sort();
  return { ...response, ...(errors ? { errors: errors.map((error) => JSON.parse(error)) } : {}) };
}

async function askBoth(query: GeneratedQuery, as: string | null): Promise<[GraphQLResponse, GraphQLResponse]> {
  const headers = { 'content-type': 'application/json', ...(as === null ? {} : await compiled.authorization(as)) };
  const body = JSON.stringify({ query: query.text, variables: query.variables });
  const ask = async (url: string) =>
    (await (await fetch(`${url}/graphql`, { method: 'POST', headers, body })).json()) as GraphQLResponse;
  return [await ask(compiled.url), await ask(interpreted.url)];
}

describe('compiled execution', () => {
  it('answers every generated query as graphql-js interprets it, for every role', async () => {
    const seen = { data: 0, errors: 0 };
    await fc.assert(
      fc.asyncProperty(generatedQuery(), fc.constantFrom(...Object.keys(roles)), async (query, role) => {
        const [fromCompiled, fromInterpreted] = await askBoth(query, roles[role]);
        if (fromCompiled.errors) seen.errors++;
        else seen.data++;
        expect(comparable(fromCompiled)).toEqual(comparable(fromInterpreted));
      }),
      { numRuns: 150 },
    );
    // The generated queries reach both sides: answers with data, and refusals.
    expect(seen.data).toBeGreaterThan(20);
    expect(seen.errors).toBeGreaterThan(10);
  }, 300_000);

  it('keeps a literal argument a value, whatever characters it holds', async () => {
    // Literal arguments are written into the compiled code as JSON: no text of the client's may become code.
    const hostile = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 40 }),
      fc.constantFrom('"); process.exit(1); //', '\u2028\u2029', '${process.exit(1)}', '`', "'); throw 1; ('"),
    );
    await fc.assert(
      fc.asyncProperty(hostile, fc.constantFrom('COORDINATOR', 'OPERATOR_1'), async (search, role) => {
        const query = {
          text: `{ beneficiaries(first: 3, filter: { search: ${JSON.stringify(search)} }) { totalCount edges { node { id } } } }`,
          variables: {},
        };
        const [fromCompiled, fromInterpreted] = await askBoth(query, roles[role]);
        expect(comparable(fromCompiled)).toEqual(comparable(fromInterpreted));
      }),
      { numRuns: 60 },
    );
    const [{ data }] = await askBoth({ text: '{ me { id } }', variables: {} }, roles.COORDINATOR);
    expect(data?.me).toBeTruthy();
  }, 120_000);

  it('answers a document of several operations by the one named, and an unknown name as graphql-js does', async () => {
    const text = 'query Mine { me { id role } } query Towns { municipalities(serviceOnly: true) { name } }';
    for (const operationName of ['Mine', 'Towns', 'Missing', undefined]) {
      const headers = { 'content-type': 'application/json', ...(await compiled.authorization(roles.COORDINATOR!)) };
      const body = JSON.stringify({ query: text, operationName });
      const ask = async (url: string) =>
        (await (await fetch(`${url}/graphql`, { method: 'POST', headers, body })).json()) as GraphQLResponse;
      // Twice each: the second answer comes from what the first decided about the document.
      const answers = [await ask(compiled.url), await ask(compiled.url), await ask(interpreted.url)];
      expect(answers[0]).toEqual(answers[2]);
      expect(answers[1]).toEqual(answers[2]);
      if (operationName === 'Towns') expect(answers[0].data?.municipalities).toHaveLength(15);
      if (operationName === 'Missing' || operationName === undefined) expect(answers[0].errors).toBeDefined();
    }
  });
});
