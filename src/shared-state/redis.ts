import Redis from 'ioredis';
import { PonteMetrics } from '../ops/metrics';
import { PonteLogger } from '../ops/logger';

/**
 * The connection to Redis, made to fail fast: while Redis is unreachable a command is refused at once (no offline
 * queue, one try) instead of holding the request, and the client keeps reconnecting in the background.
 */
export function connectRedis(url: string, metrics: PonteMetrics, log: PonteLogger): Redis {
  const redis = new Redis(url, {
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    connectTimeout: 2000,
    retryStrategy: (attempt) => Math.min(attempt * 200, 2000),
  });
  metrics.redisUp.set(0);
  redis.on('ready', () => {
    metrics.redisUp.set(1);
    log.info(
      { event: 'redis_ready' },
      'Redis reachable: rate limits, sign-in lockouts and persisted queries are shared',
    );
  });
  redis.on('close', () => metrics.redisUp.set(0));
  // Without a listener ioredis would print every failed reconnection; the fallbacks log the outage once.
  redis.on('error', () => undefined);
  return redis;
}

/**
 * Reports shared state served from process memory because Redis failed: a metric for every operation, a log line
 * when an outage starts (not one per request), and another when Redis answers again.
 */
export class FallbackReporter {
  private degraded = false;

  constructor(
    private readonly component: 'rate_limit' | 'sign_in_lockout' | 'persisted_queries',
    private readonly metrics: PonteMetrics,
    private readonly log: PonteLogger,
  ) {}

  failed(error: unknown): void {
    this.metrics.sharedStateFallbacks.inc({ component: this.component });
    if (this.degraded) return;
    this.degraded = true;
    const reason = error instanceof Error ? error.message : String(error);
    this.log.warn(
      { event: 'shared_state_fallback', component: this.component, reason },
      `Redis failed: ${this.component} now counted in this process only, until Redis answers again`,
    );
  }

  recovered(): void {
    if (!this.degraded) return;
    this.degraded = false;
    this.log.info(
      { event: 'shared_state_recovered', component: this.component },
      `Redis answers again: ${this.component} shared`,
    );
  }

  /** Runs `shared`, or `local` when it fails. */
  async run<T>(shared: () => Promise<T>, local: () => Promise<T>): Promise<T> {
    let result: T;
    try {
      result = await shared();
    } catch (error) {
      this.failed(error);
      return local();
    }
    this.recovered();
    return result;
  }
}
