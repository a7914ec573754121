import { DataSource, QueryRunner, ReplicationMode } from 'typeorm';

/**
 * A connection answers one query at a time. Reads that run side by side (`Promise.all`) inside one transaction share
 * its connection, and pg queues what they send meanwhile, but says it will refuse to from pg 9. Here each query
 * runner sends its queries one after the other itself, in the order they were asked: the same order and the same
 * waits as pg's queue, with nothing left for pg to queue.
 */
export class OneQueryAtATimeDataSource extends DataSource {
  override createQueryRunner(mode?: ReplicationMode): QueryRunner {
    const runner = super.createQueryRunner(mode);
    const send = runner.query.bind(runner);
    let last: Promise<unknown> = Promise.resolve();
    let running = 0;
    runner.query = ((...args: Parameters<QueryRunner['query']>) => {
      // Idle, the query goes at once: the common case pays no extra turn of the event loop.
      const sent = running === 0 ? send(...args) : last.then(() => send(...args));
      running += 1;
      last = sent.then(
        () => (running -= 1),
        () => (running -= 1),
      );
      return sent;
    }) as QueryRunner['query'];
    return runner;
  }
}
