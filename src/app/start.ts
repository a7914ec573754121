import { PonteConfig } from '../config/config';
import { Database, openDatabase } from './database';
import { isDatabaseEmpty, seedDemoData } from '../seed/demo-data';
import { todayInItaly } from '../config/calendar';
import { PonteServer, startServer } from './server';
import { createLogger } from '../ops/logger';
import { startRetentionSchedule } from '../modules/privacy/retention-schedule';

export interface RunningPonte {
  server: PonteServer;
  database: Database;
  stop(): Promise<void>;
}

/**
 * Ponte as `npm start` runs it: the database opened and migrated, the demo data loaded into a new embedded
 * database (never into a PostgreSQL server, which holds real cases), then the HTTP server.
 */
export async function startPonte(
  config: PonteConfig,
  log: (message: string) => void = console.log,
): Promise<RunningPonte> {
  const where = config.databaseUrl ? 'PostgreSQL (DATABASE_URL)' : `embedded PGlite in ${config.embeddedDataDir}`;
  log(`Ponte: opening the database, ${where}…`);
  const database = await openDatabase(config);
  try {
    if (database.embedded && config.seedDemoData && (await isDatabaseEmpty(database.dataSource))) {
      log('Ponte: new embedded database, loading the demo data set (once)…');
      // Dated from today, so the worklist shows visits due this week rather than everything long overdue.
      const summary = await seedDemoData(database.dataSource, { referenceDate: todayInItaly(), writing: 'insert' });
      log(`Ponte: demo data loaded: ${JSON.stringify(summary)}`);
    }
    const server = await startServer(database.dataSource, config, { demoAccountsEnabled: database.embedded });
    const retention = await startRetentionSchedule(
      database.dataSource,
      config,
      database.embedded,
      createLogger(config.operations.logLevel),
    );
    log(
      `Ponte: retention job ${retention.mode}, closed cases pseudonymised after ${config.retention.pseudonymiseAfterDays} days`,
    );
    const graphiql = config.nodeEnv === 'production' ? '' : `, GraphiQL at ${server.url}/graphiql`;
    log(`Ponte: GraphQL API at ${server.url}/graphql${graphiql}`);
    return {
      server,
      database,
      async stop() {
        await retention.stop();
        await server.stop();
        await database.close();
      },
    };
  } catch (error) {
    await database.close();
    throw error;
  }
}
