import { DataSource } from 'typeorm';
import { PonteConfig } from '../config/config';
import { createPonteDataSource } from './data-source';
import { startEmbeddedPostgres } from '../db/embedded';

export interface Database {
  dataSource: DataSource;
  embedded: boolean;
  close(): Promise<void>;
}

/** Opens the configured database (a PostgreSQL server, or the embedded one) and brings its schema up to date. */
export async function openDatabase(config: PonteConfig): Promise<Database> {
  if (config.databaseUrl) {
    const dataSource = createPonteDataSource({
      url: config.databaseUrl,
      replicaUrls: config.databaseReplicaUrls,
      connectTimeoutMs: config.databaseConnectTimeoutMs,
      idleTimeoutMs: config.databaseIdleTimeoutMs,
      logSql: config.logSql,
      preparedStatements: config.databasePreparedStatements,
    });
    await dataSource.initialize();
    await dataSource.runMigrations();
    return { dataSource, embedded: false, close: () => dataSource.destroy() };
  }

  const embedded = await startEmbeddedPostgres(config.embeddedDataDir);
  const dataSource = createPonteDataSource({
    url: embedded.url,
    poolSize: 4,
    connectTimeoutMs: config.databaseConnectTimeoutMs,
    logSql: config.logSql,
    // PGlite is one session behind all the pool's connections: a statement one prepares, the next could not.
    preparedStatements: false,
  });
  try {
    await dataSource.initialize();
    await dataSource.runMigrations();
  } catch (error) {
    await embedded.stop();
    throw error;
  }
  return {
    dataSource,
    embedded: true,
    async close() {
      await dataSource.destroy();
      await embedded.stop();
    },
  };
}
