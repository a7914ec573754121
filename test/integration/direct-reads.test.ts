import fc from 'fast-check';
import {
  GraphQLObjectType,
  GraphQLSchema,
  getNamedType,
  isLeafType,
  isObjectType,
  isNonNullType,
  parse,
} from 'graphql';
import { buildPonteSchema } from '../../src/app/schema';
import { directReads, LINKS } from '../../src/app/direct-reads';
import { PonteServer, startServer } from '../../src/app/server';
import { DirectReads, globalIdSql } from '../../src/graphql/direct-reads';
import { DirectRequest } from '../../src/graphql/direct-request';
import { childrenLink } from '../../src/graphql/links';
import { toGlobalId } from '../../src/graphql/relay';
import { Loaders } from '../../src/graphql/loaders';
import { answersAsResolved } from '../../src/modules/access-control/access-guard';
import { OperatorRole } from '../../src/modules/operators/operator.entity';
import { Placement } from '../../src/modules/placements/placement.entity';
import { seedDemoData } from '../../src/seed/demo-data';
import { demoReaders } from '../helpers/demo-roles';
import { GraphQLResponse, TestServer, startTestServer } from '../helpers/test-server';

/**
 * A record's linked subtree read by one statement (direct reads) must answer exactly what the resolvers answer:
 * the same data in the same order, the same nulls and errors, for every role. Two servers share one database filled
 * with the demo data set, one reading directly and one not, and every generated query is sent to both.
 */
let direct: TestServer;
let ordinary: PonteServer;
let schema: GraphQLSchema;
let roles: Record<string, string | null>;
let ids: Record<'Opening' | 'Employer' | 'Beneficiary', string[]>;

beforeAll(async () => {
  direct = await startTestServer();
  await seedDemoData(direct.dataSource);
  ordinary = await startServer(direct.dataSource, { ...direct.config, directReads: false });
  schema = await buildPonteSchema();
  roles = await demoReaders(direct);
  const keys = async (table: string) =>
    ((await direct.dataSource.query(`SELECT id FROM ${table} ORDER BY id LIMIT 5`)) as Array<{ id: string }>).map(
      (row) => row.id,
    );
  for (const id of Object.values(roles)) if (id) await signedIn(id);
  ids = {
    Opening: (await keys('opening')).map((id) => toGlobalId('Opening', id)),
    Employer: (await keys('employer')).map((id) => toGlobalId('Employer', id)),
    Beneficiary: (await keys('beneficiary')).map((id) => toGlobalId('Beneficiary', id)),
  };
}, 120_000);

afterAll(async () => {
  await ordinary?.stop();
  await direct?.close();
});

/** Made anew at every request: cursors are sealed with a fresh IV. */
const MADE_AT_EACH_REQUEST = new Set(['cursor', 'startCursor', 'endCursor']);

/** Names fragments apart across a whole query (a name only needs to be unique). */
let fragmentNumber = 0;

/** Leaf types as a column holds them (the others, computed or formatted, leave a record to the resolvers). */
const PLAIN_LEAVES =
  /^(String|Int|Boolean|ID|LocalDate|DateTime|Sector|OpeningStatus|ContractType|EmployerKind|SkillKind|CaseStatus)$/;

interface Selection {
  text: string;
  fragments: string[];
}

/**
 * A random selection set on a type, up to `depth` levels of records, in every spelling a client may use: aliases,
 * inline fragments with and without a type condition, named fragments, `__typename`.
 */
