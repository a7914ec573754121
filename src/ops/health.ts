import { createHash, timingSafeEqual } from 'node:crypto';
import { Router } from 'express';
import type Redis from 'ioredis';
import { DataSource } from 'typeorm';
import { PonteMetrics } from './metrics';

/** Bounds a readiness check, so that a hung dependency makes the process unready instead of hanging the prober. */
function within<T>(ms: number, check: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([check, timeout]).finally(() => clearTimeout(timer));
}

const digest = (text: string) => createHash('sha256').update(text).digest();

function sameToken(given: string | undefined, expected: string): boolean {
  return given !== undefined && timingSafeEqual(digest(given), digest(`Bearer ${expected}`));
}

type Check = { ok: true } | { ok: false; reason: string };

async function check(run: () => Promise<void>): Promise<Check> {
  try {
    await within(2000, run());
    return { ok: true };
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? error.message : String(error) };
  }
}

export interface HealthOptions {
  dataSource: DataSource;
  redis: Redis | null;
  metrics: PonteMetrics;
  /** Bearer token GET /metrics requires; null: open, or off in production. */
  metricsToken: string | null;
  production: boolean;
  /** False once the process is shutting down, so the load balancer stops sending it requests. */
  accepting: () => boolean;
}

/**
 * For load balancers and monitoring: GET /healthz (the process answers), GET /readyz (it can serve: database
 * reachable, no migration pending, Redis reachable when configured, not shutting down) and GET /metrics.
 */
export function operationsRouter(options: HealthOptions): Router {
  const router = Router();
  router.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  router.get('/readyz', async (_req, res) => {
    const checks: Record<string, Check> = {
      database: await check(async () => {
        await options.dataSource.query('SELECT 1');
      }),
      migrations: await check(async () => {
        if (await options.dataSource.showMigrations()) throw new Error('migrations are pending');
      }),
    };
    if (!options.accepting()) checks.shutdown = { ok: false, reason: 'shutting down' };
    const ready = Object.values(checks).every((c) => c.ok);
    // Without Redis the process still serves (limits per process), so a Redis outage degrades it but keeps it in the
    // pool: taking every process out at once for it would turn a degraded service into none.
    if (options.redis) {
      const redis = options.redis;
      checks.redis = await check(async () => {
        await redis.ping();
      });
    }
    const status = !ready ? 'unready' : checks.redis?.ok === false ? 'degraded' : 'ready';
    res.status(ready ? 200 : 503).json({ status, checks });
  });
  router.get('/metrics', async (req, res) => {
    const token = options.metricsToken;
    if (token === null && options.production) {
      res.status(404).json({ error: 'metrics are off: set PONTE_METRICS_TOKEN to read them' });
      return;
    }
    if (token !== null && !sameToken(req.headers.authorization, token)) {
      res.status(401).set('www-authenticate', 'Bearer').json({ error: 'a bearer token is required' });
      return;
    }
    res.set('content-type', options.metrics.registry.contentType).send(await options.metrics.registry.metrics());
  });
  return router;
}
