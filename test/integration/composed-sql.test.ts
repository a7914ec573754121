import { COMPOSED_STATEMENTS } from '../../src/app/cli/composed-sql';
import { startTestServer, TestServer } from '../helpers/test-server';

describe('composed SQL as printed in sql/', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  it.each(COMPOSED_STATEMENTS.map((s) => [s.file, s]))(
    '%s is a statement PostgreSQL plans on the migrated schema',
    async (_file, statement) => {
      const plan: Array<{ 'QUERY PLAN': string }> = await server.dataSource.query(
        `EXPLAIN ${statement.sql.text}`,
        statement.sql.params,
      );
      expect(plan.length).toBeGreaterThan(0);
    },
  );
});
