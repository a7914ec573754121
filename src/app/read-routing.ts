import type { ApolloServerPlugin } from '@apollo/server';
import type Redis from 'ioredis';
import { DataSource, EntityManager, QueryRunner } from 'typeorm';
import { Loaders } from '../graphql/loaders';
import { PonteContext } from '../modules/auth/context';

/**
 * Who wrote lately, so that their reads stay on the primary for `windowMs` after a write: the read-your-writes rule.
 * Kept in Redis when it is configured (a client's next request may reach another process), in memory as well; if
 * Redis cannot say, the answer is "yes, recently" and the read goes to the primary.
 */
export class RecentWriters {
  private readonly local = new Map<string, number>();

  constructor(
    private readonly windowMs: number,
    private readonly redis: Redis | null,
    private readonly prefix: string,
  ) {}

  async mark(operatorId: string): Promise<void> {
    this.local.set(operatorId, Date.now() + this.windowMs);
    await this.redis?.set(`${this.prefix}wrote:${operatorId}`, '1', 'PX', this.windowMs).catch(() => undefined);
  }

  async wroteRecently(operatorId: string): Promise<boolean> {
    const until = this.local.get(operatorId);
    if (until !== undefined && until > Date.now()) return true;
    if (until !== undefined) this.local.delete(operatorId);
    if (!this.redis) return false;
    return this.redis.exists(`${this.prefix}wrote:${operatorId}`).then(
      (found) => found === 1,
      () => true,
    );
  }
}

/** The data source as a resolver sees it, with its manager (and raw queries) on one replica connection. */
function onReplica(dataSource: DataSource, manager: EntityManager): DataSource {
  return Object.create(dataSource, {
    manager: { value: manager },
    query: { value: (sql: string, parameters?: unknown[]) => manager.query(sql, parameters) },
  });
}

/**
 * With replicas configured, a query (never a mutation) of a signed-in operator who has not written within the
 * read-your-writes window runs on a replica: its resolvers get a data source whose manager holds one replica
 * connection (TypeORM's 'slave' query runner), given back when the response is sent. Everything else (mutations,
 * sign-in, session checks, the read audit, which writes) stays on the primary.
 */
export function readRoutingPlugin(dataSource: DataSource, writers: RecentWriters): ApolloServerPlugin<PonteContext> {
  const replicated = 'replication' in dataSource.options && dataSource.options.replication !== undefined;
  return {
    async requestDidStart() {
      let runner: QueryRunner | undefined;
      return {
        async didResolveOperation({ operation, contextValue }) {
          const operatorId = contextValue.viewer?.operatorId;
          if (!operatorId) return;
          if (operation?.operation === 'mutation') {
            await writers.mark(operatorId);
            return;
          }
          if (!replicated || (await writers.wroteRecently(operatorId))) return;
          runner = dataSource.createQueryRunner('slave');
          contextValue.dataSource = onReplica(dataSource, runner.manager);
          contextValue.loaders = new Loaders(runner.manager);
        },
        async willSendResponse({ operation, contextValue }) {
          // Marked again at the end: the window runs from the commit, not from the start of a long mutation.
          const operatorId = contextValue.viewer?.operatorId;
          if (operation?.operation === 'mutation' && operatorId) await writers.mark(operatorId);
          await runner?.release();
        },
      };
    },
  };
}
