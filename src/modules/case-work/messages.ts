import { DEFAULT_LOCALE } from '../../i18n/locale';
import { MessageParams, translate } from '../../i18n/translate';
import type { MessageKey } from '../../i18n/messages';

/** A sentence of this area in the service's language (until the request's locale reaches the context). */
export function say(key: MessageKey, params: MessageParams = {}): string {
  return translate(DEFAULT_LOCALE, key, params);
}
