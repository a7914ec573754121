import { randomBytes } from 'node:crypto';
import http from 'node:http';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { loadConfig, PonteConfig } from '../../src/config/config';
import { fromGlobalId } from '../../src/graphql/relay';
import { startSession } from '../../src/modules/auth/session-store';
import { SessionTokens } from '../../src/modules/auth/tokens';
import { createPonteDataSource } from '../../src/app/data-source';
import { startServer } from '../../src/app/server';
import { SqlCounter } from './sql-counter';

export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

export interface GraphQLResponse<T = Record<string, any>> {
  data?: T | null;
  errors?: Array<{ message: string; path?: string[]; extensions?: Record<string, any> }>;
}

/**
 * Who sends a request: by default the file's coordinator; `as` names another operator (global ID or UUID) and
 * `as: null` sends no credentials. Tokens are real, signed with the server's secret.
 */
export interface RequestOptions {
  as?: string | null;
  headers?: Record<string, string>;
  /** The client address the request comes from: a loopback address other than 127.0.0.1 (127.0.0.2 …). */
  from?: string;
}

/** A POST from a chosen local address (fetch cannot choose it), for tests of what is counted per client. */
function postFrom(url: string, from: string, headers: Record<string, string>, body: string): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const request = http.request(`${url}/graphql`, { method: 'POST', headers, localAddress: from }, (response) => {
      let text = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (text += chunk));
      response.on('end', () => resolve(JSON.parse(text)));
    });
    request.on('error', reject);
    request.end(body);
  });
}

export interface TestServer {
  url: string;
  dataSource: DataSource;
  sql: SqlCounter;
  config: PonteConfig;
  tokens: SessionTokens;
  /** A coordinator and an admin created with the schema, as the service's first accounts would be. */
  coordinatorId: string;
  adminId: string;
  gql<T = Record<string, any>>(
    query: string,
    variables?: Record<string, unknown>,
    options?: RequestOptions,
  ): Promise<GraphQLResponse<T>>;
  /** The Authorization header of an operator (global ID or UUID). */
  authorization(operatorId: string): Promise<Record<string, string>>;
  close(): Promise<void>;
}

async function insertAccount(dataSource: DataSource, role: string, email: string): Promise<string> {
  const [row] = await dataSource.query(
    `INSERT INTO operator (given_name, family_name, email, role) VALUES ('Prova', $1, $2, $1) RETURNING id`,
    [role, email],
  );
  return row.id;
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
export interface TestServerOptions {
  /** Settings that differ from the test defaults (limits, token lifetimes…). */
  config?: Partial<PonteConfig>;
  /**
   * Where the server's connections go, for fault tests (a proxy in front of PostgreSQL); migrations and
   * `dataSource` still use TEST_DATABASE_URL directly. The URL must reach the same database.
   */
  serverDatabaseUrl?: string;
  /** Hot standbys the server reads from (DATABASE_REPLICA_URLS); they must replicate TEST_DATABASE_URL. */
  replicaUrls?: string[];
}

export async function startTestServer(options: TestServerOptions = {}): Promise<TestServer> {
  const schema = `test_${randomBytes(6).toString('hex')}`;
  await withAdminClient((client) => client.query(`CREATE SCHEMA ${schema}`));
  const sql = new SqlCounter();
  const dataSource = createPonteDataSource({ url: TEST_DATABASE_URL, schema, poolSize: 5, logger: sql });
  await dataSource.initialize();
  await dataSource.runMigrations();
  const config: PonteConfig = { ...loadConfig({ NODE_ENV: 'test' }), port: 0, ...options.config };
  const serverDataSource =
    options.serverDatabaseUrl || options.replicaUrls
      ? createPonteDataSource({
          url: options.serverDatabaseUrl ?? TEST_DATABASE_URL,
          replicaUrls: options.replicaUrls,
          schema,
          poolSize: 5,
          logger: sql,
        })
      : dataSource;
  if (serverDataSource !== dataSource) await serverDataSource.initialize();
  const server = await startServer(serverDataSource, config);
  const tokens = new SessionTokens(config.auth);
  const coordinatorId = await insertAccount(dataSource, 'COORDINATOR', 'prova.coordinamento@giustaoccupazione.example');
  const adminId = await insertAccount(dataSource, 'ADMIN', 'prova.amministrazione@giustaoccupazione.example');

  /** One session per operator for the whole file, as if each had signed in once. */
  const sessions = new Map<string, Promise<string>>();
  async function authorization(operatorId: string): Promise<Record<string, string>> {
    const id = fromGlobalId(operatorId)?.id ?? operatorId;
    // The harness's own sign-in, outside any request under test: kept out of the audit trail the tests count.
    const signIn = () =>
      dataSource.transaction(async (tx) => {
        await tx.query(`SET LOCAL ponte.audit = 'off'`);
        return startSession(tx, id);
      });
    if (!sessions.has(id)) sessions.set(id, signIn());
    const { token } = await tokens.issue(
      { operatorId: id, tokenVersion: 0, sessionId: await sessions.get(id)! },
      'access',
    );
    return { authorization: `Bearer ${token}` };
  }

  return {
    url: server.url,
    dataSource,
    sql,
    config,
    tokens,
    coordinatorId,
    adminId,
    authorization,
    async gql(query, variables, options = {}) {
      const as = options.as === undefined ? coordinatorId : options.as;
      const headers = {
        'content-type': 'application/json',
        ...(as === null ? {} : await authorization(as)),
        ...options.headers,
      };
      const body = JSON.stringify({ query, variables });
      // A sign-out ends the session this helper keeps for the operator: the next request opens another.
      if (as !== null && /\bsignOut\b/.test(query)) sessions.delete(fromGlobalId(as)?.id ?? as);
      if (options.from) return (await postFrom(server.url, options.from, headers, body)) as GraphQLResponse<any>;
      const response = await fetch(`${server.url}/graphql`, { method: 'POST', headers, body });
      return (await response.json()) as GraphQLResponse<any>;
    },
    async close() {
      await server.stop();
      if (serverDataSource !== dataSource) await serverDataSource.destroy();
      await dataSource.destroy();
      await withAdminClient((client) => client.query(`DROP SCHEMA ${schema} CASCADE`));
    },
  };
}
