import { EntityManager } from 'typeorm';
import { ColumnTypes, Row, RowWriter, RowWriting, rowWriter } from './bulk-insert';

/** Every table the seed writes, in no particular order. */
export const SEEDED_TABLES = [
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
  'placement',
  'placement_status_change',
  'monitoring_visit',
] as const;

/**
 * A bulk load inside the seed's transaction. The tables' own triggers are set aside while it writes: the audit
 * trigger has nothing to record (invented rows are no one's work) and the match-profile triggers would rebuild a
 * person's profile after each of their skills, constraints, placements and visits, statement after statement.
 * Instead every profile is built once, set-based, by the same functions the triggers call, and the triggers are
 * back before the transaction commits. ALTER TABLE is transactional: a failed load leaves them as they were.
 * Foreign keys and checks stay on (they are constraints, not user triggers).
 */
export class BulkLoad {
  private constructor(
    private readonly manager: EntityManager,
    private readonly writer: RowWriter,
  ) {}

  static async begin(manager: EntityManager, writing: RowWriting): Promise<BulkLoad> {
    for (const table of SEEDED_TABLES) await manager.query(`ALTER TABLE ${table} DISABLE TRIGGER USER`);
    return new BulkLoad(manager, rowWriter(manager, writing));
  }

  /** Writes rows into a table the load has set its triggers aside for; any other table is a seed bug. */
  readonly write: RowWriter = (table: string, columns: ColumnTypes, rows: readonly Row[]) => {
    if (!(SEEDED_TABLES as readonly string[]).includes(table)) {
      throw new Error(`The seed writes ${table}, which is not among SEEDED_TABLES: its triggers would run`);
    }
    return this.writer(table, columns, rows);
  };

  /** Builds every match profile once from the loaded rows, then puts the triggers back. */
  async finish(): Promise<void> {
    await this.manager.query(`SELECT refresh_opening_match_profiles(ARRAY(SELECT id FROM opening))`);
    await this.manager.query(`SELECT refresh_match_profiles(ARRAY(SELECT id FROM beneficiary))`);
    for (const table of SEEDED_TABLES) await this.manager.query(`ALTER TABLE ${table} ENABLE TRIGGER USER`);
  }
}

/** Lets a write in flight move on: generating rows is synchronous work that would hold the event loop. */
export function yieldToWrites(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/**
 * One batch written while the next is made: the database server and this process each have a core to work on.
 * Writes keep their order (one at a time, on the transaction's connection); a failed write fails the next `then`
 * or `flush`, so the load stops there and its transaction rolls back.
 */
export class WriteBehind {
  private pending: Promise<void> = Promise.resolve();

  /** Waits for the write in flight, then starts this one and returns without waiting for it. */
  async then(write: () => Promise<void>): Promise<void> {
    await this.pending;
    this.pending = write();
    // Observed by the next `then` or `flush`; until then it must not count as unhandled.
    this.pending.catch(() => undefined);
  }

  async flush(): Promise<void> {
    await this.pending;
  }
}
