import { IntlMessageFormat } from 'intl-messageformat';
import { CATALOGUE, MessageKey } from './messages';
import { INTL_TAG, Locale } from './locale';

export type MessageParams = Record<string, string | number | Date | boolean | null | undefined>;

const compiled = new Map<string, IntlMessageFormat>();

function formatter(locale: Locale, key: MessageKey): IntlMessageFormat {
  const cacheKey = `${locale}\u0000${key}`;
  let format = compiled.get(cacheKey);
  if (!format) {
    format = new IntlMessageFormat(CATALOGUE[key][locale], INTL_TAG[locale]);
    compiled.set(cacheKey, format);
  }
  return format;
}

/** The catalogue's sentence `key` in `locale`, with its parameters formatted the locale's way. */
export function translate(locale: Locale, key: MessageKey, params: MessageParams = {}): string {
  const values = Object.fromEntries(Object.entries(params).map(([name, value]) => [name, value ?? '']));
  return String(formatter(locale, key).format(values));
}
