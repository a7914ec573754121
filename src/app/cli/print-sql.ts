import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { COMPOSED_STATEMENTS, printStatement } from './composed-sql';

export const SQL_FOLDER = path.join(__dirname, '..', '..', '..', 'sql');

/** `npm run sql:print`: rewrites `sql/` with the statements Ponte composes, so a change to one is reviewed as SQL. */
function main(): void {
  mkdirSync(SQL_FOLDER, { recursive: true });
  const kept = new Set(COMPOSED_STATEMENTS.map((s) => s.file));
  for (const file of readdirSync(SQL_FOLDER)) if (!kept.has(file)) rmSync(path.join(SQL_FOLDER, file));
  for (const statement of COMPOSED_STATEMENTS) {
    writeFileSync(path.join(SQL_FOLDER, statement.file), printStatement(statement));
  }
  console.log(`Wrote ${COMPOSED_STATEMENTS.length} statements to ${path.relative(process.cwd(), SQL_FOLDER)}/`);
}

if (require.main === module) main();
