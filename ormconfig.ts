import 'reflect-metadata';
import { createPonteDataSource } from './src/app/data-source';

/**
 * The data source of the TypeORM CLI (`npm run migration:generate -- migrations/<Name>`). It needs a real server:
 * generate against a scratch database migrated to the latest version, then review the SQL by hand.
 */
const url = process.env.DATABASE_URL;
if (!url) {
  throw new Error('Set DATABASE_URL to a scratch PostgreSQL database to use the TypeORM CLI');
}

export default createPonteDataSource({ url });
