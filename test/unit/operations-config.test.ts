import { ConfigError, loadConfig } from '../../src/config/config';

describe('the settings of several processes', () => {
  it('keep everything in memory and on one database when nothing is set', () => {
    const config = loadConfig({});
    expect(config.sharedState).toEqual({ redisUrl: null, redisKeyPrefix: 'ponte:' });
    expect(config.databaseReplicaUrls).toEqual([]);
    expect(config.operations).toMatchObject({ metricsToken: null, shutdownTimeoutMs: 20_000, logLevel: 'info' });
    expect(loadConfig({ NODE_ENV: 'test' }).operations.logLevel).toBe('silent');
    expect(config.graphqlExecution).toBe('COMPILED');
    expect(loadConfig({ PONTE_GRAPHQL_EXECUTION: 'INTERPRETED' }).graphqlExecution).toBe('INTERPRETED');
    expect(config.databasePreparedStatements).toBe(true);
    expect(config.directReads).toBe(true);
    expect(loadConfig({ PONTE_DIRECT_READS: 'false' }).directReads).toBe(false);
    expect(loadConfig({ PONTE_DB_PREPARED_STATEMENTS: 'false' }).databasePreparedStatements).toBe(false);
    expect(config.databaseIdleTimeoutMs).toBe(300_000);
    expect(loadConfig({ PONTE_DB_IDLE_TIMEOUT_MS: '60000' }).databaseIdleTimeoutMs).toBe(60_000);
  });

  it('read Redis, replicas, the metrics token and the log level', () => {
    const config = loadConfig({
      DATABASE_URL: 'postgres://p/db',
      DATABASE_REPLICA_URLS: ' postgres://r1/db , postgresql://r2/db,',
      REDIS_URL: 'redis://127.0.0.1:6379/2',
      PONTE_REDIS_PREFIX: 'lombardia:',
      PONTE_METRICS_TOKEN: 'x'.repeat(16),
      PONTE_LOG_LEVEL: 'WARN',
    });
    expect(config.databaseReplicaUrls).toEqual(['postgres://r1/db', 'postgresql://r2/db']);
    expect(config.sharedState).toEqual({ redisUrl: 'redis://127.0.0.1:6379/2', redisKeyPrefix: 'lombardia:' });
    expect(config.operations).toMatchObject({ metricsToken: 'x'.repeat(16), logLevel: 'warn' });
  });

  it.each([
    [{ REDIS_URL: 'http://127.0.0.1:6379' }, /REDIS_URL/],
    [{ DATABASE_REPLICA_URLS: 'postgres://r1/db' }, /needs DATABASE_URL/],
    [{ DATABASE_URL: 'postgres://p/db', DATABASE_REPLICA_URLS: 'mysql://r1/db' }, /DATABASE_REPLICA_URLS/],
    [{ PONTE_METRICS_TOKEN: 'corto' }, /PONTE_METRICS_TOKEN/],
    [{ PONTE_LOG_LEVEL: 'verbose' }, /PONTE_LOG_LEVEL/],
    [{ PONTE_SHUTDOWN_TIMEOUT_MS: '-1' }, /PONTE_SHUTDOWN_TIMEOUT_MS/],
    [{ PONTE_GRAPHQL_EXECUTION: 'compiled' }, /PONTE_GRAPHQL_EXECUTION/],
    [{ PONTE_DB_PREPARED_STATEMENTS: 'sempre' }, /PONTE_DB_PREPARED_STATEMENTS/],
    [{ PONTE_DIRECT_READS: 'forse' }, /PONTE_DIRECT_READS/],
    [{ PONTE_DB_IDLE_TIMEOUT_MS: '0' }, /PONTE_DB_IDLE_TIMEOUT_MS/],
    [{ PONTE_DB_IDLE_TIMEOUT_MS: 'cinque minuti' }, /PONTE_DB_IDLE_TIMEOUT_MS/],
  ])('refuse %j', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });
});
