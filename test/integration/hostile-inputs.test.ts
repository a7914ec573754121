import fc from 'fast-check';
import {
  getNamedType,
  GraphQLField,
  GraphQLInputType,
  GraphQLSchema,
  isCompositeType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
} from 'graphql';
import { buildPonteSchema } from '../../src/app/schema';
import { countRows } from '../helpers/fixtures';
import { GraphQLResponse, startTestServer, TestServer } from '../helpers/test-server';

/**
 * Inputs that PostgreSQL or the server cannot take, sent to every operation the schema has (walked, not listed):
 * a NUL byte in any text, a list longer than the documented bound, a malformed cursor. Each is refused with
 * BAD_USER_INPUT naming the field at fault, never INTERNAL_SERVER_ERROR, and nothing is written.
 */

const WRITTEN_TABLES = [
  'employer',
  'employer_site',
  'opening',
  'beneficiary',
  'referral',
  'placement',
  'audit_event',
  'operator',
  'skill',
];

/** The longest list any argument or input field takes, but for the exceptions docs/security.md lists. */
const LIST_BOUND = 1000;

let server: TestServer;
let schema: GraphQLSchema;

beforeAll(async () => {
  server = await startTestServer();
  schema = await buildPonteSchema();
});
afterAll(() => server.close());

/** A value GraphQL accepts for a scalar: the walk is about one slot at a time, the rest must merely be well typed. */
const SCALAR_VALUES: Record<string, unknown> = {
  ID: 'x',
  String: 'x',
  Int: 1,
  Float: 1,
  Boolean: false,
  LocalDate: '2026-01-01',
  LocalTime: '09:00',
  DateTime: '2026-01-01T00:00:00Z',
  EmailAddress: 'prova@example.org',
  PhoneNumber: '+390301234567',
  Latitude: 45.5,
  Longitude: 10.2,
  PositiveInt: 1,
};

/** The smallest well-typed value: required input fields only. */
function skeleton(type: GraphQLInputType): unknown {
  if (isNonNullType(type)) return skeleton(type.ofType);
  if (isListType(type)) return [skeleton(type.ofType)];
  if (isEnumType(type)) return type.getValues()[0].value;
  if (isScalarType(type)) {
    if (!(type.name in SCALAR_VALUES)) throw new Error(`No test value for scalar ${type.name}`);
    return SCALAR_VALUES[type.name];
  }
  const value: Record<string, unknown> = {};
  for (const field of Object.values(type.getFields())) {
    if (isNonNullType(field.type) && field.defaultValue === undefined) value[field.name] = skeleton(field.type);
  }
  return value;
}

interface Slot {
  /** Where the value goes, as the `field` of an error names it: `input.referral.reason`, `input.sites.0.name`. */
  path: string[];
  type: GraphQLInputType;
}

/** Every position under an argument: itself, input fields at any depth, list elements (the first). */
function slots(type: GraphQLInputType, path: string[], seen: Set<string> = new Set()): Slot[] {
  const here: Slot = { path, type };
  const inner = isNonNullType(type) ? type.ofType : type;
  if (isListType(inner)) return [here, ...slots(inner.ofType, [...path, '0'], seen)];
  if (isInputObjectType(inner) && !seen.has(inner.name)) {
    const deeper = new Set(seen).add(inner.name);
    return [
      here,
      ...Object.values(inner.getFields()).flatMap((field) => slots(field.type, [...path, field.name], deeper)),
    ];
  }
  return [here];
}

/** Sets `value` at `path` inside a skeleton, building the input objects and lists on the way. */
function place(container: Record<string, unknown>, path: string[], value: unknown): void {
  const [head, ...rest] = path;
  if (rest.length === 0) {
    container[head] = value;
    return;
  }
  place(container[head] as Record<string, unknown>, rest, value);
}

interface Operation {
  kind: 'query' | 'mutation';
  field: GraphQLField<unknown, unknown>;
}

function operations(): Operation[] {
  return [
    ...Object.values(schema.getQueryType()!.getFields()).map((field) => ({ kind: 'query' as const, field })),
    ...Object.values(schema.getMutationType()!.getFields()).map((field) => ({ kind: 'mutation' as const, field })),
  ];
}

/** The operation with every argument sent as a variable, required ones as their skeleton, `slot` set to `value`. */
function request(
  operation: Operation,
  slot: Slot,
  value: unknown,
): { query: string; variables: Record<string, unknown> } {
  const { field } = operation;
  const variables: Record<string, unknown> = {};
  for (const arg of field.args) {
    if (isNonNullType(arg.type) && arg.defaultValue === undefined) variables[arg.name] = skeleton(arg.type);
  }
  // The slot's parents exist in the skeleton, or are made: an optional input object or list on the way.
  for (let depth = 1; depth < slot.path.length; depth += 1) {
    const parentPath = slot.path.slice(0, depth);
    const parentType = typeAt(field, parentPath);
    if (valueAt(variables, parentPath) === undefined) place(variables, parentPath, skeleton(parentType));
  }
  place(variables, slot.path, value);
  const sent = field.args.filter((arg) => arg.name in variables);
  const declarations = sent.map((arg) => `$${arg.name}: ${String(arg.type)}`).join(', ');
  const passing = sent.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
  const selection = isCompositeType(getNamedType(field.type)) ? '{ __typename }' : '';
  return {
    query: `${operation.kind}${declarations ? `(${declarations})` : ''} { ${field.name}${passing ? `(${passing})` : ''} ${selection} }`,
    variables,
  };
}

