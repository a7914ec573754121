import type { MessageKey } from './messages';
import { translate, MessageParams } from './translate';
import { currentLocale } from './request-locale';
import { DEFAULT_LOCALE, Locale } from './locale';

/**
 * A sentence for people, not yet put into words: the catalogue key and its parameters. Rules, services and errors
 * pass these around; the text is rendered at the edge, in the request's language.
 */
export interface Message {
  key: MessageKey;
  params: MessageParams;
}

export function msg(key: MessageKey, params: MessageParams = {}): Message {
  return { key, params };
}

/** The same sentence with more to say: parameters its text selects on (a note that applies in some cases only). */
export function withParams(message: Message, params: MessageParams): Message {
  return { key: message.key, params: { ...message.params, ...params } };
}

/** The message in `locale`, by default the running request's language. */
export function render(message: Message, locale: Locale = currentLocale()): string {
  return translate(locale, message.key, message.params);
}

/**
 * Text a history keeps (why a case or placement moved): written once, in the service's language, so it reads the
 * same in every later request and in exports. A person's own words pass through as they are.
 */
export function storedText(reason: string | Message): string {
  return typeof reason === 'string' ? reason : render(reason, DEFAULT_LOCALE);
}
