import type Redis from 'ioredis';
import { FallbackReporter } from '../../shared-state/redis';
import { FailureCount } from './sign-in-lockout';
import { FailureCountStore, MemoryFailureCountStore } from './sign-in-throttle';

type Change<T> = (count: FailureCount | undefined) => [FailureCount | undefined, T];

/**
 * Failure counts in Redis, shared by every process: an update reads a count, applies the pure change and writes it
 * back in a WATCH/MULTI transaction, retried when another process changed the key meanwhile. WATCH belongs to a
 * connection, so this store has a connection of its own and runs its updates one at a time (sign-ins are rare).
 * While Redis fails, counts live in this process's memory, as they would without Redis.
 */
export class RedisFailureCountStore implements FailureCountStore {
  private queue: Promise<unknown> = Promise.resolve();
  private readonly local: MemoryFailureCountStore;

  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
    private readonly lockoutMs: number,
    private readonly reporter: FallbackReporter,
  ) {
    this.local = new MemoryFailureCountStore(lockoutMs);
  }

  update<T>(key: string, change: Change<T>): Promise<T> {
    const next = this.queue.then(() =>
      this.reporter.run(
        () => this.sharedUpdate(`${this.prefix}sign-in:${key}`, change),
        () => this.local.update(key, change),
      ),
    );
    this.queue = next.catch(() => undefined);
    return next;
  }

  private async sharedUpdate<T>(key: string, change: Change<T>): Promise<T> {
    for (;;) {
      await this.redis.watch(key);
      const stored = await this.redis.get(key);
      const [count, result] = change(stored === null ? undefined : (JSON.parse(stored) as FailureCount));
      const transaction = this.redis.multi();
      // A count outlives neither its window nor its lock: Redis forgets it then, as the memory store prunes it.
      if (count === undefined) transaction.del(key);
      else
        transaction.set(
          key,
          JSON.stringify(count),
          'PX',
          Math.max(1000, Math.max(count.since + this.lockoutMs, count.lockedUntil ?? 0) - Date.now() + 1000),
        );
      if ((await transaction.exec()) !== null) return result;
    }
  }
}
