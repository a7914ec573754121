import type Redis from 'ioredis';
import type { KeyValueCache } from '@apollo/utils.keyvaluecache';
import type { Store } from 'express-rate-limit';
import { PonteConfig } from '../config/config';
import { PonteLogger } from '../ops/logger';
import { PonteMetrics } from '../ops/metrics';
import { SharedPersistedQueryCache } from '../shared-state/persisted-query-cache';
import { SharedRateLimitStore } from '../shared-state/rate-limit-store';
import { connectRedis, FallbackReporter } from '../shared-state/redis';
import { RedisFailureCountStore } from '../modules/auth/redis-failure-count-store';
import { FailureCountStore } from '../modules/auth/sign-in-throttle';

/** What several processes must share; every field is undefined (process memory, as before) without REDIS_URL. */
export interface SharedState {
  redis: Redis | null;
  rateLimitStore?: Store;
  failureCounts?: FailureCountStore;
  persistedQueries?: KeyValueCache<string>;
  close(): Promise<void>;
}

export function openSharedState(config: PonteConfig, metrics: PonteMetrics, log: PonteLogger): SharedState {
  const { redisUrl, redisKeyPrefix: prefix } = config.sharedState;
  if (!redisUrl) return { redis: null, async close() {} };
  const redis = connectRedis(redisUrl, metrics, log);
  // Sign-in updates use WATCH, which holds a connection's state: they get a connection of their own.
  const signInRedis = redis.duplicate();
  signInRedis.on('error', () => undefined);
  const persistedQueries = new SharedPersistedQueryCache(
    redisUrl,
    prefix,
    new FallbackReporter('persisted_queries', metrics, log),
  );
  return {
    redis,
    rateLimitStore: new SharedRateLimitStore(redis, prefix, new FallbackReporter('rate_limit', metrics, log)),
    failureCounts: new RedisFailureCountStore(
      signInRedis,
      prefix,
      config.signInLockout.lockoutSeconds * 1000,
      new FallbackReporter('sign_in_lockout', metrics, log),
    ),
    persistedQueries,
    async close() {
      await persistedQueries.close();
      redis.disconnect();
      signInRedis.disconnect();
    },
  };
}
