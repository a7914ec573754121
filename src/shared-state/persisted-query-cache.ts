import { InMemoryLRUCache, KeyValueCache, KeyValueCacheSetOptions } from '@apollo/utils.keyvaluecache';
import { KeyvAdapter } from '@apollo/utils.keyvadapter';
import KeyvRedis from '@keyv/redis';
import Keyv from 'keyv';
import { FallbackReporter } from './redis';

/**
 * Apollo's cache (automatic persisted queries) in Redis through Apollo's Keyv adapter, so that a query registered
 * through one process is known to all; while Redis fails, a process-local cache answers, and a client whose hash
 * is unknown there sends its query again, as the APQ protocol provides.
 */
export class SharedPersistedQueryCache implements KeyValueCache<string> {
  private readonly shared: KeyvAdapter<string>;
  private readonly store: KeyvRedis<string>;
  private readonly local = new InMemoryLRUCache<string>();

  constructor(
    url: string,
    prefix: string,
    private readonly reporter: FallbackReporter,
  ) {
    this.store = new KeyvRedis<string>(
      {
        url,
        disableOfflineQueue: true,
        socket: { connectTimeout: 2000, reconnectStrategy: (attempt: number) => Math.min(attempt * 200, 2000) },
      },
      { throwOnConnectError: false, throwOnErrors: true, connectionTimeout: 2000 },
    );
    this.store.on('error', () => undefined);
    this.shared = new KeyvAdapter(
      new Keyv<string>({ store: this.store, namespace: `${prefix}apq`, throwOnErrors: true }),
    );
  }

  get(key: string) {
    return this.reporter.run(
      () => this.shared.get(key),
      () => this.local.get(key),
    );
  }

  set(key: string, value: string, options?: KeyValueCacheSetOptions) {
    return this.reporter.run(
      () => this.shared.set(key, value, options),
      () => this.local.set(key, value, options),
    );
  }

  delete(key: string) {
    return this.reporter.run(
      async () => {
        await this.shared.delete(key);
      },
      async () => {
        await this.local.delete(key);
      },
    );
  }

  async close(): Promise<void> {
    await this.store.disconnect().catch(() => undefined);
  }
}
