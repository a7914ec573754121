import path from 'node:path';
import { DataSource, DataSourceOptions as DataSourceOptionsBase, Logger } from 'typeorm';
import { DEFAULT_DATABASE_CONNECT_TIMEOUT_MS, DEFAULT_DATABASE_IDLE_TIMEOUT_MS } from '../config/config';
import { OneQueryAtATimeDataSource } from './one-query-at-a-time';
import { PonteSqlLogger } from './sql-logger';
import { preparingClient, StatementNames } from './prepared-statements';

export interface DataSourceOptions {
  /** The entity classes and subscribers: the composition root lists them (app/data-source.ts). */
  entities: DataSourceOptionsBase['entities'];
  subscribers?: DataSourceOptionsBase['subscribers'];
  url: string;
  /**
   * Hot standbys of `url`: TypeORM's replication then lends their connections to what asks for a 'slave' query runner
   * (the reads of requests that write nothing, see app/read-routing.ts); everything else stays on the primary, finds
   * included (TypeORM would send those to a replica by default, and a session just opened would not be found there).
   */
  replicaUrls?: string[];
  /** Run in this PostgreSQL schema instead of the server's default (each test file has its own). */
  schema?: string;
  poolSize?: number;
  /** How long to wait for a connection, new or pooled, before the query fails. */
  connectTimeoutMs?: number;
  /** How long a connection may stay unused in the pool before it is closed (see `DEFAULT_DATABASE_IDLE_TIMEOUT_MS`). */
  idleTimeoutMs?: number;
  logger?: Logger;
  logSql?: boolean;
  /** Repeated statements prepared on each connection (prepared-statements.ts); on unless turned off. */
  preparedStatements?: boolean;
}

/** Compiled to dist/src/db, run from src/db under ts-node: migrations sit two levels up either way. */
export const MIGRATIONS_GLOB = path.join(__dirname, '..', '..', 'migrations', '*.{ts,js}');

/**
 * Session settings for Ponte's workload. JIT compilation costs more than it saves on these short queries (seen:
 * 850 ms of compilation for a 400 ms query); ranking an opening hashes and aggregates tens of thousands of rows,
 * which spill to disk with the default 4 MB of work memory (32 MB made it a fifth faster).
 */
const SESSION_SETTINGS = ['-c jit=off', '-c work_mem=32MB'];

/** The one way Ponte opens its database; the schema only ever changes through migrations. */
export function createDataSource(options: DataSourceOptions): DataSource {
  const replicas = options.replicaUrls ?? [];
  return new OneQueryAtATimeDataSource({
    type: 'postgres',
    ...(replicas.length > 0
      ? {
          replication: {
            master: { url: options.url },
            slaves: replicas.map((url) => ({ url })),
            defaultMode: 'master' as const,
          },
        }
      : { url: options.url }),
    entities: options.entities,
    migrations: [MIGRATIONS_GLOB],
    subscribers: options.subscribers ?? [],
    migrationsTransactionMode: 'each',
    synchronize: false,
    poolSize: options.poolSize ?? 10,
    connectTimeoutMS: options.connectTimeoutMs ?? DEFAULT_DATABASE_CONNECT_TIMEOUT_MS,
    // TypeORM's own handler logs at a level Ponte's logging hides: an idle connection dropped is often the first sign
    // of an outage. Handling the event at all is what keeps the process alive.
    poolErrorHandler: (error: Error) => console.warn(`PostgreSQL dropped an idle connection: ${error.message}`),
    extra: {
      idleTimeoutMillis: options.idleTimeoutMs ?? DEFAULT_DATABASE_IDLE_TIMEOUT_MS,
      ...(options.preparedStatements === false ? {} : { Client: preparingClient(new StatementNames()) }),
      options: [...SESSION_SETTINGS, options.schema ? `-c search_path=${options.schema}` : ''].join(' ').trim(),
    },
    // A logger object decides alone what it writes: TypeORM reads `logging` only for its own loggers.
    logger: options.logger ?? new PonteSqlLogger(options.logSql ?? false),
  });
}
