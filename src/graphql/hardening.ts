import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import cors from 'cors';
import express, { ErrorRequestHandler, Request, RequestHandler } from 'express';
import { ipKeyGenerator, rateLimit, Store } from 'express-rate-limit';
import { GraphQLError, ParseOptions, ValidationContext, ValidationRule } from 'graphql';
import helmet from 'helmet';
import { PonteConfig } from '../config/config';
import { RequestIdentity } from './request-identity';
import { operationCostPlugin } from './operation-cost';
import { hideSuggestionsPlugin } from './suggestions';
import { Message, msg, render } from '../i18n/message';
import { LOCALE_OVERRIDE_HEADER, requestLocale } from '../i18n/negotiate';
import type { Locale } from '../i18n/locale';

/**
 * What protects the API from clients that ask too much, in one place: limits on the shape of an operation
 * (graphql-armor, checked before any resolver runs), and on the HTTP side headers, CORS, a rate limit per operator and a
 * body size limit, each refusal answered as a GraphQL-style JSON error with a stable `extensions.code`.
 */

interface ArmorRejection {
  onReject: Array<(context: ValidationContext | null, error: GraphQLError) => void>;
  propagateOnRejection: false;
}

/**
 * graphql-armor's messages start with "Syntax Error:" although the query parsed fine; the client gets the limit
 * alone (Apollo answers it as GRAPHQL_VALIDATION_FAILED, HTTP 400).
 */
function reportLimit(): ArmorRejection {
  return {
    onReject: [
      (context, error) => context?.reportError(new GraphQLError(error.message.replace(/^Syntax Error: /, ''))),
    ],
    propagateOnRejection: false,
  };
}

interface OperationLimits {
  validationRules: ValidationRule[];
  plugins: ApolloServerPlugin<RequestIdentity>[];
  parseOptions: ParseOptions;
}

export function operationLimits(config: PonteConfig): OperationLimits {
  const { limits } = config;
  const { validationRules, plugins } = new ApolloArmor({
    // Fragments measured as the fields they stand for: how a client organises its query should not change its price.
    maxDepth: { n: limits.maxQueryDepth, flattenFragments: true, ...reportLimit() },
    // Priced by operationCostPlugin instead, once variables are known and with the declared cost of heavy fields.
    costLimit: { enabled: false },
    maxAliases: { n: limits.maxAliases, ...reportLimit() },
    maxDirectives: { n: limits.maxDirectives, ...reportLimit() },
    // Armor's token count throws from an Apollo hook, which Apollo answers with HTTP 500; graphql-js counts tokens
    // in the parser itself and the refusal is a plain GRAPHQL_PARSE_FAILED (400).
    maxTokens: { enabled: false },
    // Armor hides field suggestions only, and leaves a mask in their place: hideSuggestionsPlugin does it all.
    blockFieldSuggestion: { enabled: false },
  }).protect();
  // Without introspection, "Did you mean…" would still reveal the schema one name at a time.
  const suggestions = config.nodeEnv === 'production' ? [hideSuggestionsPlugin()] : [];
  const cost = operationCostPlugin({
    maxCost: limits.maxQueryCost,
    defaultPageSize: config.defaultPageSize,
    maxPageSize: config.maxPageSize,
  });
  return {
    validationRules,
    plugins: [...plugins, cost, ...suggestions],
    parseOptions: { maxTokens: limits.maxTokens },
  };
}

/**
 * Helmet's defaults, which GraphiQL satisfies (its scripts and styles are served by Ponte, inline styles are
 * allowed), less `upgrade-insecure-requests`: Ponte itself speaks plain HTTP, and on an office network a browser
 * told to upgrade would fetch GraphiQL's assets over HTTPS from a port that has none.
 */
export function securityHeaders(): RequestHandler {
  return helmet({ contentSecurityPolicy: { directives: { upgradeInsecureRequests: null } } });
}

