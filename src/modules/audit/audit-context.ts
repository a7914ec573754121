import { AsyncLocalStorage } from 'node:async_hooks';

/** Who a request acts for and which GraphQL field it is running: what database triggers write into the trail. */
export interface AuditActor {
  operatorId: string | null;
  operation: string | null;
}

const current = new AsyncLocalStorage<AuditActor>();

/** Runs a request's work with its own audit actor; everything the request awaits sees the same one. */
export function runWithAuditActor<T>(work: () => T): T {
  return current.run({ operatorId: null, operation: null }, work);
}

export function currentAuditActor(): AuditActor | undefined {
  return current.getStore();
}
