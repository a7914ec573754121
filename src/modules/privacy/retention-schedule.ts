import { Logger, run, Runner, TaskList } from 'graphile-worker';
import { DataSource } from 'typeorm';
import { PonteConfig } from '../../config/config';
import type { PonteLogger } from '../../ops/logger';
import { pseudonymiseClosedCases } from './retention.service';

/** The graphile-worker task that runs the retention pass. */
export const RETENTION_TASK = 'pseudonymise_closed_cases';

/**
 * Once a day at 03:00 UTC; `jobKey` keeps one pending run however many processes schedule it, and a missed day
 * (a process down at 03:00) is caught up once (`fill=1d`).
 */
export const RETENTION_CRONTAB = `0 3 * * * ${RETENTION_TASK} ?fill=1d&max=3&jobKey=${RETENTION_TASK}\n`;

const DAY_MS = 24 * 60 * 60 * 1000;

export interface RetentionSchedule {
  /** How the job runs here: on the PostgreSQL job queue, or on a timer in this process (the embedded database). */
  mode: 'graphile-worker' | 'in-process' | 'off';
  stop(): Promise<void>;
}

/** The task list graphile-worker runs: one task, which logs what it did (how many people, never who). */
export function retentionTaskList(dataSource: DataSource, config: PonteConfig, log: PonteLogger): TaskList {
  return {
    [RETENTION_TASK]: async () => {
      const { pseudonymised } = await pseudonymiseClosedCases(dataSource, config.retention, config.documents.folder);
      log.info(
        { job: RETENTION_TASK, pseudonymised: pseudonymised.length, afterDays: config.retention.pseudonymiseAfterDays },
        'retention pass done',
      );
    },
  };
}

/** graphile-worker's own messages through Ponte's log. */
function workerLogger(log: PonteLogger): Logger {
  return new Logger(() => (level, message) => {
    if (level === 'error') log.error({ job: RETENTION_TASK }, message);
    else if (level === 'warning') log.warn({ job: RETENTION_TASK }, message);
    else log.debug({ job: RETENTION_TASK }, message);
  });
}

/**
 * Starts the daily retention pass. On a PostgreSQL server it is a cron item of graphile-worker (its tables in the
 * schema `graphile_worker`, created on first start), so that several Ponte processes run it once between them. The
 * embedded PGlite database serves one session shared by every client and has no LISTEN/NOTIFY across them, which
 * graphile-worker needs: there the pass runs in this process, at start and then every 24 hours.
 */
export async function startRetentionSchedule(
  dataSource: DataSource,
  config: PonteConfig,
  embedded: boolean,
  log: PonteLogger,
): Promise<RetentionSchedule> {
  if (!config.retention.jobEnabled) return { mode: 'off', stop: async () => {} };
  const taskList = retentionTaskList(dataSource, config, log);
  if (!embedded && config.databaseUrl) {
    const runner: Runner = await run({
      connectionString: config.databaseUrl,
      concurrency: 1,
      maxPoolSize: 2,
      noHandleSignals: true,
      pollInterval: 60_000,
      taskList,
      crontab: RETENTION_CRONTAB,
      logger: workerLogger(log),
    });
    return { mode: 'graphile-worker', stop: () => runner.stop() };
  }
  const pass = () =>
    Promise.resolve(taskList[RETENTION_TASK]!({}, {} as never)).catch((error: unknown) =>
      log.error({ job: RETENTION_TASK, error: String(error) }, 'retention pass failed'),
    );
  let running = pass();
  const timer = setInterval(() => (running = running.then(pass)), DAY_MS);
  timer.unref();
  return {
    mode: 'in-process',
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