export function errorBody(message: string, code: string) {
  return { errors: [{ message, extensions: { code } }] };
}

/** What runs on /graphql before Apollo: CORS first so that refusals below still reach a browser client readably. */
/** The signed-in operator a request's token names (verified), or null: what the request rate limit counts by. */
export type OperatorOfRequest = (authorization: string | undefined) => Promise<string | null>;

/** Where the request counts live (process memory when absent) and who hears of each refusal. */
export interface RateLimitOptions {
  store?: Store;
  onRefusal?: () => void;
}

/**
 * The language of a refusal made before the request's language is settled for the rest of its handling (rate limit,
 * unreadable body, malformed upload): negotiated here from the headers, as it will be for everything after.
 */
export function headerLocale(req: Request): Locale {
  return requestLocale(req.get('accept-language'), req.get(LOCALE_OVERRIDE_HEADER));
}

function inLanguageOf(req: Request, message: Message): string {
  return render(message, headerLocale(req));
}

export function graphqlHttpGuards(
  config: PonteConfig,
  operatorOf: OperatorOfRequest,
  rateLimits: RateLimitOptions = {},
): RequestHandler[] {
  const { limits } = config;
  return [
    cors({
      origin: config.corsOrigins === '*' ? '*' : config.corsOrigins,
      exposedHeaders: ['RateLimit', 'RateLimit-Policy', 'Retry-After'],
    }),
    rateLimit({
      windowMs: 60_000,
      limit: limits.requestsPerMinute,
      standardHeaders: 'draft-8',
      legacyHeaders: false,
      store: rateLimits.store,
      // Per operator rather than per address: the offices of one municipality share an address. Only a token Ponte
      // signed earns a count of its own, or a new made-up token per request would never be limited; and all the
      // tokens of one operator share it, or signing in again would open a fresh allowance. (Password guessing is
      // counted apart, per account and per address: see sign-in-throttle.ts.)
      keyGenerator: async (req) => {
        const operatorId = await operatorOf(req.headers.authorization);
        if (operatorId) return `operator:${operatorId}`;
        return `address:${ipKeyGenerator(req.ip ?? req.socket.remoteAddress ?? 'unknown')}`;
      },
      handler: (req, res, _next, options) => {
        rateLimits.onRefusal?.();
        res
          .status(options.statusCode)
          .json(
            errorBody(
              inLanguageOf(req, msg('graphql.tooManyRequests', { perMinute: limits.requestsPerMinute })),
              'RATE_LIMITED',
            ),
          );
      },
    }),
    express.json({ limit: limits.maxRequestBytes }),
  ];
}

/**
 * Answers what fails before Apollo (an oversized or malformed body) as GraphQL clients expect, instead of
 * Express's HTML error page.
 */
export function requestErrorHandler(config: PonteConfig): ErrorRequestHandler {
  return (error: { type?: string; status?: number; expose?: boolean; message?: string }, req, res, next) => {
    if (res.headersSent) return next(error);
    if (error.type === 'entity.too.large') {
      res
        .status(413)
        .json(
          errorBody(
            inLanguageOf(req, msg('graphql.requestTooLarge', { maxBytes: config.limits.maxRequestBytes })),
            'PAYLOAD_TOO_LARGE',
          ),
        );
    } else if (error.type === 'entity.parse.failed') {
      res.status(400).json(errorBody(inLanguageOf(req, msg('graphql.bodyNotJson')), 'BAD_REQUEST'));
    } else if (error.expose && error.status && error.status >= 400 && error.status < 500) {
      res.status(error.status).json(errorBody(error.message ?? 'Bad request.', 'BAD_REQUEST'));
    } else {
      console.error('Unexpected error before a GraphQL request could be read:', error);
      res.status(500).json(errorBody(inLanguageOf(req, msg('graphql.unreadableRequest')), 'INTERNAL_SERVER_ERROR'));
    }
  };
}
