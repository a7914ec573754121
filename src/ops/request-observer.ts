import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import type { ApolloServerPlugin } from '@apollo/server';
import { RequestHandler } from 'express';
import { Kind } from 'graphql';
import { pinoHttp } from 'pino-http';
import { PonteLogger } from './logger';
import { PonteMetrics } from './metrics';

/** What a GraphQL request did, filled in by Apollo and read when its response is finished. */
interface Observation {
  operation: string;
  outcome: string;
}

const current = new AsyncLocalStorage<Observation>();

/** Marks the request being served as refused before Apollo (rate limit, body too large…). */
export function observeRefusal(outcome: string): void {
  const observation = current.getStore();
  if (observation) observation.outcome = outcome;
}

/** A request id a client or proxy may pass on, if it looks like one; otherwise a new one. */
const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

/**
 * One JSON log line per request (pino-http) with its id, the GraphQL operation, the outcome and the duration, and the
 * same in the metrics. The operation is named by its root fields, not by the name a client gave it; the URL is logged
 * without its query string (a GET request carries its variables there), and no header, body or variable is logged.
 */
export function observeRequests(log: PonteLogger, metrics: PonteMetrics): RequestHandler[] {
  const http = pinoHttp({
    logger: log,
    genReqId: (req, res) => {
      const given = req.headers['x-request-id'];
      const id = typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
      res.setHeader('x-request-id', id);
      return id;
    },
    autoLogging: { ignore: (req) => !req.url?.startsWith('/graphql') },
    quietReqLogger: true,
    serializers: {
      req: (req: { id: string; method: string; url: string }) => ({
        id: req.id,
        method: req.method,
        path: req.url.split('?')[0],
      }),
      res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
    },
    customSuccessObject: (_req, res, value) => ({
      ...value,
      ...(res as { locals?: { graphql?: Observation } }).locals?.graphql,
    }),
    customErrorObject: (_req, res, _error, value) => ({
      ...value,
      ...(res as { locals?: { graphql?: Observation } }).locals?.graphql,
    }),
    customSuccessMessage: () => 'request completed',
    customErrorMessage: () => 'request failed',
  });
  const measure: RequestHandler = (req, res, next) => {
    if (!req.path.startsWith('/graphql')) return next();
    const observation: Observation = { operation: '(none)', outcome: 'ok' };
    res.locals.graphql = observation;
    const started = process.hrtime.bigint();
    res.on('finish', () => {
      if (observation.outcome === 'ok' && res.statusCode >= 400) observation.outcome = `HTTP_${res.statusCode}`;
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      metrics.requestDuration.observe({ operation: observation.operation, outcome: observation.outcome }, seconds);
    });
    current.run(observation, next);
  };
  return [measure, http];
}

const PASSWORD_FIELDS = new Set(['signIn', 'changeMyPassword']);

/** Names the operation (its root fields) and its outcome (ok, or the code of its first error). */
export function observationPlugin(metrics: PonteMetrics): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ operation, errors, response }) {
          const observation = current.getStore();
          const fields = (operation?.selectionSet.selections ?? [])
            .flatMap((selection) => (selection.kind === Kind.FIELD ? [selection.name.value] : []))
            .filter((name) => !name.startsWith('__'));
          const body = response.body.kind === 'single' ? response.body.singleResult : undefined;
          // The errors as answered (formatError gives unexpected ones their code), else as raised.
          const first = body?.errors?.[0] ?? errors?.[0];
          const outcome = first === undefined ? 'ok' : String(first.extensions?.code ?? 'INTERNAL_SERVER_ERROR');
          if (fields.some((field) => PASSWORD_FIELDS.has(field)) && outcome !== 'ok')
            metrics.signInFailures.inc({ outcome });
          if (!observation) return;
          observation.operation = fields.length > 0 ? [...new Set(fields)].sort().join('+') : '(none)';
          observation.outcome = outcome;
        },
      };
    },
  };
}
