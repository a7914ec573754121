import fc from 'fast-check';
import { getNamedType, GraphQLSchema, isEnumType, isInputObjectType } from 'graphql';
import { buildPonteSchema } from '../../src/app/schema';
import { loadConfig } from '../../src/config/config';
import { fromGlobalId, toGlobalId } from '../../src/graphql/relay';
import { LAST_CONTACT_SQL } from '../../src/modules/case-work/last-contact';
import { seedDemoData } from '../../src/seed/demo-data';
import { startTestServer, TestServer } from '../helpers/test-server';

/**
 * Every order a list offers, in both directions, pages through the whole list with any page size: each row once, in
 * the order an independent SQL statement gives (ties broken by id). The cursors along the way are opaque: decoded,
 * they hold no name, tax code, date or ID, and a cursor edited, or taken from another order or list, is refused.
 */

let server: TestServer;
let schema: GraphQLSchema;

beforeAll(async () => {
  const defaults = loadConfig({ NODE_ENV: 'test' });
  // Paging one row at a time through every order is far more than an operator's requests in a minute.
  server = await startTestServer({ config: { limits: { ...defaults.limits, requestsPerMinute: 1_000_000 } } });
  await seedDemoData(server.dataSource, { beneficiaries: 40, employers: 12, openings: 30 });
  schema = await buildPonteSchema();
}, 120_000);
afterAll(() => server?.close());

const STATUS_ORDER = `CASE p.status WHEN 'PROPOSED' THEN 1 WHEN 'ACTIVE' THEN 2 WHEN 'SUSPENDED' THEN 3
  WHEN 'COMPLETED' THEN 4 WHEN 'ENDED_EARLY' THEN 5 WHEN 'CONVERTED_TO_HIRING' THEN 6 END`;

/**
 * Employers by Law 68/99 shortfall, worked out here from each employer's quota as the API shows it: the largest
 * first when descending, ties by name (as Italian sorts it) then by key.
 */
