import { randomBytes } from 'node:crypto';
import path from 'node:path';

/** Every setting Ponte reads from its environment, parsed and checked in one place. */
export interface PonteConfig {
  nodeEnv: 'development' | 'production' | 'test';
  host: string;
  port: number;
  /** A PostgreSQL server; when absent Ponte runs on the embedded PGlite database. */
  databaseUrl: string | null;
  /** Hot standbys of DATABASE_URL for the reads that tolerate a short lag (DATABASE_REPLICA_URLS, comma-separated). */
  databaseReplicaUrls: string[];
  /** How long after a write an operator's reads stay on the primary, so that they see their own writes. */
  readYourWritesMs: number;
  /** How long a request waits for a database connection (a new one, or a free one from the pool) before giving up. */
  databaseConnectTimeoutMs: number;
  /** PONTE_DB_IDLE_TIMEOUT_MS: how long a pooled connection may stay unused before it is closed. */
  databaseIdleTimeoutMs: number;
  /** Folder of the embedded database. */
  embeddedDataDir: string;
  /** Load the demo data set into an empty embedded database on start. */
  seedDemoData: boolean;
  maxPageSize: number;
  defaultPageSize: number;
  logSql: boolean;
  /** PONTE_DB_PREPARED_STATEMENTS: repeated statements prepared on each connection (on by default). */
  databasePreparedStatements: boolean;
  /**
   * How operations run: COMPILED (default) once per document into JavaScript, or INTERPRETED by graphql-js field by
   * field (PONTE_GRAPHQL_EXECUTION), kept as the way back should a compiled operation ever answer differently.
   */
  graphqlExecution: 'COMPILED' | 'INTERPRETED';
  /** Compiled operations read a record's linked subtree in one statement (direct-reads.ts). */
  directReads: boolean;
  /** Browser origins whose pages may call the API; '*' for any. */
  corsOrigins: '*' | string[];
  auth: AuthConfig;
  signInLockout: SignInLockoutConfig;
  limits: LimitsConfig;
  sharedState: SharedStateConfig;
  operations: OperationsConfig;
  caseWork: CaseWorkConfig;
  documents: DocumentsConfig;
  retention: RetentionConfig;
  mediation: MediationConfig;
}

/** Windows within which case work can still be corrected (see docs/api.md, "Corrections"). */
export interface CaseWorkConfig {
  /** How long after writing it the author may still edit a case note; then it is append-only. */
  noteEditMinutes: number;
  /** How long after a case was closed a coordinator may reopen it as a correction (reopenCase). */
  caseReopenDays: number;
}

/** Where documents' bytes are kept and how large one may be (see docs/operations.md, "Documents"). */
export interface DocumentsConfig {
  /** DATABASE (default: in PostgreSQL, covered by its backups and transactions) or FOLDER. */
  storage: 'DATABASE' | 'FOLDER';
  /** The folder of the FOLDER store (PONTE_DOCUMENT_DIR); required when that store is chosen. */
  folder: string | null;
  /** Largest document accepted, in bytes (PONTE_DOCUMENT_MAX_BYTES, 10 MB by default). */
  maxBytes: number;
}

/**
 * How long a closed case keeps the person's identifying data. The period is the service's decision (the data
 * controller's retention policy), set here; see docs/security.md, "Retention".
 */
export interface RetentionConfig {
  /** Days after a case was closed before it is pseudonymised (PONTE_PSEUDONYMISE_AFTER_DAYS). */
  pseudonymiseAfterDays: number;
  /** Whether this process runs the scheduled job (PONTE_RETENTION_JOB); one process of a deployment is enough. */
  jobEnabled: boolean;
}

/** Ten years after closure: the period the service keeps case files for, unless it decides otherwise. */
export const DEFAULT_PSEUDONYMISE_AFTER_DAYS = 3650;

export const DEFAULT_DOCUMENT_MAX_BYTES = 10 * 1024 * 1024;

function graphqlExecution(env: NodeJS.ProcessEnv): PonteConfig['graphqlExecution'] {
  const execution = env.PONTE_GRAPHQL_EXECUTION || 'COMPILED';
  if (execution !== 'COMPILED' && execution !== 'INTERPRETED')
    throw new ConfigError(`PONTE_GRAPHQL_EXECUTION must be COMPILED or INTERPRETED, got "${execution}"`);
  return execution;
}

