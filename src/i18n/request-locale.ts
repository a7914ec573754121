import { AsyncLocalStorage } from 'node:async_hooks';
import { DEFAULT_LOCALE, Locale } from './locale';

/**
 * The language of the request being answered, for the places that have no resolver context at hand: errors thrown
 * deep in services are rendered in it when they are shaped for the client, and rules' messages when they leave
 * the API. Set once per request, before anything runs for it.
 */
const current = new AsyncLocalStorage<{ locale: Locale }>();

export function runWithLocale<T>(locale: Locale, work: () => T): T {
  return current.run({ locale }, work);
}

/** Changes the running request's language (a GraphQL `extensions.locale`, read once the body is parsed). */
export function setRequestLocale(locale: Locale): void {
  const store = current.getStore();
  if (store) store.locale = locale;
}

/** The running request's language; Italian outside a request (the CLI, jobs, tests of rules). */
export function currentLocale(): Locale {
  return current.getStore()?.locale ?? DEFAULT_LOCALE;
}