async function byShortfall(direction: 'ASC' | 'DESC'): Promise<string[]> {
  const { data, errors } = await server.gql(
    `{ employers(first: 100) { edges { node { id legalName quota { shortfall } } } } }`,
  );
  expect(errors).toBeUndefined();
  const rows = data!.employers.edges.map((e: any) => ({ ...e.node, key: fromGlobalId(e.node.id)!.id }));
  const sign = direction === 'ASC' ? 1 : -1;
  rows.sort(
    (a: any, b: any) =>
      sign * (a.quota.shortfall - b.quota.shortfall) ||
      a.legalName.localeCompare(b.legalName, 'it') ||
      (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
  );
  return rows.map((row: any) => row.id);
}

type ExpectedOrder = string | ((direction: 'ASC' | 'DESC') => Promise<string[]>);

/** The expected order of each list, written here in SQL of its own (`%` is the direction) or worked out apart. */
const EXPECTED: Record<string, { type: string; from: string; orders: Record<string, ExpectedOrder> }> = {
  beneficiaries: {
    type: 'Beneficiary',
    from: 'beneficiary b',
    orders: {
      NAME: 'b.family_name %, b.given_name %, b.id %',
      CASE_OPENED: 'b.case_opened_at %, b.id %',
      LAST_CONTACT: `${LAST_CONTACT_SQL} %, b.id %`,
    },
  },
  openings: {
    type: 'Opening',
    from: 'opening o',
    orders: {
      CREATED: 'o.created_at %, o.id %',
      CLOSING_DATE: 'o.closes_on % NULLS ?, o.id %',
      TITLE: 'o.title %, o.id %',
    },
  },
  placements: {
    type: 'Placement',
    from: 'placement p',
    orders: { START: 'p.starts_on %, p.id %', STATUS: `${STATUS_ORDER} %, p.id %`, CREATED: 'p.created_at %, p.id %' },
  },
  employers: {
    type: 'Employer',
    from: 'employer e',
    orders: { NAME: 'e.legal_name %, e.id %', SHORTFALL: byShortfall },
  },
};

async function expectedIds(list: string, field: string, direction: 'ASC' | 'DESC'): Promise<string[]> {
  const { type, from, orders } = EXPECTED[list];
  const order = orders[field];
  if (typeof order === 'function') return order(direction);
  const orderBy = order.replace(/%/g, direction).replace('?', direction === 'ASC' ? 'LAST' : 'FIRST');
  const rows: Array<{ id: string }> = await server.dataSource.query(`SELECT id FROM ${from} ORDER BY ${orderBy}`);
  return rows.map((row) => toGlobalId(type, row.id));
}

async function pageThrough(list: string, field: string, direction: string, first: number): Promise<string[]> {
  const query = `query($first: Int, $after: String, $orderBy: ${orderInputName(list)}) {
    ${list}(first: $first, after: $after, orderBy: $orderBy) { pageInfo { hasNextPage endCursor } edges { node { id } } } }`;
  const ids: string[] = [];
  let after: string | null = null;
  for (;;) {
    const response: any = await server.gql(query, { first, after, orderBy: { field, direction } });
    expect(response.errors).toBeUndefined();
    const connection = response.data[list];
    ids.push(...connection.edges.map((edge: any) => edge.node.id));
    if (!connection.pageInfo.hasNextPage) return ids;
    after = connection.pageInfo.endCursor;
  }
}

function orderInputName(list: string): string {
  return getNamedType(
    schema
      .getQueryType()!
      .getFields()
      [list].args.find((a) => a.name === 'orderBy')!.type,
  ).name;
}

function orderFields(list: string): string[] {
  const input = getNamedType(
    schema
      .getQueryType()!
      .getFields()
      [list].args.find((a) => a.name === 'orderBy')!.type,
  );
  if (!isInputObjectType(input)) throw new Error(`${list}: orderBy is not an input`);
  const fieldEnum = getNamedType(input.getFields().field.type);
  if (!isEnumType(fieldEnum)) throw new Error(`${list}: orderBy.field is not an enum`);
  return fieldEnum.getValues().map((value) => value.name);
}

describe('orderBy', () => {
  it('is offered by the lists a front-end sorts, and the test knows every order the schema offers', () => {
    for (const list of Object.keys(EXPECTED)) {
      expect(orderFields(list).sort()).toEqual(Object.keys(EXPECTED[list].orders).sort());
    }
  });

  it('pages through any order, either way, with any page size: every row exactly once, in order', async () => {
    const cases = Object.entries(EXPECTED).flatMap(([list, { orders }]) =>
      Object.keys(orders).map((field) => ({ list, field })),
    );
    for (const { list } of cases) {
      const [{ n }] = await server.dataSource.query(`SELECT count(*)::int AS n FROM ${EXPECTED[list].from}`);
      expect(n).toBeGreaterThan(10);
    }
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...cases),
        fc.constantFrom('ASC' as const, 'DESC' as const),
        fc.integer({ min: 5, max: 40 }),
        async ({ list, field }, direction, first) => {
          const ids = await pageThrough(list, field, direction, first);
          expect(ids).toEqual(await expectedIds(list, field, direction));
        },
      ),
      { numRuns: 20 },
    );
  }, 120_000);

  it('keeps each list’s own order when orderBy is absent', async () => {
    const { data } = await server.gql(`{ beneficiaries(first: 100) { edges { node { id } } } }`);
    const byName = await expectedIds('beneficiaries', 'NAME', 'ASC');
    expect(data!.beneficiaries.edges.map((e: any) => e.node.id)).toEqual(byName.slice(0, 100));
    const openings = await server.gql(`{ openings(first: 100) { edges { node { id } } } }`);
    const newest = await expectedIds('openings', 'CREATED', 'DESC');
    expect(openings.data!.openings.edges.map((e: any) => e.node.id)).toEqual(newest.slice(0, 100));
  });
});

/** Every list with cursors, walked from the schema, with every order it offers (and none, its default). */
interface ListOrderCase {
  list: string;
  orderBy: { type: string; value: unknown } | null;
}

function listsAndOrders(): ListOrderCase[] {
  const fields = Object.values(schema.getQueryType()!.getFields()).filter((f) =>
    f.args.some((a) => a.name === 'after'),
  );
  return fields.flatMap((field): ListOrderCase[] => {
    const arg = field.args.find((a) => a.name === 'orderBy');
    if (!arg) return [{ list: field.name, orderBy: null }];
    const type = getNamedType(arg.type);
    if (isEnumType(type))
      return type.getValues().map((v) => ({ list: field.name, orderBy: { type: type.name, value: v.name } }));
    return orderFields(field.name).flatMap((orderField) =>
      ['ASC', 'DESC'].map((direction) => ({
        list: field.name,
        orderBy: { type: type.name, value: { field: orderField, direction } },
      })),
    );
  });
}

async function firstPage(list: string, orderBy: { type: string; value: unknown } | null, after?: string) {
  const declared = orderBy ? `, $orderBy: ${orderBy.type}` : '';
  const given = orderBy ? ', orderBy: $orderBy' : '';
  return server.gql(
    `query($after: String${declared}) { ${list}(first: 5, after: $after${given}) { edges { cursor } pageInfo { endCursor } } }`,
    { after: after ?? null, orderBy: orderBy?.value },
  );
}

