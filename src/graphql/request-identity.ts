/**
 * What the HTTP layer needs to know of a request's context: who, if anyone, is signed in. The full context belongs
 * to the modules (auth/context.ts); infrastructure sees only this much of it.
 */
export interface RequestIdentity {
  viewer: { operatorId: string } | null;
}
