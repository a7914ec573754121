import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { getMetadataStorage } from 'type-graphql';
import { getMetadataArgsStorage } from 'typeorm';
import { ENTITIES } from '../../src/app/entities';
import { RESOLVERS } from '../../src/app/resolvers';
import { startTestServer, TestServer } from '../helpers/test-server';

/*
 * Guards for the next developer: what is declared somewhere must also be registered where it takes effect. A
 * resolver or entity written but not listed, or a table without its audit trigger, fails here rather than in use.
 */

const SRC = path.join(__dirname, '..', '..', 'src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? sourceFiles(full) : full.endsWith('.ts') ? [full] : [];
  });
}

/** Loading every source file registers every decorated class, listed or not. */
function loadEverySourceFile(): void {
  for (const file of sourceFiles(path.join(SRC, 'modules'))) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- loading a file for its decorators' side effect
    if (/@(Resolver|Entity)\(/.test(readFileSync(file, 'utf8'))) require(file);
  }
}

describe('registries', () => {
  beforeAll(loadEverySourceFile);

  it('lists every resolver class in src/app/resolvers.ts', () => {
    const declared = new Set(getMetadataStorage().resolverClasses.map((r) => r.target));
    const registered = new Set<unknown>(RESOLVERS);
    const missing = [...declared].filter((target) => !registered.has(target)).map((target: any) => target.name);
    expect(declared.size).toBeGreaterThan(20);
    expect(missing).toEqual([]);
  });

  it('lists every entity in src/app/entities.ts', () => {
    const declared = getMetadataArgsStorage()
      .tables.filter((t) => t.type === 'regular')
      .map((t) => t.target);
    const missing = declared
      .filter((target) => !(ENTITIES as unknown[]).includes(target))
      .map((target: any) => target.name);
    expect(declared.length).toBeGreaterThan(15);
    expect(missing).toEqual([]);
  });
});

describe('the audit trail', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  /**
   * Tables without an audit trigger on purpose: the trail itself, the migrations' log, tables derived by triggers, and
   * documents' bytes (written and deleted only with their audited `document` row, never updated: the database refuses).
   */
  const UNAUDITED = ['audit_event', 'migrations', 'match_profile', 'opening_match_profile', 'document_content'];

  it('has a trigger on every table, so that no write escapes it', async () => {
    const rows: Array<{ table: string }> = await server.dataSource.query(
      `SELECT c.relname AS table
       FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p')
         AND NOT EXISTS (
           SELECT 1 FROM pg_trigger t JOIN pg_proc p ON p.oid = t.tgfoid
           WHERE t.tgrelid = c.oid AND NOT t.tgisinternal AND p.proname = 'audit_row_change')
       ORDER BY 1`,
    );
    const tables: Array<{ n: number }> = await server.dataSource.query(
      `SELECT count(*)::int AS n FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = current_schema() AND c.relkind = 'r'`,
    );
    expect(tables[0].n).toBeGreaterThan(20);
    expect(rows.map((r) => r.table).filter((table) => !UNAUDITED.includes(table))).toEqual([]);
  });
});
