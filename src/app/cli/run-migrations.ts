import 'reflect-metadata';
import { loadConfig } from '../../config/config';
import { openDatabase } from '../database';

/** `npm run migration:run`: brings the configured database (embedded or DATABASE_URL) up to date. */
async function main(): Promise<void> {
  const database = await openDatabase(loadConfig());
  const applied = await database.dataSource.query(`SELECT name FROM migrations ORDER BY id`);
  console.log(`Database up to date: ${applied.length} migrations applied.`);
  await database.close();
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