function selectionOn(type: GraphQLObjectType, depth: number, linksOnly: boolean): fc.Arbitrary<Selection> {
  const fields = Object.values(type.getFields()).filter(
    (field) =>
      !MADE_AT_EACH_REQUEST.has(field.name) &&
      field.args.every((arg) => !isNonNullType(arg.type)) &&
      (depth > 0 || isLeafType(getNamedType(field.type))) &&
      (!linksOnly || Boolean(LINKS[type.name]?.[field.name]) || PLAIN_LEAVES.test(getNamedType(field.type).name)),
  );
  const one = (name: string): fc.Arbitrary<Selection> => {
    const named = getNamedType(type.getFields()[name].type);
    const inner: fc.Arbitrary<Selection> =
      isObjectType(named) && !isLeafType(named)
        ? selectionOn(named, depth - 1, linksOnly)
        : fc.constant({ text: '', fragments: [] });
    return fc.tuple(inner, fc.option(fc.constantFrom('a', 'b', 'altro'), { freq: 4 })).map(([sel, alias]) => ({
      text: `${alias ? `${alias}_${name}: ` : ''}${name} ${sel.text}`,
      fragments: sel.fragments,
    }));
  };
  return fc
    .subarray(
      fields.map((f) => f.name),
      { minLength: 1, maxLength: Math.min(6, fields.length) },
    )
    .chain((names) => fc.tuple(...names.map(one), fc.constantFrom('plain', 'inline', 'typed', 'named', 'typename')))
    .map((parts) => {
      const spelling = parts.pop() as string;
      const chosen = parts as Selection[];
      const body = chosen.map((s) => s.text).join(' ');
      const fragments = chosen.flatMap((s) => s.fragments);
      switch (spelling) {
        case 'inline':
          return { text: `{ ... { ${body} } }`, fragments };
        case 'typed':
          return { text: `{ ... on ${type.name} { ${body} } }`, fragments };
        case 'named': {
          const name = `F${(fragmentNumber += 1)}`;
          return { text: `{ ...${name} }`, fragments: [...fragments, `fragment ${name} on ${type.name} { ${body} }`] };
        }
        case 'typename':
          return { text: `{ __typename ${body} }`, fragments };
        default:
          return { text: `{ ${body} }`, fragments };
      }
    });
}

interface GeneratedQuery {
  text: string;
  variables: Record<string, unknown>;
}

/** A list of openings or employers, or one of them, with a random selection of its records. */
function generatedQuery(): fc.Arbitrary<GeneratedQuery> {
  const typeOf = (name: string) => schema.getType(name) as GraphQLObjectType;
  const roots = [
    { root: 'openings(first: $first)', type: 'Opening', list: true },
    { root: 'employers(first: $first)', type: 'Employer', list: true },
    // With a filter and an order of their own, whose parameters share the page's statement with the nodes' JSON.
    {
      root: 'openings(first: $first, orderBy: { field: TITLE, direction: DESC }, filter: { search: "op" })',
      type: 'Opening',
      list: true,
    },
    { root: 'employers(first: $first, filter: { search: "srl", kind: PRIVATE })', type: 'Employer', list: true },
    { root: 'opening(id: $id)', type: 'Opening', list: false },
    { root: 'employer(id: $id)', type: 'Employer', list: false },
    // People: case records, whose access rules differ by role.
    { root: 'beneficiaries(first: $first)', type: 'Beneficiary', list: true },
    { root: 'beneficiary(id: $id)', type: 'Beneficiary', list: false },
  ] as const;
  return fc
    .record({
      root: fc.constantFrom(...roots),
      depth: fc.integer({ min: 1, max: 3 }),
      first: fc.integer({ min: 1, max: 12 }),
      // Mostly only fields a direct read may take (leaves and links), so that many queries are read directly.
      linksOnly: fc.constantFrom(true, true, true, false),
    })
    .chain(({ root, depth, first, linksOnly }) =>
      fc
        .tuple(selectionOn(typeOf(root.type), depth, linksOnly), fc.constantFrom(...ids[root.type]))
        .map(([selection, id]) => {
          const shape = root.list
            ? `{ totalCount pageInfo { hasNextPage } edges { node ${selection.text} } }`
            : selection.text;
          const head = root.list ? '($first: Int)' : '($id: ID!)';
          return {
            text: `query${head} { ${root.root} ${shape} } ${selection.fragments.join(' ')}`,
            variables: root.list ? { first } : { id },
          };
        }),
    );
}

async function ask(url: string, query: GeneratedQuery, as: string | null): Promise<GraphQLResponse> {
  const headers = { 'content-type': 'application/json', ...(as === null ? {} : await signedIn(as)) };
  const body = JSON.stringify({ query: query.text, variables: query.variables });
  return (await (await fetch(`${url}/graphql`, { method: 'POST', headers, body })).json()) as GraphQLResponse;
}

