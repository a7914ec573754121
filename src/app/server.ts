import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import { DataSource } from 'typeorm';
import { PonteConfig } from '../config/config';
import { databaseOutage } from '../db/connection-errors';
import { PonteContext } from '../modules/auth/context';
import { LOCALE_OVERRIDE_HEADER, requestLocale } from '../i18n/negotiate';
import { currentLocale, runWithLocale } from '../i18n/request-locale';
import { ServiceUnavailableError } from '../graphql/errors';
import { formatError } from '../graphql/format-error';
import { graphiqlRouter } from '../graphql/graphiql';
import { servedOperationKindsPlugin } from '../graphql/operation-kinds';
import { graphqlHttpGuards, operationLimits, requestErrorHandler, securityHeaders } from '../graphql/hardening';
import { Loaders } from '../graphql/loaders';
import { buildPonteSchema } from './schema';
import { compiledExecution } from '../graphql/compiled-execution';
import { directReads } from './direct-reads';
import { variableFieldPlugin } from '../graphql/variable-errors';
import { currentAuditActor, runWithAuditActor } from '../modules/audit/audit-context';
import { readAuditPlugin } from '../modules/audit/read-audit.plugin';
import { ReadAuditLog } from '../modules/audit/read-audit-log';
import { SessionTokens } from '../modules/auth/tokens';
import { SignInThrottle } from '../modules/auth/sign-in-throttle';
import { authenticate } from '../modules/auth/viewer';
import { poolStats, replicaLagSeconds } from '../db/pool-stats';
import { operationsRouter } from '../ops/health';
import { createLogger, PonteLogger } from '../ops/logger';
import { PonteMetrics } from '../ops/metrics';
import { observationPlugin, observeRefusal, observeRequests } from '../ops/request-observer';
import { openSharedState } from './shared-state';
import { multipartRequests } from '../graphql/multipart';
import { fromGlobalId } from '../graphql/relay';
import { DocumentAccess, documentDownloadRouter } from '../modules/documents/download-route';
import { readRoutingPlugin, RecentWriters } from './read-routing';

export interface PonteServer {
  url: string;
  stop(): Promise<void>;
}

export interface ServerOptions {
  /** Demo accounts have published passwords: only the embedded demo database lets them sign in. */
  demoAccountsEnabled?: boolean;
  /** Where the JSON log goes; by default stdout. */
  log?: PonteLogger;
}