describe('cursors', () => {
  it('of every list in every order hold no personal value, no sort value and no ID', async () => {
    const personal: string[] = (
      await server.dataSource.query(
        `SELECT family_name AS v FROM beneficiary UNION SELECT given_name FROM beneficiary
         UNION SELECT codice_fiscale FROM beneficiary UNION SELECT birth_date::text FROM beneficiary
         UNION SELECT legal_name FROM employer UNION SELECT title FROM opening UNION SELECT email FROM operator`,
      )
    ).map((row: { v: string }) => row.v.toLowerCase());
    const cases = listsAndOrders();
    expect(cases.map((c) => c.list)).toEqual(
      expect.arrayContaining(['beneficiaries', 'openings', 'employers', 'placements', 'quotaDashboard']),
    );
    let cursors = 0;
    for (const { list, orderBy } of cases) {
      const { data, errors } = await firstPage(list, orderBy);
      expect(errors).toBeUndefined();
      for (const { cursor } of data![list].edges) {
        cursors += 1;
        for (const decoded of [Buffer.from(cursor, 'base64url'), Buffer.from(cursor, 'base64')]) {
          const text = decoded.toString('latin1').toLowerCase();
          const utf8 = decoded.toString('utf8').toLowerCase();
          expect(() => JSON.parse(decoded.toString('utf8'))).toThrow();
          expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}/);
          expect(text).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-/);
          const leaked = personal.filter(
            (value) => value.length >= 4 && (text.includes(value) || utf8.includes(value)),
          );
          expect([list, leaked]).toEqual([list, []]);
        }
      }
    }
    expect(cursors).toBeGreaterThan(30);
  }, 60_000);

  it('edited, made up, or taken from another order or list, is a typed BAD_USER_INPUT on `after`', async () => {
    const byName = await firstPage('beneficiaries', {
      type: 'BeneficiaryOrder',
      value: { field: 'NAME', direction: 'ASC' },
    });
    const cursor: string = byName.data!.beneficiaries.pageInfo.endCursor;
    const flipped = cursor.slice(0, 20) + (cursor[20] === 'A' ? 'B' : 'A') + cursor.slice(21);
    const madeUp = Buffer.from(JSON.stringify(['Rossi', 'Mario', '00000000-0000-0000-0000-000000000000'])).toString(
      'base64url',
    );
    const attempts: Array<[string, { type: string; value: unknown } | null, string]> = [
      ['beneficiaries', { type: 'BeneficiaryOrder', value: { field: 'NAME', direction: 'ASC' } }, flipped],
      ['beneficiaries', null, madeUp],
      ['beneficiaries', { type: 'BeneficiaryOrder', value: { field: 'NAME', direction: 'DESC' } }, cursor],
      ['beneficiaries', { type: 'BeneficiaryOrder', value: { field: 'CASE_OPENED', direction: 'ASC' } }, cursor],
      ['employers', null, cursor],
      ['employers', { type: 'EmployerOrder', value: { field: 'SHORTFALL', direction: 'DESC' } }, cursor],
      ['quotaDashboard', null, cursor],
    ];
    for (const [list, orderBy, after] of attempts) {
      const { errors } = await firstPage(list, orderBy, after);
      expect([list, errors?.[0].extensions]).toEqual([
        list,
        expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'after' }),
      ]);
    }
    // The real cursor, in its own list and order, still works.
    const next = await firstPage(
      'beneficiaries',
      { type: 'BeneficiaryOrder', value: { field: 'NAME', direction: 'ASC' } },
      cursor,
    );
    expect(next.errors).toBeUndefined();
  });
});

describe('text search on openings', () => {
  it('finds the title or the employer’s name whatever the letter case and accents', async () => {
    const [opening] = await server.dataSource.query(
      `SELECT o.id, o.title, e.legal_name FROM opening o JOIN employer e ON e.id = o.employer_id ORDER BY o.id LIMIT 1`,
    );
    await server.dataSource.query(`UPDATE opening SET title = 'Addetta città pulizie Nicolò' WHERE id = $1`, [
      opening.id,
    ]);
    const search = async (text: string) => {
      const { data, errors } = await server.gql(
        `query($s: String) { openings(first: 100, filter: { search: $s }) { edges { node { id title employer { legalName } } } } }`,
        { s: text },
      );
      expect(errors).toBeUndefined();
      return data!.openings.edges.map((e: any) => e.node);
    };
    const id = toGlobalId('Opening', opening.id);
    for (const text of ['CITTA PULIZIE', 'nicolo', 'Città', 'NICOLÒ']) {
      expect((await search(text)).map((n: any) => n.id)).toEqual([id]);
    }
    const byEmployer = await search(opening.legal_name.toUpperCase());
    expect(byEmployer.map((n: any) => n.id)).toContain(id);
    expect(byEmployer.every((n: any) => n.employer.legalName === opening.legal_name || /pulizie/i.test(n.title))).toBe(
      true,
    );
    expect(await search('nessuna offerta si chiama così')).toEqual([]);
    expect(await search('100%_')).toEqual([]);
  });
});
