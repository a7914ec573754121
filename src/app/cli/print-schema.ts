import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildPonteSchema, printPonteSchema } from '../schema';

export const SCHEMA_FILE = path.join(__dirname, '..', '..', '..', 'schema', 'schema.graphql');

/** `npm run schema:print`: regenerates the checked-in SDL from the code. */
async function main(): Promise<void> {
  writeFileSync(SCHEMA_FILE, printPonteSchema(await buildPonteSchema()));
  console.log(`Wrote ${path.relative(process.cwd(), SCHEMA_FILE)}`);
}

if (require.main === module) {
  main().catch((error) => {
    console.error(error);
    process.exitCode = 1;
  });
}
