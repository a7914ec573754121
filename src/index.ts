import 'reflect-metadata';
import { loadConfig } from './config/config';
import { openDatabase } from './db/database';
import { isDatabaseEmpty, seedDemoData } from './seed/demo-data';
import { startServer } from './server';

/** Start-up: configuration, database (migrated; demo data on a new embedded one), HTTP server. */
async function main(): Promise<void> {
  const config = loadConfig();
  const where = config.databaseUrl ? 'PostgreSQL (DATABASE_URL)' : `embedded PGlite in ${config.embeddedDataDir}`;
  console.log(`Ponte: opening the database, ${where}…`);
  const database = await openDatabase(config);

  if (database.embedded && config.seedDemoData && (await isDatabaseEmpty(database.dataSource))) {
    console.log('Ponte: new embedded database, loading the demo data set…');
    const summary = await seedDemoData(database.dataSource);
    console.log(`Ponte: demo data loaded (${JSON.stringify(summary)})`);
  }

  const server = await startServer(database.dataSource, config);
  console.log(`Ponte: GraphQL API at ${server.url}/graphql, GraphiQL at ${server.url}/graphiql`);

  const shutdown = async (signal: string) => {
    console.log(`Ponte: ${signal} received, stopping…`);
    await server.stop();
    await database.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
}

main().catch((error) => {
  console.error('Ponte could not start:', error);
  process.exit(1);
});
