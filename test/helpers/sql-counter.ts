import { AbstractLogger, LogLevel, LogMessage } from 'typeorm';

/** The statements that name `table` (as a whole word: `placement` is not `placement_status_change`). */
export function statementsOn(statements: readonly string[], table: string): string[] {
  const named = new RegExp(`\\b${table}\\b`);
  return statements.filter((sql) => named.test(sql));
}

/** A TypeORM logger that counts the SQL statements sent, so tests can prove a query costs a constant number. */
export class SqlCounter extends AbstractLogger {
  statements: string[] = [];

  constructor() {
    super(['query']);
  }

  protected writeLog(level: LogLevel, message: LogMessage | LogMessage[]): void {
    if (level !== 'query') return;
    for (const entry of Array.isArray(message) ? message : [message]) {
      this.statements.push(String(entry.message));
    }
  }

  async count<T>(action: () => Promise<T>): Promise<{ result: T; statements: string[] }> {
    this.statements = [];
    const result = await action();
    const statements = this.statements;
    this.statements = [];
    return { result, statements };
  }
}
