import { startTestServer, TestServer } from '../helpers/test-server';

/**
 * The schema lives in hand-written migrations and the entities map it: they must agree on every column (name,
 * type, nullability, default), or TypeORM would read and write something other than what the database holds.
 * Constraints and indexes are declared only in the migrations, so those differences are expected and left out.
 */
describe('migrations and entities', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  it('agree on every table and column', async () => {
    const { upQueries } = await server.dataSource.driver.createSchemaBuilder().log();
    const columnChanges = upQueries.map((q) => q.query).filter((sql) => !/CONSTRAINT|INDEX/.test(sql));
    expect(columnChanges).toEqual([]);
  });
});