function documentsConfig(env: NodeJS.ProcessEnv): DocumentsConfig {
  const storage = (env.PONTE_DOCUMENT_STORAGE?.trim().toUpperCase() || 'DATABASE') as DocumentsConfig['storage'];
  if (storage !== 'DATABASE' && storage !== 'FOLDER')
    throw new ConfigError(`PONTE_DOCUMENT_STORAGE must be DATABASE or FOLDER, got "${env.PONTE_DOCUMENT_STORAGE}"`);
  const folder = env.PONTE_DOCUMENT_DIR?.trim() ? path.resolve(env.PONTE_DOCUMENT_DIR.trim()) : null;
  if (storage === 'FOLDER' && !folder) throw new ConfigError('PONTE_DOCUMENT_STORAGE=FOLDER needs PONTE_DOCUMENT_DIR');
  return {
    storage,
    folder,
    maxBytes: integer(env, 'PONTE_DOCUMENT_MAX_BYTES', DEFAULT_DOCUMENT_MAX_BYTES, 1024, 1024 * 1024 * 1024),
  };
}

/** What the mediation brief's estimates assume. */
export interface MediationConfig {
  /** Gross monthly wage of a full-time hiring, in euro cents (PONTE_GROSS_MONTHLY_WAGE_CENTS); pro rata for part time. */
  grossMonthlyWageFullTimeCents: number;
  /** Weekly hours of a full-time contract (PONTE_FULL_TIME_WEEKLY_HOURS). */
  fullTimeWeeklyHours: number;
}

/** Where the state several processes must agree on lives (see the README's "Operate and scale"). */
export interface SharedStateConfig {
  /** A Redis server for rate limits, sign-in lockouts and persisted queries; null keeps them in process memory. */
  redisUrl: string | null;
  /** Prepended to every Redis key, so that several deployments (or test runs) can share one server. */
  redisKeyPrefix: string;
}

/** What a load balancer and a monitoring system need from a process. */
export interface OperationsConfig {
  /** How long a SIGTERM waits for in-flight requests before closing the pools anyway. */
  shutdownTimeoutMs: number;
  /** pino's level for the JSON log (PONTE_LOG_LEVEL); tests run silent unless it is set. */
  logLevel: string;
  /** Bearer token that GET /metrics requires; null leaves it open outside production and turns it off in production. */
  metricsToken: string | null;
}

/** What one client may ask of the API (see the README's hardening section). */
export interface LimitsConfig {
  /** Requests per minute per operator (per address for requests without a valid token). */
  requestsPerMinute: number;
  /** Largest request body accepted, in bytes. */
  maxRequestBytes: number;
  maxQueryDepth: number;
  maxQueryCost: number;
  maxAliases: number;
  maxDirectives: number;
  /** Largest number of lexical tokens in a query document. */
  maxTokens: number;
}

/** When failed sign-ins lock an account or a client address (see the README's "Signing in"). */
export interface SignInLockoutConfig {
  /** Failed sign-ins that lock an account, whatever address they come from. */
  accountMaxFailures: number;
  /** Failed sign-ins from one client address that lock it, whatever accounts they were for. */
  clientMaxFailures: number;
  /** The window failures are counted over, and how long a lock lasts. */
  lockoutSeconds: number;
}

export interface AuthConfig {
  /** Signs the session tokens (HS256). Required in production; elsewhere a random one lives as long as the process. */
  jwtSecret: string;
  /** Lifetime of an access token; each request also checks that its session has not ended. */
  accessTokenSeconds: number;
  /** Lifetime of a refresh token: about a working day, so an operator signs in once a day. */
  refreshTokenSeconds: number;
}

function jwtSecret(env: NodeJS.ProcessEnv, nodeEnv: PonteConfig['nodeEnv']): string {
  const secret = env.PONTE_JWT_SECRET;
  if (secret) {
    if (Buffer.byteLength(secret) < 32) throw new ConfigError('PONTE_JWT_SECRET must be at least 32 bytes long');
    return secret;
  }
  if (nodeEnv === 'production') throw new ConfigError('PONTE_JWT_SECRET is required when NODE_ENV=production');
  return randomBytes(32).toString('base64url');
}

