import type Redis from 'ioredis';
import { MemoryStore, Options, Store } from 'express-rate-limit';
import { RedisStore } from 'rate-limit-redis';
import { FallbackReporter } from './redis';

/**
 * The request counts of express-rate-limit in Redis (rate-limit-redis), so that every process counts the same
 * client together; while Redis fails each process counts in its own memory, as it would without Redis.
 */
export class SharedRateLimitStore implements Store {
  private readonly shared: RedisStore;
  private readonly local = new MemoryStore();
  readonly localKeys = false;

  constructor(
    private readonly redis: Redis,
    prefix: string,
    private readonly reporter: FallbackReporter,
  ) {
    this.shared = new RedisStore({
      prefix: `${prefix}rate-limit:`,
      sendCommand: (command: string, ...args: string[]) => redis.call(command, ...args) as Promise<never>,
    });
  }

  /**
   * rate-limit-redis loads its Lua scripts once, at init; loaded before Redis answers they would stay failed, so they
   * are loaded again on every (re)connection, and until then the counts are local.
   */
  init(options: Options): void {
    this.local.init(options);
    const load = () => this.shared.init(options).catch(() => undefined);
    void load();
    this.redis.on('ready', () => void load());
  }

  increment(key: string) {
    return this.reporter.run(
      () => this.shared.increment(key),
      async () => this.local.increment(key),
    );
  }

  decrement(key: string) {
    return this.reporter.run(
      () => this.shared.decrement(key),
      async () => this.local.decrement(key),
    );
  }

  resetKey(key: string) {
    return this.reporter.run(
      () => this.shared.resetKey(key),
      async () => this.local.resetKey(key),
    );
  }
}
