import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { loadConfig } from '../../src/config/config';
import { createDataSource } from '../../src/db/data-source';
import { startServer } from '../../src/server';
import { SqlCounter } from './sql-counter';

export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

export interface GraphQLResponse<T = Record<string, any>> {
  data?: T | null;
  errors?: Array<{ message: string; path?: string[]; extensions?: Record<string, any> }>;
}

export interface TestServer {
  url: string;
  dataSource: DataSource;
  sql: SqlCounter;
  gql<T = Record<string, any>>(
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<GraphQLResponse<T>>;
  close(): Promise<void>;
}

async function withAdminClient<T>(action: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: TEST_DATABASE_URL });
  await client.connect();
  try {
    return await action(client);
  } finally {
    await client.end();
  }
}

/**
 * The real Ponte HTTP server over a real PostgreSQL, in a schema of its own created and migrated for one test
 * file, and dropped at the end.
 */
export async function startTestServer(): Promise<TestServer> {
  const schema = `test_${randomBytes(6).toString('hex')}`;
  await withAdminClient((client) => client.query(`CREATE SCHEMA ${schema}`));
  const sql = new SqlCounter();
  const dataSource = createDataSource({ url: TEST_DATABASE_URL, schema, poolSize: 5, logger: sql });
  await dataSource.initialize();
  await dataSource.runMigrations();
  const config = { ...loadConfig({ NODE_ENV: 'test' }), port: 0 };
  const server = await startServer(dataSource, config);

  return {
    url: server.url,
    dataSource,
    sql,
    async gql(query, variables, headers) {
      const response = await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query, variables }),
      });
      return (await response.json()) as GraphQLResponse<any>;
    },
    async close() {
      await server.stop();
      await dataSource.destroy();
      await withAdminClient((client) => client.query(`DROP SCHEMA ${schema} CASCADE`));
    },
  };
}