export class ConfigError extends Error {}

/**
 * Long enough for a burst of requests queued for the pool's connections, short enough that during an outage a
 * request fails with a clear answer instead of hanging until the client gives up.
 */
export const DEFAULT_DATABASE_CONNECT_TIMEOUT_MS = 10_000;

/**
 * How long a pooled connection may stay unused before it is closed. A new connection starts with empty caches and
 * none of its statements prepared: after the driver's default 10 s, a ranking asked after a pause (the service's
 * usual pace, a dozen staff) took 200–300 ms against 50–150 ms on a connection kept. Five minutes keeps them through
 * an operator's pauses and gives them back when the service is quiet.
 */
export const DEFAULT_DATABASE_IDLE_TIMEOUT_MS = 5 * 60_000;

function integer(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(`${name} must be an integer between ${min} and ${max}, got "${raw}"`);
  }
  return value;
}

function flag(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (['1', 'true', 'yes'].includes(raw.toLowerCase())) return true;
  if (['0', 'false', 'no'].includes(raw.toLowerCase())) return false;
  throw new ConfigError(`${name} must be true or false, got "${raw}"`);
}

/** Outside production any origin, so that a front end in development works without settings. */
function corsOrigins(env: NodeJS.ProcessEnv, nodeEnv: PonteConfig['nodeEnv']): '*' | string[] {
  const raw = env.PONTE_CORS_ORIGINS?.trim();
  if (!raw) return nodeEnv === 'production' ? [] : '*';
  if (raw === '*') return '*';
  return raw.split(',').map((entry) => {
    const origin = entry.trim();
    if (!URL.canParse(origin) || new URL(origin).origin !== origin) {
      throw new ConfigError(`PONTE_CORS_ORIGINS must list origins such as https://ponte.example, got "${origin}"`);
    }
    return origin;
  });
}

function metricsToken(env: NodeJS.ProcessEnv): string | null {
  const token = env.PONTE_METRICS_TOKEN?.trim() || null;
  if (token && token.length < 16) throw new ConfigError('PONTE_METRICS_TOKEN must be at least 16 characters long');
  return token;
}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

function logLevel(env: NodeJS.ProcessEnv, nodeEnv: PonteConfig['nodeEnv']): string {
  const level = env.PONTE_LOG_LEVEL?.trim().toLowerCase();
  if (!level) return nodeEnv === 'test' ? 'silent' : 'info';
  if (!LOG_LEVELS.includes(level))
    throw new ConfigError(`PONTE_LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, got "${level}"`);
  return level;
}

