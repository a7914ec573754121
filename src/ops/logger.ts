import pino, { Logger } from 'pino';

/**
 * The process's structured log: one JSON object a line on stdout. Whatever is logged names what happened (an
 * operation, a code, a duration), never what a client sent: no variables, no SQL parameters, no personal data.
 */
export type PonteLogger = Logger;

export function createLogger(level: string): PonteLogger {
  return pino({ level, base: { service: 'ponte' }, timestamp: pino.stdTimeFunctions.isoTime });
}