/** Each role's header, its session opened before any statement is counted. */
const headers = new Map<string, Record<string, string>>();
async function signedIn(operatorId: string): Promise<Record<string, string>> {
  if (!headers.has(operatorId)) headers.set(operatorId, await direct.authorization(operatorId));
  return headers.get(operatorId)!;
}

/** The statements a direct read runs: one per subtree, building the records' JSON. */
const isDirectRead = (sql: string) => /^SELECT CAST\(t0\.id AS text\) AS key, json_build_object\(/.test(sql);
/** Statements that build records' JSON, a direct read's or a page's read along with its nodes. */
const buildsJson = (sql: string) => sql.includes('json_build_object(');

describe('direct reads', () => {
  it('answer every generated query as the resolvers do, for every role, and read directly only where they may', async () => {
    const seen = { direct: 0, ordinary: 0 };
    await fc.assert(
      fc.asyncProperty(generatedQuery(), fc.constantFrom(...Object.keys(roles)), async (query, role) => {
        // Asked once before counting: what a server caches for later requests is not a statement of this one.
        await Promise.all([ask(direct.url, query, roles[role]), ask(ordinary.url, query, roles[role])]);
        const fromDirect = await direct.sql.count(() => ask(direct.url, query, roles[role]));
        const fromOrdinary = await direct.sql.count(() => ask(ordinary.url, query, roles[role]));
        expect(fromDirect.result).toEqual(fromOrdinary.result);
        const reads = fromDirect.statements.filter(isDirectRead).length;
        if (fromDirect.statements.some(buildsJson)) seen.direct++;
        else seen.ordinary++;
        // A direct read takes the place of a loader's statement at least, but the rows that loader would read may
        // already be in hand for another field of the request: so at most its own statement more, never others.
        expect(fromDirect.statements.length).toBeLessThanOrEqual(fromOrdinary.statements.length + reads);
        expect(fromOrdinary.statements.filter(isDirectRead)).toEqual([]);
      }),
      { numRuns: 200 },
    );
    // Both ways are exercised: queries read directly and queries left to the resolvers.
    expect(seen.direct).toBeGreaterThan(15);
    expect(seen.ordinary).toBeGreaterThan(10);
  }, 300_000);

  it('writes every global ID in SQL exactly as the resolvers write it, for type names of any length', async () => {
    // Lengths drawn evenly: PostgreSQL breaks its base64 into lines from 21 characters of type name on.
    const typeNames = fc
      .tuple(fc.integer({ min: 1, max: 60 }), fc.stringMatching(/^[A-Za-z]{1,8}$/))
      .map(([length, letters]) => letters.repeat(60).slice(0, length));
    await fc.assert(
      fc.asyncProperty(typeNames, fc.uuid(), async (typeName, id) => {
        const [row] = await direct.dataSource.query(`SELECT ${globalIdSql(typeName, 'CAST($1 AS uuid)')} AS id`, [id]);
        expect(row.id).toBe(toGlobalId(typeName, id));
      }),
      { numRuns: 300 },
    );
  });

  it('reads a front-end’s list of openings, with employer, site, town and skills, in the page’s own statement', async () => {
    const query = {
      text: `{ openings(first: 20) { edges { node { id title employer { id legalName } site { name municipality { name } }
        requiredSkills { minimumLevel requirement skill { code labelIt } } } } } }`,
      variables: {},
    };
    const fromDirect = await direct.sql.count(() => ask(direct.url, query, roles.COORDINATOR));
    const fromOrdinary = await direct.sql.count(() => ask(ordinary.url, query, roles.COORDINATOR));
    expect(fromDirect.result.errors).toBeUndefined();
    expect(fromDirect.result).toEqual(fromOrdinary.result);
    expect(fromDirect.result.data!.openings.edges).toHaveLength(20);
    expect(fromDirect.statements.filter(buildsJson)).toHaveLength(1);
    expect(fromDirect.statements.filter(isDirectRead)).toEqual([]);
    // The resolvers' way: the page, then the town, the skills and their catalogue entries, one loader each.
    expect(fromOrdinary.statements.length - fromDirect.statements.length).toBe(3);
  });

  it('reads a coordinator’s list of people with towns and skills with its page, an operator’s by the resolvers', async () => {
    const query = {
      text: `{ beneficiaries(first: 30) { edges { node { id familyName givenName caseStatus caseOpenedAt
        residence { id name } skills { level assessedOn skill { id code labelIt } } } } } }`,
      variables: {},
    };
    for (const [role, readDirectly] of [
      ['COORDINATOR', true],
      ['OPERATOR_1', false],
    ] as const) {
      await ask(direct.url, query, roles[role]);
      const fromDirect = await direct.sql.count(() => ask(direct.url, query, roles[role]));
      const fromOrdinary = await direct.sql.count(() => ask(ordinary.url, query, roles[role]));
      expect(fromDirect.result.errors).toBeUndefined();
      expect(fromDirect.result).toEqual(fromOrdinary.result);
      expect(fromDirect.result.data!.beneficiaries.edges.length).toBeGreaterThan(0);
      expect(fromDirect.statements.some(buildsJson)).toBe(readDirectly);
      // A coordinator's list gives its people as bare ids and reads their JSON with its page: no read after it.
      expect(fromDirect.statements.filter(isDirectRead)).toEqual([]);
    }
  });

  it('leaves the audit trail of sensitive reads exactly as the resolvers leave it, for every role', async () => {
    // A sensitive field next to the skills: the subtree stays with the resolvers, whose guard records each read.
    const query = {
      text: `{ beneficiaries(first: 10) { edges { node { familyName law68Category skills { level } } } } }`,
      variables: {},
    };
    const readsSince = async (after: number) =>
      (await direct.dataSource.query(
        `SELECT operator_id, operation, action, record_type, record_id, fields FROM audit_event
         WHERE id > $1 AND action = 'READ' ORDER BY record_id, id`,
        [after],
      )) as Array<Record<string, unknown>>;
    const lastId = async () =>
      Number((await direct.dataSource.query(`SELECT coalesce(max(id), 0) AS id FROM audit_event`))[0].id);
    for (const role of Object.keys(roles)) {
      const beforeDirect = await lastId();
      const fromDirect = await ask(direct.url, query, roles[role]);
      const viaDirect = await readsSince(beforeDirect);
      const beforeOrdinary = await lastId();
      const fromOrdinary = await ask(ordinary.url, query, roles[role]);
      const viaOrdinary = await readsSince(beforeOrdinary);
      expect(fromDirect).toEqual(fromOrdinary);
      expect(viaDirect).toEqual(viaOrdinary);
      if (role === 'COORDINATOR') expect(viaDirect.length).toBeGreaterThan(0);
    }
  });

  it('pages of ids alone are the pages of whole records, in every order, filter and position', async () => {
    const lists = {
      openings: { orders: ['CREATED', 'CLOSING_DATE', 'TITLE'], filter: 'OpeningFilter', whole: 'title status' },
      employers: { orders: ['NAME', 'SHORTFALL'], filter: 'EmployerFilter', whole: 'legalName kind' },
    } as const;
    const request = fc.record({
      list: fc.constantFrom('openings', 'employers') as fc.Arbitrary<keyof typeof lists>,
      first: fc.integer({ min: 1, max: 15 }),
      field: fc.nat(2),
      direction: fc.constantFrom('ASC', 'DESC'),
      search: fc.option(fc.constantFrom('an', 'Bre', 'srl', 'operaio', 'zz'), { nil: undefined }),
      pagesOn: fc.nat(2),
      role: fc.constantFrom('COORDINATOR', 'OPERATOR_1', 'EMPLOYER_LIAISON_1'),
    });
    await fc.assert(
      fc.asyncProperty(request, async ({ list, first, field, direction, search, pagesOn, role }) => {
        const { orders, filter, whole } = lists[list];
        const page = (nodes: string) =>
          `query($first: Int, $after: String, $orderBy: ${list === 'openings' ? 'OpeningOrder' : 'EmployerOrder'},
            $filter: ${filter}) { ${list}(first: $first, after: $after, orderBy: $orderBy, filter: $filter) {
            totalCount pageInfo { hasNextPage hasPreviousPage } edges { cursor node { ${nodes} } } } }`;
        const variables = {
          first,
          orderBy: { field: orders[field % orders.length], direction },
          filter: search ? { search } : {},
          after: null as string | null,
        };
        const headers = { 'content-type': 'application/json', ...(await signedIn(roles[role]!)) };
        const read = async (nodes: string) => {
          const body = JSON.stringify({ query: page(nodes), variables });
          const answer = (await (
            await fetch(`${direct.url}/graphql`, { method: 'POST', headers, body })
          ).json()) as GraphQLResponse;
          expect(answer.errors).toBeUndefined();
          return answer.data![list];
        };
        for (let at = 0; ; at++) {
          const [ids, records] = [await read('id'), await read(`id ${whole}`)];
          const keys = (connection: any) => connection.edges.map((edge: any) => edge.node.id);
          expect(keys(ids)).toEqual(keys(records));
          expect(ids.pageInfo).toEqual(records.pageInfo);
          expect(ids.totalCount).toBe(records.totalCount);
          // Each page's cursor leads on alike, whichever of the two gave it.
          if (at === pagesOn || !ids.pageInfo.hasNextPage) break;
          variables.after = ids.edges[ids.edges.length - 1].cursor;
        }
      }),
      { numRuns: 60 },
    );
  }, 120_000);

  it('reads a guarded field directly only for the roles its guard lets through untouched, a sensitive one never', async () => {
    const reads = new DirectReads(schema, {
      dataSource: direct.dataSource,
      links: { Opening: { placements: childrenLink(Placement, 'openingId', {}) } },
      resolved: new Set(),
      answersAsResolved: (typeName, field, audience) =>
        answersAsResolved(typeName, field, audience as OperatorRole | null),
      audienceOf: () => null,
    });
    const planFor = (query: string, audience: string | null) => {
      const document = parse(query);
      return reads.plan(document, document.definitions[0] as Parameters<DirectReads['plan']>[1], audience);
    };
    // Placements are case records: read as they are by a coordinator, kept to their ambito for an operator, hidden
    // from the other roles; the same link is read directly for the first only.
    const placements = `{ openings(first: 3) { edges { node { title placements { id status } } } } }`;
    expect(planFor(placements, 'COORDINATOR')?.subtrees).toHaveLength(1);
    for (const audience of ['OPERATOR', 'EMPLOYER_LIAISON', 'ADMIN', null])
      expect(planFor(placements, audience)).toBeNull();
    // A placement's notes are special-category data, every read of them recorded: never read directly.
    const notes = `{ openings(first: 3) { edges { node { placements { id notes } } } } }`;
    for (const audience of [...Object.values(OperatorRole), null]) expect(planFor(notes, audience)).toBeNull();
  });

  it('puts nothing in place of a record it no longer finds, so the operation is answered the ordinary way', async () => {
    const reads = directReads(schema, direct.dataSource);
    const document = parse(`{ openings(first: 1) { edges { node { title requiredSkills { minimumLevel } } } } }`);
    const plan = reads.plan(document, document.definitions[0] as Parameters<DirectReads['plan']>[1], 'COORDINATOR')!;
    const gone = toGlobalId('Opening', '00000000-0000-4000-8000-000000000000');
    const result = { data: { openings: { edges: [{ node: { id: gone } }] } } };
    expect(await new DirectRequest(plan).complete(result, new Loaders(direct.dataSource.manager))).toBe(false);
    const [present] = ids.Opening;
    const found = { data: { openings: { edges: [{ node: { id: present } }] } } };
    expect(await new DirectRequest(plan).complete(found, new Loaders(direct.dataSource.manager))).toBe(true);
    expect(found.data.openings.edges[0].node).toEqual({
      title: expect.any(String),
      requiredSkills: expect.arrayContaining([{ minimumLevel: expect.any(Number) }]),
    });
  });
});
