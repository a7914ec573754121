import { Logger } from 'typeorm';
import { describeDatabaseError } from './loggable-error';

function oneLine(sql: string): string {
  return sql.replace(/\s+/g, ' ').trim();
}

/**
 * TypeORM's own loggers write every failed statement with its parameters, whatever the logging option says. Ponte
 * writes statements without their values: the text (only with PONTE_LOG_SQL) and, when one fails, the text and what
 * PostgreSQL names (see loggable-error.ts).
 */
export class PonteSqlLogger implements Logger {
  constructor(private readonly logSql: boolean) {}

  /** `_parameters` are the statement's values: never written. */
  logQuery(query: string, _parameters?: unknown): void {
    if (this.logSql) console.log(`SQL: ${oneLine(query)}`);
  }

  logQueryError(error: string | Error, query: string, _parameters?: unknown): void {
    const described = typeof error === 'string' ? 'error' : (describeDatabaseError(error) ?? error.name);
    console.error(`SQL failed, ${described}: ${oneLine(query)}`);
  }

  logQuerySlow(time: number, query: string): void {
    console.warn(`SQL slow (${time} ms): ${oneLine(query)}`);
  }

  /** Ponte's migration runner reports what it applied; TypeORM's schema and migration chatter stays out. */
  logSchemaBuild(): void {}

  logMigration(): void {}

  log(level: 'log' | 'info' | 'warn', message: unknown): void {
    if (level === 'warn') console.warn(`TypeORM: ${String(message)}`);
  }
}