function redisUrl(env: NodeJS.ProcessEnv): string | null {
  const url = env.REDIS_URL?.trim() || null;
  if (url && !/^rediss?:\/\//.test(url)) throw new ConfigError('REDIS_URL must be a redis:// or rediss:// URL');
  return url;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): PonteConfig {
  const nodeEnv = env.NODE_ENV === 'production' || env.NODE_ENV === 'test' ? env.NODE_ENV : 'development';
  const databaseUrl = env.DATABASE_URL?.trim() || null;
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new ConfigError('DATABASE_URL must be a postgres:// URL');
  }
  const databaseReplicaUrls = (env.DATABASE_REPLICA_URLS ?? '')
    .split(',')
    .map((url) => url.trim())
    .filter(Boolean);
  if (databaseReplicaUrls.some((url) => !/^postgres(ql)?:\/\//.test(url))) {
    throw new ConfigError('DATABASE_REPLICA_URLS must list postgres:// URLs, separated by commas');
  }
  if (databaseReplicaUrls.length > 0 && !databaseUrl)
    throw new ConfigError('DATABASE_REPLICA_URLS needs DATABASE_URL (the primary)');
  const maxPageSize = integer(env, 'PONTE_MAX_PAGE_SIZE', 100, 1, 1000);
  return {
    nodeEnv,
    host: env.HOST || '127.0.0.1',
    port: integer(env, 'PORT', 4000, 0, 65535),
    databaseUrl,
    databaseReplicaUrls,
    readYourWritesMs: integer(env, 'PONTE_READ_YOUR_WRITES_MS', 10_000, 0, 3_600_000),
    databaseConnectTimeoutMs: integer(
      env,
      'PONTE_DB_CONNECT_TIMEOUT_MS',
      DEFAULT_DATABASE_CONNECT_TIMEOUT_MS,
      100,
      600_000,
    ),
    databaseIdleTimeoutMs: integer(
      env,
      'PONTE_DB_IDLE_TIMEOUT_MS',
      DEFAULT_DATABASE_IDLE_TIMEOUT_MS,
      1_000,
      24 * 3_600_000,
    ),
    embeddedDataDir: path.resolve(env.PONTE_DATA_DIR || '.data/pglite'),
    seedDemoData: flag(env, 'PONTE_SEED_DEMO', true),
    maxPageSize,
    defaultPageSize: Math.min(20, maxPageSize),
    logSql: flag(env, 'PONTE_LOG_SQL', false),
    databasePreparedStatements: flag(env, 'PONTE_DB_PREPARED_STATEMENTS', true),
    graphqlExecution: graphqlExecution(env),
    directReads: flag(env, 'PONTE_DIRECT_READS', true),
    corsOrigins: corsOrigins(env, nodeEnv),
    auth: {
      jwtSecret: jwtSecret(env, nodeEnv),
      accessTokenSeconds: integer(env, 'PONTE_ACCESS_TOKEN_SECONDS', 15 * 60, 60, 24 * 3600),
      refreshTokenSeconds: integer(env, 'PONTE_REFRESH_TOKEN_SECONDS', 10 * 3600, 300, 30 * 24 * 3600),
    },
    signInLockout: {
      accountMaxFailures: integer(env, 'PONTE_SIGN_IN_MAX_FAILURES', 5, 1, 1000),
      clientMaxFailures: integer(env, 'PONTE_SIGN_IN_CLIENT_MAX_FAILURES', 20, 1, 100_000),
      lockoutSeconds: integer(env, 'PONTE_SIGN_IN_LOCKOUT_SECONDS', 15 * 60, 1, 7 * 24 * 3600),
    },
    limits: {
      requestsPerMinute: integer(env, 'PONTE_REQUESTS_PER_MINUTE', 600, 1, 1_000_000),
      maxRequestBytes: integer(env, 'PONTE_MAX_REQUEST_BYTES', 1024 * 1024, 1024, 64 * 1024 * 1024),
      maxQueryDepth: integer(env, 'PONTE_MAX_QUERY_DEPTH', 12, 2, 100),
      maxQueryCost: integer(env, 'PONTE_MAX_QUERY_COST', 5000, 10, 1_000_000),
      maxAliases: integer(env, 'PONTE_MAX_ALIASES', 30, 1, 1000),
      maxDirectives: integer(env, 'PONTE_MAX_DIRECTIVES', 50, 1, 1000),
      maxTokens: integer(env, 'PONTE_MAX_TOKENS', 1000, 100, 100_000),
    },
    sharedState: {
      redisUrl: redisUrl(env),
      redisKeyPrefix: env.PONTE_REDIS_PREFIX?.trim() || 'ponte:',
    },
    operations: {
      shutdownTimeoutMs: integer(env, 'PONTE_SHUTDOWN_TIMEOUT_MS', 20_000, 0, 600_000),
      metricsToken: metricsToken(env),
      logLevel: logLevel(env, nodeEnv),
    },
    caseWork: {
      noteEditMinutes: integer(env, 'PONTE_NOTE_EDIT_MINUTES', 15, 0, 24 * 60),
      caseReopenDays: integer(env, 'PONTE_CASE_REOPEN_DAYS', 30, 0, 365),
    },
    documents: documentsConfig(env),
    retention: {
      pseudonymiseAfterDays: integer(env, 'PONTE_PSEUDONYMISE_AFTER_DAYS', DEFAULT_PSEUDONYMISE_AFTER_DAYS, 1, 36_500),
      jobEnabled: flag(env, 'PONTE_RETENTION_JOB', nodeEnv !== 'test'),
    },
    mediation: {
      grossMonthlyWageFullTimeCents: integer(env, 'PONTE_GROSS_MONTHLY_WAGE_CENTS', 200_000, 50_000, 5_000_000),
      fullTimeWeeklyHours: integer(env, 'PONTE_FULL_TIME_WEEKLY_HOURS', 40, 20, 48),
    },
  };
}
