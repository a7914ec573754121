import { EntityManager } from 'typeorm';
import { ColumnTypes, Row, RowWriter, RowWriting, rowWriter } from './bulk-insert';

/** The tables the seed loads first: staff, employers and their openings, people and their case files. */
export const LOADED_BEFORE_PLACEMENTS = [
  'operator',
  'employer',
  'employer_site',
  'headcount_snapshot',
  'opening',
  'opening_skill',
  'beneficiary',
  'case_status_change',
  'referral',
  'beneficiary_skill',
  'work_constraints',
] as const;

/** The tables of the placement history, derived from the case histories read back. */
export const PLACEMENT_TABLES = ['placement', 'placement_status_change', 'monitoring_visit'] as const;

/** Every table the seed writes. */
export const SEEDED_TABLES = [...LOADED_BEFORE_PLACEMENTS, ...PLACEMENT_TABLES] as const;

export type SeededTable = (typeof SEEDED_TABLES)[number];

/**
 * A bulk load inside the seed's transaction, done the way PostgreSQL loads fastest.
 *
 * - The tables' own triggers are set aside while it writes: the audit trigger has nothing to record (invented rows
 *   are no one's work) and the match-profile triggers would rebuild a person's profile after each of their skills,
 *   constraints, placements and visits, statement after statement. Every profile is built once at the end instead,
 *   by the same functions the triggers call, and the triggers are back before the transaction commits.
 * - Indexes that no constraint needs are dropped and built again, in one sorted pass each, once a group of tables
 *   is loaded (`settle`): ten million monitoring visits kept in their two other indexes as they arrive would touch
 *   two more random pages for every row. Primary keys, unique keys and foreign keys stay on: the data are checked as they go in.
 * - The planner is told what has been loaded before the load reads it back (ANALYZE counts the rows the
 *   transaction itself has written): the tables were empty when last analysed.
 *
 * ALTER TABLE and DROP INDEX are transactional: a failed load leaves the schema as it was.
 */
export class BulkLoad {
  private constructor(
    private readonly manager: EntityManager,
    private readonly writer: RowWriter,
    /** Each table's indexes set aside, as the statements that build them again. */
    private readonly setAside: Map<string, string[]>,
  ) {}

  static async begin(manager: EntityManager, writing: RowWriting): Promise<BulkLoad> {
    for (const table of SEEDED_TABLES) await manager.query(`ALTER TABLE ${table} DISABLE TRIGGER USER`);
    const indexes: Array<{ table: string; name: string; definition: string }> = await manager.query(
      `SELECT t.relname AS table, x.relname AS name, pg_get_indexdef(i.indexrelid) AS definition
       FROM pg_index i JOIN pg_class t ON t.oid = i.indrelid JOIN pg_class x ON x.oid = i.indexrelid
       WHERE t.relnamespace = current_schema()::regnamespace AND t.relname = ANY($1::text[])
         AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = i.indexrelid)
       ORDER BY x.relname`,
      [[...SEEDED_TABLES]],
    );
    const setAside = new Map<string, string[]>();
    for (const { table, name, definition } of indexes) {
      await manager.query(`DROP INDEX ${quoteIdentifier(name)}`);
      setAside.set(table, [...(setAside.get(table) ?? []), definition]);
    }
    // Index builds sort in memory up to this much, for this transaction only.
    await manager.query(`SET LOCAL maintenance_work_mem = '256MB'`);
    return new BulkLoad(manager, rowWriter(manager, writing), setAside);
  }

  /** Writes rows into a table the load has set its triggers aside for; any other table is a seed bug. */
  readonly write: RowWriter = async (table: string, columns: ColumnTypes, rows: readonly Row[]) => {
    if (!(SEEDED_TABLES as readonly string[]).includes(table)) {
      throw new Error(`The seed writes ${table}, which is not among SEEDED_TABLES: its triggers would run`);
    }
    return this.writer(table, columns, rows);
  };

  /** The tables are loaded (rows may still be added): their indexes are built again and they are analysed. */
  async settle(tables: readonly SeededTable[]): Promise<void> {
    for (const table of tables) {
      for (const definition of this.setAside.get(table) ?? []) await this.manager.query(definition);
      this.setAside.delete(table);
    }
    await this.manager.query(`ANALYZE ${tables.join(', ')}`);
  }

  /** Settles every table, builds every match profile once from the loaded rows, then puts the triggers back. */
  async finish(): Promise<void> {
    await this.settle(SEEDED_TABLES);
    await this.manager.query(`SELECT refresh_opening_match_profiles(ARRAY(SELECT id FROM opening))`);
    await this.manager.query(`SELECT refresh_match_profiles(ARRAY(SELECT id FROM beneficiary))`);
    for (const table of SEEDED_TABLES) await this.manager.query(`ALTER TABLE ${table} ENABLE TRIGGER USER`);
  }
}

function quoteIdentifier(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

/**
 * People generated and written (or read back and their placements derived) this many at a time, so a large data
 * set never sits whole in memory.
 */
export const PEOPLE_PER_CHUNK = 5000;

/** People generated (or their placements derived) between two turns of the event loop, for a write to go on. */
export const PEOPLE_BETWEEN_YIELDS = 100;

/** Lets a write in flight move on: generating rows is synchronous work that would hold the event loop. */
export function yieldToWrites(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/**
 * One batch written while the next is made: the database server and this process each have a core to work on.
 * Writes keep their order (one at a time, on the transaction's connection); a failed write fails the next `start`
 * or `flush`, so the load stops there and its transaction rolls back.
 */
export class WriteBehind {
  private pending: Promise<void> = Promise.resolve();

  /**
   * Waits for the write in flight, then starts this one and returns without waiting for it. (Not `then`: an object
   * with a `then` method is taken for a promise by `await` and `return`.)
   */
  async start(write: () => Promise<void>): Promise<void> {
    await this.pending;
    this.pending = write();
    // Observed by the next `start` or `flush`; until then it must not count as unhandled.
    this.pending.catch(() => undefined);
  }

  async flush(): Promise<void> {
    await this.pending;
  }
}