/** Starts the HTTP server: GraphQL at /graphql, GraphiQL at /graphiql (not in production). */
export async function startServer(
  dataSource: DataSource,
  config: PonteConfig,
  options: ServerOptions = {},
): Promise<PonteServer> {
  const app = express();
  // An ETag hashes every answer, and no answer here is ever revalidated: GraphQL is POSTed, documents are private.
  app.set('etag', false);
  const httpServer = http.createServer(app);
  const log = options.log ?? createLogger(config.operations.logLevel);
  const metrics = new PonteMetrics(
    () => poolStats(dataSource),
    () => replicaLagSeconds(dataSource),
  );
  const shared = openSharedState(config, metrics, log);
  const tokens = new SessionTokens(config.auth);
  const signInThrottle = new SignInThrottle(config.signInLockout, shared.failureCounts);
  const production = config.nodeEnv === 'production';
  const limits = operationLimits(config);
  let accepting = true;
  const schema = await buildPonteSchema();
  const apollo = new ApolloServer<PonteContext>({
    cache: shared.persistedQueries,
    ...(config.graphqlExecution === 'COMPILED'
      ? { gateway: compiledExecution(schema, config.directReads ? directReads(schema, dataSource) : undefined) }
      : { schema }),
    formatError,
    includeStacktraceInErrorResponses: false,
    introspection: !production,
    allowBatchedHttpRequests: false,
    // src/index.ts owns SIGTERM: Apollo's own handler would re-raise the signal and kill the process mid-shutdown.
    stopOnTerminationSignals: false,
    validationRules: limits.validationRules,
    parseOptions: limits.parseOptions,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer, stopGracePeriodMillis: config.operations.shutdownTimeoutMs }),
      observationPlugin(metrics),
      readRoutingPlugin(
        dataSource,
        new RecentWriters(config.readYourWritesMs, shared.redis, config.sharedState.redisKeyPrefix),
      ),
      ApolloServerPluginLandingPageDisabled(),
      // Ponte sets no cache hints; the default cache-control plugin would still wrap every field's resolver.
      ApolloServerPluginCacheControlDisabled(),
      readAuditPlugin(dataSource),
      variableFieldPlugin(),
      servedOperationKindsPlugin(),
      ...limits.plugins,
    ],
  });
  await apollo.start();

  app.use(securityHeaders());
  app.use(observeRequests(log, metrics));
  app.use(
    operationsRouter({
      dataSource,
      redis: shared.redis,
      metrics,
      metricsToken: config.operations.metricsToken,
      production,
      accepting: () => accepting,
    }),
  );
  if (!production) app.use(graphiqlRouter());
  const operatorOf = async (authorization: string | undefined) => {
    const token = authorization?.replace(/^Bearer\s+/i, '');
    return token ? ((await tokens.verify(token, 'access'))?.operatorId ?? null) : null;
  };
  const httpGuards = graphqlHttpGuards(config, operatorOf, {
    store: shared.rateLimitStore,
    onRefusal: () => {
      metrics.rateLimitRefusals.inc();
      observeRefusal('RATE_LIMITED');
    },
  });
  const contextFor = async (authorization: string | undefined, clientAddress: string): Promise<PonteContext> => {
    const { viewer, problem } = await authenticate(authorization, tokens, dataSource.manager).catch(
      (error: unknown) => {
        // Apollo answers any failure here with a bare 500: an outage must read the same as anywhere else.
        const outage = databaseOutage(error);
        throw outage ? new ServiceUnavailableError(outage) : error;
      },
    );
    const actor = currentAuditActor();
    if (actor) actor.operatorId = viewer?.operatorId ?? null;
    return {
      dataSource,
      config,
      loaders: new Loaders(dataSource.manager),
      tokens,
      viewer,
      authProblem: problem,
      actingOperatorId: viewer?.operatorId ?? null,
      demoAccountsEnabled: options.demoAccountsEnabled ?? false,
      signInThrottle,
      clientAddress,
      readAudit: new ReadAuditLog(),
      locale: currentLocale(),
    };
  };
  app.use('/graphql', httpGuards);
  app.use(
    '/graphql',
    multipartRequests({ maxFileBytes: config.documents.maxBytes, maxFieldBytes: config.limits.maxRequestBytes }),
    (_req, _res, next) => runWithAuditActor(next),
    (req, res, next) => {
      // The language is settled before anything runs, so errors thrown anywhere come out in it.
      const override =
        req.get(LOCALE_OVERRIDE_HEADER) ??
        (req.body as { extensions?: { locale?: unknown } } | undefined)?.extensions?.locale;
      const locale = requestLocale(req.get('accept-language'), override);
      res.setHeader('Content-Language', locale);
      res.vary('Accept-Language').vary(LOCALE_OVERRIDE_HEADER);
      runWithLocale(locale, next);
    },
    expressMiddleware(apollo, {
      context: ({ req }) => contextFor(req.headers.authorization, req.ip ?? req.socket.remoteAddress ?? 'unknown'),
    }),
  );
  // A download takes the access guard's decision by running the `node` query for the document as its reader.
  const documentAccess: DocumentAccess = (authorization, globalId, clientAddress) =>
    runWithAuditActor(async () => {
      const context = await contextFor(authorization, clientAddress);
      if (!context.viewer) return { operatorId: null, documentId: null, forbidden: false };
      const result = await apollo.executeOperation<{ node: { id: string } | null }>(
        { query: 'query DocumentDownload($id: ID!) { node(id: $id) { id } }', variables: { id: globalId } },
        { contextValue: context },
      );
      const single = result.body.kind === 'single' ? result.body.singleResult : null;
      const forbidden = (single?.errors ?? []).some((error) => error.extensions?.code === 'FORBIDDEN');
      const decoded = single?.data?.node ? fromGlobalId(single.data.node.id) : null;
      const documentId = decoded?.typeName === 'Document' ? decoded.id : null;
      return { operatorId: context.viewer.operatorId, documentId, forbidden };
    });
  app.use('/documents', httpGuards, documentDownloadRouter(dataSource, config.documents, documentAccess));
  app.use('/documents', requestErrorHandler(config));
  app.use('/graphql', requestErrorHandler(config));

  await new Promise<void>((resolve) => httpServer.listen(config.port, config.host, resolve));
  const { port } = httpServer.address() as AddressInfo;
  return {
    url: `http://${config.host}:${port}`,
    /** Stops accepting, lets in-flight requests finish (up to the shutdown timeout), then closes Redis. */
    async stop() {
      accepting = false;
      await apollo.stop();
      await shared.close();
    },
  };
}