function valueAt(root: Record<string, unknown>, path: string[]): unknown {
  return path.reduce<unknown>((value, key) => (value as Record<string, unknown> | undefined)?.[key], root);
}

function typeAt(field: GraphQLField<unknown, unknown>, path: string[]): GraphQLInputType {
  let type: GraphQLInputType = field.args.find((arg) => arg.name === path[0])!.type;
  for (const key of path.slice(1)) {
    const inner: GraphQLInputType = isNonNullType(type) ? type.ofType : type;
    type = isListType(inner) ? inner.ofType : (inner as any).getFields()[key].type;
  }
  return type;
}

function allSlots(): Array<[string, Operation, Slot]> {
  return operations().flatMap((operation) =>
    operation.field.args.flatMap((arg) =>
      slots(arg.type, [arg.name]).map((slot): [string, Operation, Slot] => [
        `${operation.field.name}(${slot.path.join('.')})`,
        operation,
        slot,
      ]),
    ),
  );
}

async function rowCounts(): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of WRITTEN_TABLES) counts[table] = await countRows(server, table);
  return counts;
}

function expectRefusedAt(response: GraphQLResponse, field: string, name: string): void {
  const error = response.errors?.[0];
  // A refused field answers null: the whole data for a non-null field, the field itself for a nullable one.
  const answered = response.data && Object.values(response.data).some((value) => value !== null) ? response.data : null;
  expect({ name, data: answered, code: error?.extensions?.code, field: error?.extensions?.field }).toEqual({
    name,
    data: null,
    code: 'BAD_USER_INPUT',
    field,
  });
}

describe('text with a NUL byte, which PostgreSQL refuses', () => {
  it('is refused in every String argument and input field of every operation, naming it, and nothing is written', async () => {
    const before = await rowCounts();
    const textSlots = allSlots().filter(([, , slot]) => {
      const inner = isNonNullType(slot.type) ? slot.type.ofType : slot.type;
      return isScalarType(inner) && inner.name === 'String';
    });
    expect(textSlots.length).toBeGreaterThan(40);
    for (const [name, operation, slot] of textSlots) {
      const { query, variables } = request(operation, slot, 'testo\u0000nascosto');
      expectRefusedAt(await server.gql(query, variables), slot.path.join('.'), name);
    }
    expect(await rowCounts()).toEqual(before);
  });
});

describe('lists longer than their bound', () => {
  it(`are refused in every list argument and input list of every operation (${LIST_BOUND + 1} elements), naming it`, async () => {
    const before = await rowCounts();
    const listSlots = allSlots().filter(([, , slot]) =>
      isListType(isNonNullType(slot.type) ? slot.type.ofType : slot.type),
    );
    expect(listSlots.length).toBeGreaterThan(15);
    for (const [name, operation, slot] of listSlots) {
      const inner = isNonNullType(slot.type) ? slot.type.ofType : slot.type;
      const element = skeleton(isListType(inner) ? inner.ofType : inner);
      const bound = name === 'placementPlan(beneficiaryIds)' ? 3000 : LIST_BOUND;
      const { query, variables } = request(
        operation,
        slot,
        Array.from({ length: bound + 1 }, () => element),
      );
      expectRefusedAt(await server.gql(query, variables), slot.path.join('.'), name);
    }
    expect(await rowCounts()).toEqual(before);
  });

  it('refuses 100,000 enum values in a filter list with BAD_USER_INPUT, not INTERNAL_SERVER_ERROR', async () => {
    const statuses = Array.from({ length: 100_000 }, (_, i) => (i % 2 === 0 ? 'OPEN' : 'DRAFT'));
    const response = await server.gql(
      `query($s: [OpeningStatus!]) { openings(filter: { statuses: $s }) { totalCount } }`,
      { s: statuses },
    );
    expectRefusedAt(response, 'filter.statuses', 'openings(filter.statuses)');
  });
});

describe('cursors', () => {
  const listsWithCursors = () => operations().filter(({ field }) => field.args.some((arg) => arg.name === 'after'));

  /** Base64url of JSON arrays of text or numbers: the shape of a real cursor, with any content. */
  const madeUpCursor = fc
    .array(
      fc.oneof(
        fc.string(),
        fc.uuid(),
        fc.constantFrom('2026-13-45 99:99:99+00', '2026-02-30 10:00:00+00', '\u0000', '9'.repeat(40)),
        fc.integer(),
      ),
      { minLength: 1, maxLength: 4 },
    )
    .map((values) => Buffer.from(JSON.stringify(values), 'utf8').toString('base64url'));
  const anyCursor = fc.oneof(madeUpCursor, fc.string(), fc.base64String());

  it('are refused when malformed, on every list, with BAD_USER_INPUT on `after`, never INTERNAL_SERVER_ERROR', async () => {
    const lists = listsWithCursors();
    expect(lists.length).toBeGreaterThanOrEqual(6);
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...lists.map((operation) => operation.field.name)),
        anyCursor,
        async (name, after) => {
          const operation = lists.find((candidate) => candidate.field.name === name)!;
          const { query, variables } = request(
            operation,
            { path: ['after'], type: operation.field.args.find((a) => a.name === 'after')!.type },
            after,
          );
          const response = await server.gql(query, variables);
          if (response.errors) expectRefusedAt(response, 'after', `${operation.field.name}(after: ${after})`);
        },
      ),
      { numRuns: 150 },
    );
  });
});
