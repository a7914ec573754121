import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import { DataSource } from 'typeorm';
import { PonteConfig } from '../config/config';
import { databaseOutage } from '../db/connection-errors';
import { PonteContext } from '../modules/auth/context';
import { ServiceUnavailableError } from '../graphql/errors';
import { formatError } from '../graphql/format-error';
import { graphiqlRouter } from '../graphql/graphiql';
import { graphqlHttpGuards, operationLimits, requestErrorHandler, securityHeaders } from '../graphql/hardening';
import { Loaders } from '../graphql/loaders';
import { buildPonteSchema } from './schema';
import { variableFieldPlugin } from '../graphql/variable-errors';
import { currentAuditActor, runWithAuditActor } from '../modules/audit/audit-context';
import { readAuditPlugin } from '../modules/audit/read-audit.plugin';
import { ReadAuditLog } from '../modules/audit/read-audit-log';
import { SessionTokens } from '../modules/auth/tokens';
import { SignInThrottle } from '../modules/auth/sign-in-throttle';
import { authenticate } from '../modules/auth/viewer';

export interface PonteServer {
  url: string;
  stop(): Promise<void>;
}

export interface ServerOptions {
  /** Demo accounts have published passwords: only the embedded demo database lets them sign in. */
  demoAccountsEnabled?: boolean;
}

/** Starts the HTTP server: GraphQL at /graphql, GraphiQL at /graphiql (not in production). */
export async function startServer(dataSource: DataSource, config: PonteConfig, options: ServerOptions = {}): Promise<PonteServer> {
  const app = express();
  const httpServer = http.createServer(app);
  const tokens = new SessionTokens(config.auth);
  const signInThrottle = new SignInThrottle(config.signInLockout);
  const production = config.nodeEnv === 'production';
  const limits = operationLimits(config);
  const apollo = new ApolloServer<PonteContext>({
    schema: await buildPonteSchema(),
    formatError,
    includeStacktraceInErrorResponses: false,
    introspection: !production,
    allowBatchedHttpRequests: false,
    validationRules: limits.validationRules,
    parseOptions: limits.parseOptions,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginLandingPageDisabled(),
      readAuditPlugin(dataSource),
      variableFieldPlugin(),
      ...limits.plugins,
    ],
  });
  await apollo.start();

  app.use(securityHeaders());
  if (!production) app.use(graphiqlRouter());
  const operatorOf = async (authorization: string | undefined) => {
    const token = authorization?.replace(/^Bearer\s+/i, '');
    return token ? ((await tokens.verify(token, 'access'))?.operatorId ?? null) : null;
  };
  app.use('/graphql', graphqlHttpGuards(config, operatorOf));
  app.use(
    '/graphql',
    (_req, _res, next) => runWithAuditActor(next),
    expressMiddleware(apollo, {
      context: async ({ req }) => {
        const { viewer, problem } = await authenticate(req.headers.authorization, tokens, dataSource.manager).catch(
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
          clientAddress: req.ip ?? req.socket.remoteAddress ?? 'unknown',
          readAudit: new ReadAuditLog(),
        };
      },
    }),
  );
  app.use('/graphql', requestErrorHandler(config));

  await new Promise<void>((resolve) => httpServer.listen(config.port, config.host, resolve));
  const { port } = httpServer.address() as AddressInfo;
  return {
    url: `http://${config.host}:${port}`,
    async stop() {
      await apollo.stop();
    },
  };
}
