import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/** What a database pool reports about its connections, read when /metrics is scraped. */
export interface PoolStats {
  inUse: number;
  waiting: number;
}

/**
 * Ponte's Prometheus metrics, one registry per process (several servers in one test process keep their counts apart).
 * Labels take values from closed sets only (root fields of the schema, error codes, component names), never from
 * what a client typed, so a client cannot grow the series without bound nor read personal data from them.
 */
export class PonteMetrics {
  readonly registry = new Registry();

  readonly requestDuration = new Histogram({
    name: 'ponte_graphql_request_duration_seconds',
    help: 'GraphQL requests by operation (root fields) and outcome (ok or the first error code); _count is the request count',
    labelNames: ['operation', 'outcome'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });

  readonly rateLimitRefusals = new Counter({
    name: 'ponte_rate_limit_refusals_total',
    help: 'Requests refused by the per-operator request rate limit',
    registers: [this.registry],
  });

  readonly signInFailures = new Counter({
    name: 'ponte_sign_in_failures_total',
    help: 'Sign-ins and password changes refused, by outcome (UNAUTHENTICATED: wrong credentials; RATE_LIMITED: locked)',
    labelNames: ['outcome'],
    registers: [this.registry],
  });

  readonly sharedStateFallbacks = new Counter({
    name: 'ponte_shared_state_fallbacks_total',
    help: 'Operations on shared state (Redis) that failed and were served from process memory instead, by component',
    labelNames: ['component'],
    registers: [this.registry],
  });

  readonly redisUp = new Gauge({
    name: 'ponte_redis_up',
    help: '1 while the Redis connection is ready, 0 otherwise (absent when REDIS_URL is not set)',
    registers: [this.registry],
  });

  /** `replicaLag` gives the seconds since the last transaction a replica replayed, or null without replicas. */
  constructor(pools: () => PoolStats, replicaLag: () => Promise<number | null> = async () => null) {
    collectDefaultMetrics({ register: this.registry });
    new Gauge({
      name: 'ponte_db_pool_connections_in_use',
      help: 'Database connections of the primary pool lent to a request',
      registers: [this.registry],
      collect() {
        this.set(pools().inUse);
      },
    });
    new Gauge({
      name: 'ponte_db_pool_requests_waiting',
      help: 'Requests waiting for a connection of the primary pool',
      registers: [this.registry],
      collect() {
        this.set(pools().waiting);
      },
    });
    new Gauge({
      name: 'ponte_db_replica_lag_seconds',
      help: 'Seconds since the last primary transaction a replica replayed (one replica, chosen as for a read)',
      registers: [this.registry],
      async collect() {
        const lag = await replicaLag().catch(() => null);
        if (lag !== null) this.set(lag);
      },
    });
  }
}
