import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import cors from 'cors';
import express from 'express';
import { GraphQLError } from 'graphql';
import { DataSource } from 'typeorm';
import { PonteConfig } from './config/config';
import { PonteContext } from './graphql/context';
import { formatError } from './graphql/format-error';
import { graphiqlRouter } from './graphql/graphiql';
import { fromGlobalId } from './graphql/relay';
import { Loaders } from './graphql/loaders';
import { buildPonteSchema } from './graphql/schema';

export interface PonteServer {
  url: string;
  stop(): Promise<void>;
}

function actingOperatorId(header: string | string[] | undefined): string | null {
  if (header === undefined || header === '') return null;
  const decoded = typeof header === 'string' ? fromGlobalId(header) : null;
  if (!decoded || decoded.typeName !== 'Operator') {
    throw new GraphQLError('The X-Operator-Id header must hold the ID of an operator', {
      extensions: { code: 'BAD_USER_INPUT', field: 'X-Operator-Id', http: { status: 400 } },
    });
  }
  return decoded.id;
}

/** Starts the HTTP server: GraphQL at /graphql, GraphiQL at /graphiql. */
export async function startServer(dataSource: DataSource, config: PonteConfig): Promise<PonteServer> {
  const app = express();
  const httpServer = http.createServer(app);
  const apollo = new ApolloServer<PonteContext>({
    schema: await buildPonteSchema(),
    formatError,
    includeStacktraceInErrorResponses: false,
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer }), ApolloServerPluginLandingPageDisabled()],
  });
  await apollo.start();

  app.use(graphiqlRouter());
  app.use(
    '/graphql',
    cors(),
    express.json({ limit: '1mb' }),
    expressMiddleware(apollo, {
      context: async ({ req }) => ({
        dataSource,
        config,
        loaders: new Loaders(dataSource.manager),
        actingOperatorId: actingOperatorId(req.headers['x-operator-id']),
      }),
    }),
  );

  await new Promise<void>((resolve) => httpServer.listen(config.port, config.host, resolve));
  const { port } = httpServer.address() as AddressInfo;
  return {
    url: `http://${config.host}:${port}`,
    async stop() {
      await apollo.stop();
    },
  };
}
