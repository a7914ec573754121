import fc from 'fast-check';
import { randomUUID } from 'crypto';
import { EntityMetadata, In, ObjectLiteral } from 'typeorm';
import { ENTITIES } from '../../src/app/entities';
import { Direction, entitiesOfRaw, leanEntity } from '../../src/db/lean-rows';
import { BeneficiarySkill } from '../../src/modules/beneficiaries/beneficiary-skill.entity';
import { EmployerSite } from '../../src/modules/employers/employer-site.entity';
import { Employer } from '../../src/modules/employers/employer.entity';
import { Opening } from '../../src/modules/openings/opening.entity';
import { seedDemoData } from '../../src/seed/demo-data';
import { startTestServer, TestServer } from '../helpers/test-server';

/*
 * The loaders and the lists make their entities from rows themselves instead of through TypeORM's find: whatever is
 * read, by whatever key and in whatever order, the entities must be the very ones find gives (same class, same
 * values, same types: dates, numbers through column transformers, enum arrays, nulls).
 */

let server: TestServer;
type Row = ObjectLiteral;

beforeAll(async () => {
  server = await startTestServer();
  await seedDemoData(server.dataSource);
}, 120_000);
afterAll(() => server.close());

function metadataOf(entity: (typeof ENTITIES)[number]): EntityMetadata {
  return server.dataSource.getMetadata(entity);
}

/**
 * A property to read by, the values found in its rows (one, or some repeated, perhaps with one that matches nothing),
 * and an order.
 */
const readArb = fc.constantFrom(...ENTITIES).chain((entity) => {
  const columns = metadataOf(entity).columns.filter((c) => !c.isVirtual);
  return fc.record({
    entity: fc.constant(entity),
    key: fc.constantFrom(...columns.filter((c) => c.isPrimary || c.propertyName.endsWith('Id'))),
    order: fc.uniqueArray(
      fc.record({ column: fc.constantFrom(...columns), direction: fc.constantFrom<Direction>('ASC', 'DESC') }),
      { selector: (o) => o.column.propertyName, maxLength: 3 },
    ),
    picks: fc.array(fc.nat(), { minLength: 1, maxLength: 40 }),
    withUnknown: fc.boolean(),
  });
});

describe('entities made from rows by Ponte itself', () => {
  it('equal what TypeORM find reads, for every entity, key and order', async () => {
    await fc.assert(
      fc.asyncProperty(readArb, async ({ entity, key, order, picks, withUnknown }) => {
        const property = key.propertyName;
        const table = metadataOf(entity).tablePath;
        const known: Array<{ v: unknown }> = await server.dataSource.query(
          `SELECT DISTINCT ${key.databaseName} AS v FROM ${table} WHERE ${key.databaseName} IS NOT NULL LIMIT 200`,
        );
        const values = picks.map((p) => known[p % Math.max(known.length, 1)]?.v ?? randomUUID());
        if (withUnknown) values.push(key.type === 'uuid' ? randomUUID() : values[0]);
        // Ties would be in the database's order, which two different statements need not share: the key ends it.
        const primary = metadataOf(entity).primaryColumns.map((c): [string, Direction] => [c.propertyName, 'ASC']);
        const sorted: Array<[string, Direction]> = [
          ...order
            .filter((o) => !o.column.isPrimary)
            .map((o): [string, Direction] => [o.column.propertyName, o.direction]),
          ...primary,
        ];
        const lean = await leanEntity<Row>(server.dataSource, entity as never).whereIn(
          server.dataSource.manager,
          property,
          values,
          sorted,
        );
        const found = await server.dataSource.manager.find(entity as never, {
          where: { [property]: In(values) },
          order: Object.fromEntries(sorted),
        });
        expect(lean).toStrictEqual(found);
        expect(lean.every((row) => row instanceof entity)).toBe(true);
      }),
      { numRuns: 120 },
    );
  });

  it('read every entity of the schema, and its demo rows exist for most of them', async () => {
    let withRows = 0;
    for (const entity of ENTITIES) {
      const metadata = metadataOf(entity);
      const [key] = metadata.primaryColumns;
      const keys: Array<{ v: unknown }> = await server.dataSource.query(
        `SELECT ${key.databaseName} AS v FROM ${metadata.tablePath} LIMIT 30`,
      );
      if (keys.length > 0) withRows += 1;
      const values = keys.map((r) => r.v);
      const order = metadata.primaryColumns.map((c): [string, Direction] => [c.propertyName, 'ASC']);
      const lean = await leanEntity<Row>(server.dataSource, entity as never).whereIn(
        server.dataSource.manager,
        key.propertyName,
        values,
        order,
      );
      const found = await server.dataSource.manager.find(entity as never, {
        where: { [key.propertyName]: In(values) },
        order: Object.fromEntries(order),
      });
      expect(lean).toStrictEqual(found);
    }
    expect(withRows).toBeGreaterThan(ENTITIES.length / 2);
  });

  it('make a list page with its joined records as the query builder does, a join that found nothing as null', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 60 }),
        fc.constantFrom<Direction>('ASC', 'DESC'),
        fc.boolean(),
        async (limit, direction, headquartersOnly) => {
          const query = server.dataSource.manager
            .createQueryBuilder(Opening, 'o')
            .leftJoinAndMapOne('o.employer', Employer, 'e', 'e.id = o.employer_id')
            .leftJoinAndMapOne(
              'o.site',
              EmployerSite,
              's',
              headquartersOnly ? 's.id = o.site_id AND s.is_headquarters' : 's.id = o.site_id',
            )
            .addSelect('CAST(o.created_at AS text)', 'cursor_key_0')
            .orderBy('o.created_at', direction)
            .addOrderBy('o.id', direction)
            .limit(limit);
          const made = entitiesOfRaw(query, await query.getRawMany());
          const { entities } = await query.getRawAndEntities();
          expect(made).toStrictEqual(entities);
        },
      ),
      { numRuns: 25 },
    );
    const withoutSite = await server.dataSource.manager
      .createQueryBuilder(Opening, 'o')
      .leftJoinAndMapOne('o.site', EmployerSite, 's', 's.id = o.site_id AND false')
      .limit(3);
    const made = entitiesOfRaw(withoutSite, await withoutSite.getRawMany());
    expect(made.length).toBeGreaterThan(0);
    expect(made.every((o) => (o as Opening & { site: unknown }).site === null)).toBe(true);
  });

  it('refuses a join it cannot make one row at a time, rather than read it differently', async () => {
    const many = server.dataSource.manager
      .createQueryBuilder(Employer, 'e')
      .leftJoinAndMapMany('e.sites', EmployerSite, 's', 's.employer_id = e.id')
      .limit(3);
    expect(() => entitiesOfRaw(many, [])).toThrow(/not mapped to one property/);
  });

  it("reads one parent's children with a statement PostgreSQL keeps a plan for, instead of planning it at every read", () =>
    server.dataSource.transaction(async (manager) => {
      const people: string[] = (await manager.query(`SELECT id FROM beneficiary ORDER BY id LIMIT 12`)).map(
        (row: { id: string }) => row.id,
      );
      const skills = leanEntity(server.dataSource, BeneficiarySkill);
      for (const id of people) await skills.whereIn(manager, 'beneficiaryId', [id], [['level', 'DESC']]);
      const [plans] = await manager.query(
        `SELECT generic_plans AS generic FROM pg_prepared_statements
         WHERE statement LIKE 'SELECT %FROM "beneficiary_skill" WHERE "beneficiary_id" %ORDER BY "level" DESC'`,
      );
      expect(Number(plans.generic)).toBeGreaterThan(0);
    }));
});
